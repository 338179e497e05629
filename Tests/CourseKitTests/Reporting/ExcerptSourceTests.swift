import Testing
@testable import CourseKit

/// A report reads each file it quotes once, however many diagnostics point
/// into it: reading it again for each made thousands of diagnostics in one
/// file quadratic.
@Suite struct ExcerptSourceTests {
    final class Reads: @unchecked Sendable {
        var paths: [String] = []
    }

    @Test func eachFileIsReadOnce() {
        let reads = Reads()
        let file = SourceFile(path: "curso/course.yaml", text: String(repeating: "      - leccion.md\n", count: 500))
        let context = RenderContext(source: { path in
            reads.paths.append(path)
            return path == file.path ? file : nil
        })
        let diagnostics = (1...500).map {
            Diagnostic(id: "CS0205", severity: .error, range: SourceRange(file: file.path, line: $0, column: 9, length: 10),
                       message: "'curso/leccion.md' is already used in an outline")
        } + [Diagnostic(id: "CS0201", severity: .error, range: .file("otro.md"), message: "m"),
             Diagnostic(id: "CS0201", severity: .error, range: .file("otro.md"), message: "n")]
        let text = TextDiagnosticRenderer().render(diagnostics, context: context)
        #expect(text.components(separatedBy: "- leccion.md").count == 501, "every diagnostic quotes its line")
        #expect(reads.paths.sorted() == ["curso/course.yaml", "otro.md"], "read: \(reads.paths.count) times")
    }
}
