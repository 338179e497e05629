import CoursecTestSupport
import CourseKit
import Foundation
import Testing
@testable import CourseImport

/// CS1104: a question CSV whose bytes are not text a question can show.
/// Before, every cell was decoded with replacement: a file Excel saved as
/// plain “CSV” (Windows-1252) was imported with each accent turned into
/// U+FFFD, and a NUL reached the Markdown, without a word.
@Suite struct QuestionImportTextTests {
    static let header = "Serial Number,Question Type,Question Text,Choice 1,Choice 2,Correct Answer\r\n"

    static func run(_ bytes: [UInt8]) throws -> MCTQuestionImport.Outcome {
        let file = try ScratchFolder.make("import-text").appendingPathComponent("preguntas.csv")
        try Data(bytes).write(to: file)
        return try MCTQuestionImport(kind: .quiz, id: "practica", title: "Práctica").run(path: file.path, name: "preguntas.csv")
    }

    @Test func aFileInWindows1252IsRefusedWhole() throws {
        // "¿Qué número es?" and "Sí" in Windows-1252, on the second and third rows.
        let csv = Array(Self.header.utf8) + Array("1,Single choice,2 + 2,4,5,1\r\n".utf8)
            + Array("2,Single choice,".utf8) + [0xBF] + Array("Qu".utf8) + [0xE9] + Array(" n\u{FA}mero es?,1,S".utf8) + [0xED]
            + Array(",1\r\n".utf8)
        let outcome = try Self.run(csv)
        #expect(outcome.markdown == nil, "a file that would lose its accents was imported")
        let found = outcome.diagnostics.filter { $0.id == "CS1104" }
        #expect(found.count == 1)
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.message.text(in: .en).hasPrefix("`Question Text` of this row has bytes that are not UTF-8 text") == true)
        #expect(found.first?.message.text(in: .es).hasPrefix("`Question Text` de esta fila tiene bytes que no son texto UTF-8") == true)
    }

    @Test func aFileInUTF16IsRefusedAtItsHeader() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in (Self.header + "1,Single choice,¿Sí?,a,b,1\r\n").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let outcome = try Self.run(bytes)
        #expect(outcome.markdown == nil)
        #expect(outcome.diagnostics.map(\.id) == ["CS1104"], "\(outcome.diagnostics.map { $0.message.text(in: .en) })")
        #expect(outcome.diagnostics.first?.range.start.line == 1)
    }

    @Test func aControlCharacterLeavesItsRowOut() throws {
        let csv = Self.header + "1,Single choice,¿Cuánto es 2 + 2?,4,5,1\r\n2,Single choice,Un NUL\u{0} aquí,a,b,1\r\n3,Single choice,Con tabulador:\tsí,a,b,2\r\n"
        let outcome = try Self.run(Array(csv.utf8))
        let markdown = try #require(outcome.markdown)
        #expect(outcome.questions == 2)
        #expect(!markdown.contains("\u{0}"))
        #expect(markdown.contains("¿Cuánto es 2 + 2?"))
        let found = outcome.diagnostics.filter { $0.id == "CS1104" }
        #expect(found.count == 1)
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.message.text(in: .en).contains("control character U+0000") == true)
    }

    @Test func accentsInUTF8AreKept() throws {
        let csv = Self.header + "1,Single choice,¿Qué número es? Ñandú,uno,dos,1\r\n"
        let outcome = try Self.run(Array(csv.utf8))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.markdown?.contains("¿Qué número es? Ñandú") == true)
    }
}
