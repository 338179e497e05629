import CourseArchive
import Foundation
import Testing

/// Platform lessons carry their math typeset as MathML, not KaTeX: checked
/// in the lesson ZIP, and in a real browser, that the formula is laid out
/// as mathematics (the exponent raised above its base).
@Suite(.serialized) struct MCTMathTests {
    static let lessonPath = "01 Física_ ¿por qué_ _1_/01 Lección_ ¿qué es la energía_ _ parte 1.zip"

    static func extractedLesson() throws -> (folder: URL, entries: Set<String>, html: String) {
        let built = try MCTArchiveTests.buildFixture()
        let scratch = try MCTTestSupport.temporaryFolder("math")
        let lesson = try MCTTestSupport.extract(lessonPath, from: built.zip, to: scratch)
        let folder = scratch.appendingPathComponent("lesson")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let reader = try SafeArchiveReader(url: lesson)
        let entries = try reader.entries()
        for entry in entries where entry.type == .file {
            let target = folder.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try reader.read(entry: entry.path, maxBytes: 8 << 20).write(to: target)
        }
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        return (folder, Set(entries.map(\.path)), html)
    }

    @Test func lessonMathIsMathMLAndTheZipHasNoKaTeX() throws {
        let lesson = try Self.extractedLesson()
        #expect(lesson.html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"))
        #expect(lesson.html.contains("<annotation encoding=\"application/x-tex\">E = mc^2</annotation>"))
        #expect(!lesson.html.contains("$E = mc^2$"), "the TeX source is not shown as text")
        #expect(!lesson.html.lowercased().contains("katex"))
        #expect(!lesson.entries.contains { $0.hasPrefix("katex") })
    }

    @Test(.enabled(if: HTMLTestSupport.chromium != nil, "chromium is not installed"))
    func chromiumLaysTheFormulaOutAsMathematics() throws {
        let lesson = try Self.extractedLesson()
        // A probe page frames the lesson and measures the superscript against its base.
        let probe = lesson.folder.appendingPathComponent("probe.html")
        try Data("""
            <!doctype html><html><body><iframe id="f" src="index.html" width="800" height="600"></iframe>
            <script>
            document.getElementById('f').onload = () => {
              const doc = document.getElementById('f').contentDocument;
              const sup = doc.querySelector('math msup');
              let result = 'no-msup';
              if (sup && sup.children.length == 2) {
                const base = sup.children[0].getBoundingClientRect();
                const script = sup.children[1].getBoundingClientRect();
                result = (script.bottom < base.bottom - 1 && script.width > 0) ? 'raised' : 'flat';
              }
              document.body.setAttribute('data-math', result);
            };
            </script></body></html>
            """.utf8).write(to: probe)
        let profile = try MCTTestSupport.temporaryFolder("chromium-profile")
        let visit = try ChromiumOfflineCourseTests.visit(probe, profile: profile,
                                                         extraArguments: ["--allow-file-access-from-files"])
        #expect(visit.dom.contains("data-math=\"raised\""), "\(visit.dom.prefix(400))")
        #expect(visit.requests.isEmpty, "network requests: \(visit.requests)")
    }
}
