import Foundation
import Testing
@testable import CourseKit

/// Every example in docs/ is checked: a fenced block whose info string names
/// a file (`yaml file=curso/course.yaml`) or a fragment
/// (`yaml fragment=policy`) is laid over the minimal repository and loaded.
/// Examples are excerpts, so references to files they do not show and
/// curriculum alignment are not judged; everything else (syntax, fields,
/// values, questions) must be clean.
@Suite struct DocumentationExampleTests {
    struct Example: CustomStringConvertible {
        var document: String
        var line: Int
        var info: String
        var content: String
        var description: String { "\(document):\(line) \(info)" }
    }

    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs")

    static func examples() -> [Example] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: docs.path))?.filter { $0.hasSuffix(".md") }.sorted() ?? []
        var result: [Example] = []
        for name in files {
            guard let text = try? String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8) else { continue }
            var open: (line: Int, info: String, lines: [String])?
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                if line.hasPrefix("```") {
                    if let block = open {
                        if block.info.contains("file=") || block.info.contains("fragment=") {
                            result.append(Example(document: name, line: block.line, info: block.info,
                                                  content: block.lines.joined(separator: "\n") + "\n"))
                        }
                        open = nil
                    } else {
                        open = (index + 1, String(line.dropFirst(3)), [])
                    }
                } else {
                    open?.lines.append(line)
                }
            }
        }
        return result
    }

    /// Rule categories an excerpt may trigger: it cannot show every file it names.
    static let tolerated: Set<Rule.Category> = [.references, .alignment, .assessment, .rhythm]

    @Test func theDocsHaveExamples() {
        #expect(Self.examples().count >= 8)
    }

    @Test(arguments: examples().map(\.description))
    func example(_ key: String) throws {
        let example = try #require(Self.examples().first { $0.description == key })
        var files = ExampleRepository.base
        let attribute = example.info.split(separator: " ").first { $0.contains("=") }.map(String.init) ?? ""
        let value = String(attribute.split(separator: "=", maxSplits: 1).last ?? "")
        if attribute.hasPrefix("file=") {
            files[value] = example.content
            if value.hasPrefix("marcos/") {
                files["coursec.yaml"] = files["coursec.yaml"]! + "frameworks:\n  - \(value)\n"
            }
            if value == "curso/evaluacion.md" {
                files["curso/course.yaml"] = files["curso/course.yaml"]! + "assessment: evaluacion.md\n"
            }
        } else if value == "policy" {
            // The example replaces the base repository's own policy section.
            var manifest = files["coursec.yaml"]!
            if let start = manifest.range(of: "\npolicy:") { manifest = String(manifest[..<start.lowerBound]) + "\n" }
            files["coursec.yaml"] = manifest + example.content
        } else if value == "course" {
            files["curso/course.yaml"] = files["curso/course.yaml"]! + example.content
        } else if value == "front-matter" {
            files["curso/leccion.md"] = "---\nid: leccion\ntitle: Lección\n" + example.content + "---\n\nTexto.\n"
        } else {
            Issue.record("unknown example kind \(attribute)")
        }
        let result = try CourseCompiler(fileSystem: InMemoryFileSystem(files: files)).check()
        let judged = result.diagnostics.filter { d in
            d.severity == .error && !Self.tolerated.contains(RuleRegistry.rule(id: d.id)?.category ?? .source)
        }
        #expect(judged.isEmpty, "\(example) is not valid:\n\(result.described)")
        // The example's own file was really loaded (no silent skip).
        if attribute.hasPrefix("file=curso/") && value.hasSuffix(".md") {
            let loaded = result.repository.courses.first?.items.map(\.path) ?? []
            let assessment = result.repository.courses.first?.assessment?.path
            #expect(loaded.contains(value) || assessment == value, "\(value) not loaded")
        }
    }
}
