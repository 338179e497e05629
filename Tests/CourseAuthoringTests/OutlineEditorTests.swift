import CourseKit
import Foundation
import Testing
@testable import CourseAuthoring

/// `coursec new` edits course.yaml's text in place: comments, quoting and
/// layout survive, and the result reads back with the new item where asked.
@Suite struct OutlineEditorTests {
    static let course = """
        # El curso de física
        id: fisica-1   # no cambiar
        title: "Física 1"
        outline:
          # Primera unidad
          - unit: Cinemática
            id: cinematica
            items:
              - lecciones/01-movimiento.md   # la primera
              - 'practicas/practica-1.md'
          - unit: Dinámica
            items: [lecciones/10-fuerzas.md, "lecciones/11-leyes.md"]  # dos lecciones
        # fin
        """

    /// The paths of each unit, read back by the YAML parser.
    static func items(_ text: String) throws -> [[String]] {
        let sink = DiagnosticSink()
        let root = try #require(YAMLParser.parse(text, in: SourceFile(path: "course.yaml", text: text), sink: sink))
        #expect(sink.diagnostics.isEmpty)
        guard case .sequence(let units)? = OutlineEditor.value("outline", in: root)?.value else { return [] }
        return units.map { unit in
            guard case .sequence(let items)? = OutlineEditor.value("items", in: unit)?.value else { return [] }
            return items.compactMap(\.scalar)
        }
    }

    @Test func appendsToABlockListKeepingEveryLine() throws {
        var editor = OutlineEditor(text: Self.course)
        try editor.addItem("lecciones/02-velocidad.md", unit: "cinematica")
        var expected = Self.course.components(separatedBy: "\n")
        expected.insert("      - lecciones/02-velocidad.md", at: 10)
        #expect(editor.text == expected.joined(separator: "\n"))
        #expect(try Self.items(editor.text)[0].last == "lecciones/02-velocidad.md")
    }

    @Test func appendsToAFlowListBeforeItsBracket() throws {
        var editor = OutlineEditor(text: Self.course)
        try editor.addItem("practicas/practica 2, repaso.md")
        #expect(editor.text.contains(#"items: [lecciones/10-fuerzas.md, "lecciones/11-leyes.md", "practicas/practica 2, repaso.md"]  # dos lecciones"#))
        #expect(try Self.items(editor.text)[1] == ["lecciones/10-fuerzas.md", "lecciones/11-leyes.md", "practicas/practica 2, repaso.md"])
        // Only that line changed.
        let before = Self.course.components(separatedBy: "\n"), after = editor.text.components(separatedBy: "\n")
        #expect(before.count == after.count)
        #expect(zip(before, after).filter { $0 != $1 }.count == 1)
    }

    @Test func aUnitByTitleAndAnUnknownUnit() throws {
        var editor = OutlineEditor(text: Self.course)
        try editor.addItem("lecciones/03-caida.md", unit: "Cinemática")
        #expect(try Self.items(editor.text)[0].last == "lecciones/03-caida.md")
        #expect(throws: OutlineEditor.Problem.noUnit("Óptica", ["cinematica", "Dinámica"])) {
            try editor.addItem("x.md", unit: "Óptica")
        }
    }

    @Test func setsTheAssessmentOnce() throws {
        var editor = OutlineEditor(text: Self.course)
        try editor.setAssessment("evaluacion.md")
        #expect(editor.text == Self.course + "\nassessment: evaluacion.md\n")
        #expect(throws: OutlineEditor.Problem.hasAssessment("evaluacion.md")) { try editor.setAssessment("otra.md") }
    }

    @Test func refusesBrokenYAML() {
        var editor = OutlineEditor(text: "id: [\n")
        #expect(throws: OutlineEditor.Problem.unreadable) { try editor.addItem("x.md") }
    }

    @Test func idsAreFreshAndTitlesComeFromFileNames() {
        #expect(NewSourceFile.uniqueID("vectores", taken: ["vectores"]) == "vectores-2")
        #expect(NewSourceFile.uniqueID("vectores", taken: ["vectores", "vectores-2", "vectores-3-1"]) == "vectores-4")
        #expect(NewSourceFile.uniqueID("repaso", taken: ["repaso-1"]) == "repaso-2")
        #expect(NewSourceFile.title(fromFileName: "03-caída-libre") == "Caída libre")
        #expect(NewSourceFile.stripNumber("2024") == "2024")
        #expect(OutlineEditor.yamlText("Práctica: fuerzas") == "\"Práctica: fuerzas\"")
        #expect(OutlineEditor.yamlText("Caída libre") == "Caída libre")
        #expect(OutlineEditor.yamlText("no") == "\"no\"")
    }
}
