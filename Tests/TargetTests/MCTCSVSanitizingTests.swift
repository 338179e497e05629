import CourseBuild
import CourseKit
import Foundation
import Testing

/// The question CSV's rich-text cells go through the same sanitizer as the
/// pages (issue "Hardening", CSV cells): an author's `<img onerror>` or
/// `<script>` in a stem, an option or an answer explanation never reaches
/// the platform, and an accepted answer that looks like a tag is written so
/// the platform shows it as text. Read back with Python's `csv` module.
@Suite struct MCTCSVSanitizingTests {
    static let quiz = """
        ---
        id: practica
        type: quiz
        title: Práctica
        ---

        1. ¿Cuánto es 2 + 2? <img src=x onerror=alert(1)> {#suma}

           - [x] 4 <script>alert(2)</script>
           - [ ] 5 <a href="javascript:alert(5)">cinco</a>

           > Porque <img src=x onerror=alert(3)> dos más dos es **cuatro**.

        2. Escribe [[4 <b onmouseover=alert(4)>cuatro</b>]] {#blank}

        """

    @Test func hostileHTMLNeverReachesACell() throws {
        let folder = try MCTTestSupport.temporaryFolder("csv-sanitizing")
        let root = folder.appendingPathComponent("repo")
        var files = ExampleRepository.base
        files["curso/practica.md"] = Self.quiz
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out)
        #expect(result.built, "\(result.diagnostics)")
        let csv = try #require(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("mct/fase-1/curso").path)
            .first { $0.hasSuffix(".csv") })
        let rows = try MCTCSVTests.parse(out.appendingPathComponent("mct/fase-1/curso").appendingPathComponent(csv)).rows
        #expect(rows.count == 3)
        let header = rows[0]
        let cells = rows.dropFirst().flatMap { $0 }
        for forbidden in ["onerror", "<img", "<script", "alert(1)", "alert(2)", "alert(3)", "javascript:"] {
            #expect(!cells.contains { $0.lowercased().contains(forbidden) }, "\(forbidden) reached the CSV: \(rows)")
        }
        // What the author meant survives.
        let explanation = rows[1][header.firstIndex(of: "Answer Explanation")!]
        #expect(explanation.contains("dos más dos es"), "\(explanation)")
        #expect(rows[1][header.firstIndex(of: "Choice 1")!].hasPrefix("4"))
        // The accepted answer is the learner's text: kept, but never a tag the platform would render.
        let accepted = rows[2][header.firstIndex(of: "Correct Answer")!]
        #expect(accepted.contains("cuatro") && !accepted.contains("<b") && !accepted.contains("</b"), "\(accepted)")
    }
}
