import CoursecTestSupport
import Foundation
import Testing
@testable import CourseKit
@testable import CourseResults

/// Reading responses files: the CSV dialects spreadsheets write, the
/// response formats of the SCORM runtime, attempts, and every problem
/// reported at its line with its rule.
@Suite struct ResponseFileTests {
    static func keys() throws -> AnswerKeys { try ResultsTestSupport.keys(ResultsTestSupport.quizRepository).0 }

    static func cells(_ loader: ResponseLoader, learner: Int = 0) -> [UInt32] {
        let administration = loader.table.administrations.first { $0.kind == .quiz }!
        return (0..<administration.itemCount).map { administration.cell(learner, $0) }
    }

    func records(_ text: String) throws -> ([[String]], [Int], [CSVReader.Outcome]) {
        let url = try ScratchFolder.make("csv").appendingPathComponent("f.csv")
        try Data(text.utf8).write(to: url)
        let reader = try CSVReader(path: url.path)
        var record = CSVRecord()
        var rows: [[String]] = [], lines: [Int] = [], problems: [CSVReader.Outcome] = []
        var outcome = reader.readHeader(into: &record)
        while outcome != .end {
            if outcome == .record {
                rows.append((0..<record.count).map { String(decoding: record.field($0), as: UTF8.self) })
                lines.append(record.line)
            } else {
                problems.append(outcome)
            }
            outcome = reader.next(into: &record)
        }
        return (rows, lines, problems)
    }

    @Test func csvQuotesLineEndingsAndSeparators() throws {
        let (rows, lines, problems) = try records("\u{FEFF}a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n\n3,,\n")
        #expect(rows == [["a", "b", "c"], ["1", "x, \"y\"", "two\nlines"], ["3", "", ""]])
        #expect(lines == [1, 2, 5], "a field spanning lines counts them; blank lines are skipped")
        #expect(problems.isEmpty)
        let (semicolons, _, _) = try records("learner;assessment;item;response\nL1;practica;suma;\"a,b\"\n")
        #expect(semicolons[1] == ["L1", "practica", "suma", "a,b"], "Excel in some locales writes `;`")
        let (tabs, _, _) = try records("learner\tassessment\titem\tresponse\nL1\tpractica\tsuma\ta\n")
        #expect(tabs[1].count == 4)
    }

    @Test func anUnclosedQuoteIsReportedNotSwallowed() throws {
        let (rows, _, problems) = try records("a,b\n1,\"open\n2,3\n")
        #expect(rows == [["a", "b"]])
        #expect(problems == [.malformed(line: 2, message: "a quote opened on this line is never closed")])
    }

    @Test func responsesInTheRuntimesFormats() throws {
        let loader = try ResultsTestSupport.load("learner,assessment,item,response\nL1,practica,suma,A\nL1,practica,producto, c \nL1,practica,resta,\n",
                                                 keys: Self.keys())
        #expect(Self.cells(loader) == [0b001, 0b100, Administration.Cell.omitted])
        #expect(loader.diagnostics.isEmpty)
    }

    @Test func itemsByIdByInteractionIdAndByPosition() throws {
        let loader = try ResultsTestSupport.load("learner,assessment,item,response\nL1,practica,practica.suma,a\nL1,practica,#2,b\n",
                                                 keys: Self.keys())
        #expect(Self.cells(loader) == [0b001, 0b010, Administration.Cell.unset])
    }

    @Test func trueFalseAndFillInResponses() throws {
        var files = ExampleRepository.base
        files["curso/practica.md"] = """
            ---
            id: practica
            type: quiz
            title: Práctica
            ---

            1. Todo entero es racional. {#vf type=true-false}

               - [ ] Falso
               - [x] Verdadero

            2. La mitad de 8 es [[4 | cuatro]] y el doble de 5 es [[~10]]. {#mitad}

            """
        let keys = try ResultsTestSupport.keys(files).0
        let key = keys.quizzes[0].items[0].key
        #expect(key.trueOption == 1 && key.right == [1], "the option that says Verdadero is 'true', whatever its place")
        let text = "learner,assessment,item,response\nL1,practica,vf,t\nL1,practica,mitad,\" Cuatro ,son 10\"\n"
            + "L2,practica,vf,F\nL2,practica,mitad,\"cuatro\"\nL3,practica,vf,verdadero\nL3,practica,mitad,\"CUATRO,10\"\n"
            + "L4,practica,vf,x\nL4,practica,mitad,\"cua\u{0301}tro,10\"\n"
        let loader = try ResultsTestSupport.load(text, keys: keys)
        let administration = loader.table.administrations[0]
        #expect(administration.isRight(administration.cell(0, 0), item: 0) && administration.isRight(administration.cell(0, 1), item: 1))
        #expect(administration.cell(1, 0) == 0b01, "f is the option that is not 'true'")
        #expect(administration.cell(1, 1) == Administration.Cell.malformed, "two blanks need two parts")
        #expect(administration.isRight(administration.cell(2, 1), item: 1))
        #expect(administration.cell(3, 0) == Administration.Cell.malformed)
        #expect(administration.cell(3, 1) == 0, "cuá (decomposed) is not cuatro")
        #expect(loader.diagnostics.map(\.id) == ["CS1005", "CS1005"])
        #expect(loader.diagnostics.map(\.range.start.line) == [5, 8])
    }

    /// The offline site writes a learner's "-5" as "'-5" so that a
    /// spreadsheet does not run it (SpreadsheetCell); reading it back gives
    /// the learner's answer, which is right. An apostrophe before anything
    /// else is the learner's own.
    @Test func answersDefusedForSpreadsheetsReadBackAsWritten() throws {
        var files = ExampleRepository.base
        files["curso/practica.md"] = """
            ---
            id: practica
            type: quiz
            title: Práctica
            ---

            1. ¿Cuánto es 3 − 8? [[-5]] {#resta}

            2. Escribe el signo de suma. [[+]] {#signo}

            """
        let keys = try ResultsTestSupport.keys(files).0
        let text = "learner,assessment,item,response\nL1,practica,resta,'-5\nL1,practica,signo,'+\n"
            + "L2,practica,resta,-5\nL2,practica,signo,'x\n"
        let loader = try ResultsTestSupport.load(text, keys: keys)
        let administration = loader.table.administrations[0]
        #expect(administration.isRight(administration.cell(0, 0), item: 0), "'-5 is the learner's -5")
        #expect(administration.isRight(administration.cell(0, 1), item: 1))
        #expect(administration.isRight(administration.cell(1, 0), item: 0))
        #expect(!administration.isRight(administration.cell(1, 1), item: 1), "'x is not +")
        #expect(loader.diagnostics.isEmpty, "\(loader.diagnostics)")
    }

    /// A fill-in item with every blank left empty is an omission, however
    /// the empty blanks are written; one empty blank of two is an answer.
    @Test func everyBlankEmptyIsAnOmission() throws {
        var files = ExampleRepository.base
        files["curso/practica.md"] = """
            ---
            id: practica
            type: quiz
            title: Práctica
            ---

            1. La mitad de 8 es [[4]] y el doble de 5 es [[10]]. {#mitad}

            """
        let keys = try ResultsTestSupport.keys(files).0
        let text = "learner,assessment,item,response\nL1,practica,mitad,\",\"\nL2,practica,mitad,\" , \"\n"
            + "L3,practica,mitad,\"4,\"\nL4,practica,mitad,\n"
        let loader = try ResultsTestSupport.load(text, keys: keys)
        let administration = loader.table.administrations[0]
        #expect(administration.cell(0, 0) == Administration.Cell.omitted)
        #expect(administration.cell(1, 0) == Administration.Cell.omitted)
        #expect(administration.cell(2, 0) == 0, "one blank answered: wrong, not omitted")
        #expect(administration.cell(3, 0) == Administration.Cell.omitted)
        #expect(loader.diagnostics.isEmpty, "\(loader.diagnostics)")
    }

    @Test func theFirstAttemptCountsWhateverTheRowOrder() throws {
        let text = "learner,assessment,item,response,attempt\nL1,practica,suma,b,2\nL1,practica,producto,b,2\n"
            + "L1,practica,suma,a,1\nL1,practica,resta,c,3\nL2,practica,suma,a,\n"
        let loader = try ResultsTestSupport.load(text, keys: Self.keys())
        #expect(Self.cells(loader) == [0b001, Administration.Cell.unset, Administration.Cell.unset])
        #expect(loader.table.laterAttemptResponses == 3)
        #expect(loader.table.rowsUsed == 2 && loader.table.rowsRead == 5)
        #expect(loader.diagnostics.isEmpty)
    }

    @Test func everyProblemIsLocatedWithItsRule() throws {
        let text = """
            learner,assessment,item,response,escuela
            L1,practica,suma,a,E1
            L1,practica,suma,b,E1
            L2,practicas,suma,a,E1
            L2,practica,sumas,a,E1
            L2,practica,suma,z,E1
            L2,practica,producto,a,E2
            ,practica,suma,a,E1
            L3,practica,suma,a,b,E1
            L4,evaluacion,suma,a,E1
            L5,practica,suma,a,1,E1

            """
        let loader = try ResultsTestSupport.load(text, keys: Self.keys())
        let found = loader.diagnostics.map { "\($0.id)@\($0.range.start.line):\($0.range.start.column)" }
        #expect(found == ["CS1006@3:1", "CS1003@4:4", "CS1004@5:13", "CS1005@6:18", "CS1007@7:24", "CS1002@8:1", "CS1002@9:1",
                          "CS1003@10:4", "CS1002@11:1"])
        #expect(loader.diagnostics.first { $0.id == "CS1003" }?.message.description.contains("did you mean 'practica'?") == true)
        #expect(loader.diagnostics.first { $0.id == "CS1004" }?.message.description.contains("did you mean 'suma'?") == true)
        #expect(loader.diagnostics.first { $0.id == "CS1006" }?.message.description.contains("line 2") == true)
        #expect(!loader.diagnostics.contains { $0.message.description.contains("L1") || $0.message.description.contains("L2") }, "no learner code in messages")
    }

    @Test func aWrongHeaderStopsTheFileWithOneError() throws {
        let loader = try ResultsTestSupport.load("estudiante,evaluacion,reactivo\nL1,practica,suma\n", keys: Self.keys())
        #expect(loader.diagnostics.map(\.id) == ["CS1001"])
        #expect(loader.diagnostics[0].severity == .error)
        #expect(loader.table.rowsRead == 0)
        let spanish = try ResultsTestSupport.load("estudiante,evaluación,reactivo,respuesta\nL1,practica,suma,a\n", keys: Self.keys())
        #expect(spanish.diagnostics.isEmpty && spanish.table.rowsUsed == 1, "the Spanish column names")
    }

    /// Files from the offline course say which course and version each
    /// response was given in: rows of another are left out, not scored
    /// against keys they were not given with; an empty field says nothing.
    @Test func rowsOfAnotherCourseOrVersionAreLeftOut() throws {
        let text = """
            learner,assessment,item,response,attempt,timestamp,course,version
            L1,practica,suma,a,1,2024-03-01T10:00:00Z,curso,1.0.0
            L1,practica,producto,b,1,2024-03-01T10:00:00Z,curso,0.9.0
            L1,practica,resta,a,1,2024-03-01T10:00:00Z,otro-curso,1.0.0
            L2,practica,suma,b,1,,,

            """
        let loader = try ResultsTestSupport.load(text, keys: Self.keys())
        let found = loader.diagnostics.map { "\($0.id)@\($0.range.start.line):\($0.range.start.column)" }
        #expect(found == ["CS1008@3:53", "CS1008@4:44"])
        #expect(loader.diagnostics.first?.message.description.contains("version 0.9.0") == true)
        #expect(loader.diagnostics.last?.message.description.contains("course 'otro-curso'") == true)
        #expect(Self.cells(loader) == [0b001, Administration.Cell.unset, Administration.Cell.unset])
        #expect(Self.cells(loader, learner: 1) == [0b010, Administration.Cell.unset, Administration.Cell.unset])
        #expect(loader.table.rowsRead == 4 && loader.table.rowsUsed == 2)
        #expect(loader.table.groupColumns.isEmpty, "course and version are not grouping columns")
    }

    @Test func aFlawedExportGivesTwentyDiagnosticsAndACount() throws {
        let rows = (1...50).map { "L\($0),practica,nada,a\n" }.joined()
        let loader = try ResultsTestSupport.load("learner,assessment,item,response\n" + rows, keys: Self.keys())
        #expect(loader.diagnostics.count == DataDiagnostics.limit + 1)
        #expect(loader.diagnostics.last?.message.description.hasPrefix("30 more rows") == true)
    }
}
