import CourseArchive
import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// No silent raw TeX: every page and question cell coursec writes for the
/// example courses and the benchmark corpus shows its math typeset (MathML),
/// marked for KaTeX, or as readable text — never `$…$` left in the prose.
/// An author's `\$` (a literal dollar) is fine: it is one dollar, not a pair.
@Suite struct UnrenderedMathTests {
    /// `$…$` pairs left in text, as Markdown would read them: a dollar with
    /// something other than a space after it, then one with something other
    /// than a space before it, in the same paragraph (a soft line break between
    /// them is fine: that is how an editor wraps a long formula).
    static func strayMath(in text: String) -> [String] {
        var found: [String] = []
        let chars = Array(text)
        var open: Int?
        for (i, ch) in chars.enumerated() {
            if ch == "\n", i > 0, chars[i - 1] == "\n" { open = nil }  // a blank line ends the paragraph
            guard ch == "$" else { continue }
            if let start = open, !chars[i - 1].isWhitespace, i - start < 400 {
                found.append(String(chars[start...i]).prefix(80).replacingOccurrences(of: "\n", with: "⏎"))
                open = nil
            } else if i + 1 < chars.count, !chars[i + 1].isWhitespace {
                open = i
            }
        }
        return found
    }

    /// The visible text of a page: markup, scripts, code and the places
    /// math legitimately keeps its TeX (KaTeX's spans, MathML annotations)
    /// taken out.
    static func visibleText(ofHTML html: String) -> String {
        var text = html
        for (open, close) in [("<script", "</script>"), ("<style", "</style>"), ("<code", "</code>"),
                              ("<annotation", "</annotation>"), ("<span class=\"math math-inline\"", "</span>"),
                              ("<div class=\"math math-display\"", "</div>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.replaceSubrange(start.lowerBound..<end.upperBound, with: " ")
            }
        }
        var out = ""
        var inTag = false
        for ch in text {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false; out.append(" ") } else if !inTag { out.append(ch) }
        }
        return out
    }

    /// Every page and CSV of a build: the offline sites and SCORM packages'
    /// pages, the platform's lesson pages (inside courses.zip) and its CSVs.
    static func problems(inBuild out: URL) throws -> [String] {
        var problems: [String] = []
        func scan(_ name: String, _ data: Data) throws {
            if name.hasSuffix(".html") {
                let text = visibleText(ofHTML: String(decoding: data, as: UTF8.self))
                problems += strayMath(in: text).map { "\(name): \($0)" }
            } else if name.hasSuffix(".csv") {
                problems += strayMath(in: String(decoding: data, as: UTF8.self)).map { "\(name): \($0)" }
            } else if name.hasSuffix(".zip") {
                let reader = SafeArchiveReader(source: MemoryByteSource(Array(data)), name: name)
                try reader.forEachFile { entry, content in try scan(name + "/" + entry.path, content) }
            }
        }
        let enumerator = FileManager.default.enumerator(atPath: out.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".html") || path.hasSuffix(".csv") || path.hasSuffix(".zip") else { continue }
            let url = out.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            // Offline-site folders are scanned as files; their ZIPs hold the same pages.
            if path.hasPrefix("html/"), path.hasSuffix(".zip") { continue }
            try scan(path, try Data(contentsOf: url))
        }
        return problems
    }

    @Test func theDetectorFindsRawMath() {
        #expect(Self.strayMath(in: "El área es $x^2$ metros.") == ["$x^2$"])
        #expect(Self.strayMath(in: "Cuesta $5 y luego $ 10.").isEmpty)
        #expect(Self.strayMath(in: "Rápido: $31 \\times 29 =\n900 - 1 = 899$.") == ["$31 \\times 29 =⏎900 - 1 = 899$"])
        #expect(Self.strayMath(in: "Uno $a\n\nDos b$").isEmpty)
        #expect(Self.visibleText(ofHTML: "<p>a <span class=\"math math-inline\">x^2</span> <code>$a$</code></p>").contains("$") == false)
    }

    @Test func theExampleCoursesShowNoRawMath() throws {
        let out = try ScratchFolder.make("raw-math").appendingPathComponent("out")
        let result = try CourseBuilder(fileSystem: LocalFileSystem(root: HTMLTestSupport.courses), output: out,
                                       options: BuildOptions()).build()
        #expect(result.built)
        let problems = try Self.problems(inBuild: out)
        #expect(problems.isEmpty, "raw TeX in outputs:\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func theBenchmarkCorpusShowsNoRawMath() throws {
        let tool = try #require(HTMLTestSupport.binary()?.deletingLastPathComponent().appendingPathComponent("coursec-corpus"),
                                "coursec-corpus is not built")
        let folder = try ScratchFolder.make("raw-math-corpus")
        let corpus = folder.appendingPathComponent("corpus")
        let made = try HTMLTestSupport.run(tool, [corpus.path])
        #expect(made.status == 0, "\(made.output)")
        let out = folder.appendingPathComponent("out")
        // The platform's lessons (MathML) and the offline site (KaTeX); SCORM pages are the site's.
        let result = try CourseBuilder(fileSystem: LocalFileSystem(root: corpus), output: out,
                                       options: BuildOptions(targets: ["html", "mct"])).build()
        #expect(result.built, "\(result.diagnostics.prefix(5))")
        let problems = try Self.problems(inBuild: out)
        #expect(problems.isEmpty, "raw TeX in outputs:\n\(problems.prefix(20).joined(separator: "\n"))")
    }
}
