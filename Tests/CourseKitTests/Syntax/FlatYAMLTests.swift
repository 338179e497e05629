import Foundation
import Testing
@testable import CourseKit

/// `FlatYAML` reads flat front matter without Yams; it must give exactly
/// the nodes the Yams path gives (values, quoting, every range), or decline.
/// Held against Yams (`YAMLParser.parseWithYams`) on every front matter and
/// YAML file of the repository and on thousands of variants with YAML's
/// special characters put in.
@Suite struct FlatYAMLTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// (file text, YAML text, lines before the YAML) for every front matter
    /// and YAML file under the repository's courses, templates, docs and tests.
    static func samples() throws -> [(String, String, Int)] {
        var samples: [(String, String, Int)] = []
        for folder in ["Courses", "Templates", "docs", "Tests"] {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker {
                let ext = file.pathExtension
                guard ext == "md" || ext == "yaml" || ext == "yml",
                      let data = try? Data(contentsOf: file), data.count < 200_000,
                      let text = String(data: data, encoding: .utf8) else { continue }
                if ext == "md" {
                    if let parts = FrontMatter.split(text) { samples.append((text, parts.yaml, parts.yamlLineOffset)) }
                } else {
                    samples.append((text, text, 0))
                }
            }
        }
        return samples
    }

    /// Flat front matter as lessons and quizzes write it, with accents,
    /// lists, extra spaces and blank lines.
    static let flat = [
        "id: leccion-1\ntitle: Lección 1\nobjectives: [M3]\nminutes: 25\ntags: [número]\n",
        "id: practica-2\ntype: quiz\ntitle: Práctica 2: repaso\n",
        "id: e\ntype: assessment\ntitle: Evaluación Química 1\npass: 60\n\nattempts: 2\n",
        "title:   Espacios   de más   \nobjectives: [ M1 ,  C2,CE3 ]\nreview-of: []\nsince: fase-2\n",
        "id: x\ntags: [ñandú, pingüino, 東京, emoji 🎉 aquí]\ntitle: ¿Qué es? ¡Esto! (parte 1/2), fin.\n",
        "kind: video\nfile: ../media/video.mp4\nminutes: 10\n",
        "a: it's \"quoted\" inside\nb: 50% off\nc: x-y_z\nd: ~\ne: null\nf: \u{A0}nbsp\n",
    ]

    static let inserts = [":", ": ", "#", " #", "'", "\"", "[", "]", "{", "}", ",", "-", "- ", "?", "&", "*", "!", "|",
                          ">", "%", "@", "`", " ", "  ", "\t", "\n", "\n  ", "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}",
                          "\u{9F}", "\u{FFFE}", "é", "\u{E000}", "~", "\\", "---", "...", "\u{7F}", "\u{1}", "]x", "[]"]

    @Test func flatReadingIsYamsReading() throws {
        var cases = try Self.samples().map { ($0.0, $0.1, $0.2) }
        for text in Self.flat { cases.append(("---\n" + text + "---\n", text, 1)) }
        // Variants: one special string put at a pseudo-random place of each flat text.
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var flatTexts = Self.flat
        for (_, yaml, _) in cases where FlatYAML.parse(yaml, in: SourceFile(path: "f.md", text: yaml), lineOffset: 0) != nil {
            flatTexts.append(yaml)
        }
        for text in flatTexts {
            let scalars = Array(text.unicodeScalars)
            for insert in Self.inserts {
                for _ in 0..<6 {
                    var mutated = scalars
                    mutated.insert(contentsOf: insert.unicodeScalars, at: next(scalars.count + 1))
                    var string = ""
                    string.unicodeScalars.append(contentsOf: mutated)
                    cases.append(("---\n" + string + "---\n", string, 1))
                }
            }
        }
        var read = 0
        for (text, yaml, offset) in cases {
            let file = SourceFile(path: "f.md", text: text)
            guard let fast = FlatYAML.parse(yaml, in: file, lineOffset: offset) else { continue }
            read += 1
            let sink = DiagnosticSink()
            let slow = YAMLParser.parseWithYams(yaml, in: file, lineOffset: offset, sink: sink)
            #expect(sink.diagnostics.isEmpty, "Yams reports on text FlatYAML read: \(yaml.debugDescription)")
            guard let slow else {
                Issue.record("Yams read nothing from \(yaml.debugDescription)")
                continue
            }
            let same = Self.same(fast, slow)
            #expect(same, "FlatYAML and Yams differ on \(yaml.debugDescription)")
        }
        // The fast path is taken, not declined everywhere.
        #expect(read > 500, "\(read) of \(cases.count)")
    }

    @Test func lessonFrontMatterTakesTheFastPath() {
        let yaml = "id: leccion-1\ntitle: Lección 1\nobjectives: [M3, C2]\nminutes: 25\ntags: [número]\n"
        #expect(FlatYAML.parse(yaml, in: SourceFile(path: "l.md", text: "---\n" + yaml + "---\n"), lineOffset: 1) != nil)
        for declined in ["id: 'x'\n", "a:\n  - b\n", "# comment\nid: x\n", "id: x\nid: y\n", "id:\n", "id: a: b\n", "  id: x\n"] {
            #expect(FlatYAML.parse(declined, in: SourceFile(path: "l.md", text: declined), lineOffset: 0) == nil, "\(declined)")
        }
    }

    static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        guard a.range == b.range else { return false }
        switch (a.value, b.value) {
        case (.scalar(let x, let qx), .scalar(let y, let qy)):
            return x.utf8.elementsEqual(y.utf8) && qx == qy
        case (.sequence(let xs), .sequence(let ys)):
            return xs.count == ys.count && zip(xs, ys).allSatisfy { same($0, $1) }
        case (.mapping(let xs), .mapping(let ys)):
            return xs.count == ys.count && zip(xs, ys).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default:
            return false
        }
    }
}
