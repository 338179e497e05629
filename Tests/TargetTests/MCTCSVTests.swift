import CourseBuild
import CourseKit
import Foundation
import Testing

/// The question CSVs, parsed back by an independent parser (Python's `csv`
/// module) and checked against the platform's import rules.
@Suite struct MCTCSVTests {
    struct Parsed: Decodable {
        var bom: Bool
        var crlf: Bool
        var rows: [[String]]
    }

    static let parser = """
        import csv, io, json, sys
        raw = sys.stdin.buffer.read()
        bom = raw.startswith(b"\\xef\\xbb\\xbf")
        text = raw.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        json.dump({"bom": bom, "crlf": "\\r\\n" in text and "\\n" not in text.replace("\\r\\n", ""), "rows": rows}, sys.stdout)
        """

    static func parse(_ url: URL) throws -> Parsed {
        let out = try MCTTestSupport.run("/usr/bin/python3", ["-c", parser], input: try Data(contentsOf: url))
        guard out.status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: out.stderr]) }
        return try JSONDecoder().decode(Parsed.self, from: Data(out.stdout.utf8))
    }

    static func buildFixture() throws -> (CourseBuilder.Result, URL) {
        let folder = try MCTTestSupport.temporaryFolder("csv")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out)
        return (result, out.appendingPathComponent("mct/fase-1/curso"))
    }

    @Test func headerColumnsBOMAndLineEnds() throws {
        let (result, folder) = try Self.buildFixture()
        #expect(result.built, "\(result.diagnostics)")
        for name in ["03-practica.csv", "evaluacion.csv"] {
            let parsed = try Self.parse(folder.appendingPathComponent(name))
            #expect(parsed.bom, "\(name): no BOM")
            #expect(parsed.crlf, "\(name): not CRLF")
            let header = try #require(parsed.rows.first)
            let choices = header.count - 6
            #expect(header == ["Serial Number", "Question Type", "Question Text"]
                    + (1...choices).map { "Choice \($0)" } + ["Correct Answer", "Answer Explanation", "Match Criterion"])
            for (index, row) in parsed.rows.dropFirst().enumerated() {
                #expect(row.count == header.count, "\(name) row \(index + 1) has \(row.count) cells")
                #expect(row[0] == String(index + 1))
            }
        }
    }

    @Test func valueFormatsFollowThePlatformTable() throws {
        let (_, folder) = try Self.buildFixture()
        let rows = try Self.parse(folder.appendingPathComponent("03-practica.csv")).rows
        let header = rows[0]
        func cell(_ row: [String], _ name: String) -> String { row[header.firstIndex(of: name)!] }
        let choiceColumns = header.filter { $0.hasPrefix("Choice ") }.count
        #expect(choiceColumns == 4)
        let types = rows.dropFirst().map { cell($0, "Question Type") }
        #expect(types == ["Single choice", "Multiple choice", "True false", "Fill blanks", "Fill blanks"])

        let single = rows[1], multiple = rows[2], trueFalse = rows[3], fill = rows[4], negative = rows[5]
        #expect(cell(single, "Correct Answer") == "1")
        #expect(cell(multiple, "Correct Answer") == "1;2")
        #expect(cell(trueFalse, "Choice 1") == "TRUE" && cell(trueFalse, "Choice 2") == "FALSE")
        // "Falso" is written first but "Verdadero" is the right answer.
        #expect(cell(trueFalse, "Correct Answer") == "TRUE")
        #expect(cell(trueFalse, "Answer Explanation").isEmpty)
        #expect(cell(fill, "Question Text").filter { $0 == "|" }.count == 2)
        #expect((1...4).allSatisfy { cell(fill, "Choice \($0)").isEmpty })
        #expect(cell(fill, "Correct Answer") == "9.8;9,8|1.6")
        #expect(cell(fill, "Match Criterion") == "Exact match|Contains")
        // A literal `|` in a fill-in-the-blanks stem is not a blank.
        #expect(cell(negative, "Question Text").filter { $0 == "|" }.count == 1)
        #expect(cell(negative, "Question Text").contains("&#124;"))
        // Alternatives reordered so the cell does not start like a formula.
        #expect(cell(negative, "Correct Answer") == "menos uno;-1")
        // Single choice: one explanation per choice, `;`-separated, `;` inside one rewritten.
        let explanations = cell(single, "Answer Explanation").split(separator: ";", omittingEmptySubsequences: false)
        #expect(explanations.count == 4)
        #expect(explanations[0] == "Correcto, es la unidad del SI.")
    }

    @Test func dangerousCellsAreDefused() throws {
        let (_, folder) = try Self.buildFixture()
        for name in ["03-practica.csv", "evaluacion.csv"] {
            let rows = try Self.parse(folder.appendingPathComponent(name)).rows
            for row in rows.dropFirst() {
                for value in row {
                    #expect(!(value.first.map { "=+-@".contains($0) } ?? false), "\(name): formula-like cell \(value)")
                }
            }
        }
        let rows = try Self.parse(folder.appendingPathComponent("03-practica.csv")).rows
        #expect(rows[1][5] == "<span>=SUMA(A1)</span>")
        #expect(rows[1][6] == "<span>@usuario</span>")
    }

    @Test func accentsCommasQuotesAndLineBreaksRoundTrip() throws {
        let (_, folder) = try Self.buildFixture()
        let rows = try Self.parse(folder.appendingPathComponent("03-practica.csv")).rows
        #expect(rows[1][2] == "¿Cuál es la unidad de energía, en el SI?")
        #expect(rows[1][3] == "El joule, \"J\"")
        #expect(rows[4][2].contains("m/s²"))
        // A soft break is a space, as on the page; a hard break would be `<br>`.
        #expect(rows[4][8] == "Primera línea de la explicación, segunda línea.")
        for row in rows { for value in row { #expect(!value.contains("\n") && !value.contains("\r")) } }
    }

    @Test func mathBecomesReadableText() throws {
        let (_, folder) = try Self.buildFixture()
        let rows = try Self.parse(folder.appendingPathComponent("evaluacion.csv")).rows
        #expect(rows[1][2] == "¿Cuánto es 1/2 + 1/4?")
        #expect(rows[1][3] == "2/6" && rows[1][4] == "3/4")
    }

    @Test func platformProblemsAreReported() throws {
        let (result, _) = try Self.buildFixture()
        let ids = result.diagnostics.map(\.id)
        #expect(ids.contains("CS0701"), "commas")
        #expect(ids.contains("CS0702"), "`;` in an explanation")
        let placeholder = try #require(result.diagnostics.first { $0.id == "CS0703" && $0.range.file == "curso/practicas/practica.md" })
        #expect(placeholder.message.description.contains("2, 3"), "\(placeholder.message)")
        // Placeholder choices are the deployer's step, not a problem of the course: a note.
        #expect(placeholder.severity == .note)
        #expect(result.diagnostics.filter { $0.id.hasPrefix("CS07") && $0.id != "CS0703" }.allSatisfy { $0.severity == .warning })
    }

    @Test func ruleRegistryKnowsThePlatformRules() {
        for id in ["CS0701", "CS0702", "CS0703", "CS0704", "CS0705"] {
            #expect(RuleRegistry.rule(id: id) != nil, "\(id)")
        }
    }
}
