import Foundation
import Testing

/// The example course's syllabus printed to PDF by Chromium
/// (`--print-to-pdf`, letter paper), read back with poppler's
/// `pdftotext -bbox-layout` (the position of every line on every page):
/// each unit's heading is on the same page as its table's header and
/// first row, no page is more than half empty unless what follows starts
/// a new part (a unit or section ended there), and education models and
/// subsystems are printed by name, not by id.
@Suite(.serialized, .enabled(if: BrowserDriver.available && HTMLTestSupport.executable("pdftotext") != nil,
                             "chromium or pdftotext (poppler-utils) is not installed; skipping the print test"))
struct SyllabusPrintTests {
    struct Line {
        var page: Int
        var top: Double
        var bottom: Double
        var text: String
    }

    struct Printed {
        var pageHeight: Double
        var pages: [[Line]]
    }

    static func printed() throws -> Printed {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        let html = built.output.appendingPathComponent("syllabus/matematicas-1.html")
        let folder = try HTMLTestSupport.temporaryFolder("print")
        let pdf = folder.appendingPathComponent("programa.pdf")
        let chromium = try #require(HTMLTestSupport.chromium)
        var arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                         "--disable-background-networking", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                         "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString]
        var program = chromium
        if let unshare = HTMLTestSupport.executable("unshare"), (try? HTMLTestSupport.run(unshare, ["-n", "true"]).status) == 0 {
            arguments.insert(contentsOf: ["-n", chromium.path], at: 0)
            program = unshare
        }
        let run = try HTMLTestSupport.run(program, arguments)
        #expect(FileManager.default.fileExists(atPath: pdf.path), "no PDF: \(run.output.suffix(2000))")
        let layout = folder.appendingPathComponent("programa.html")
        let pdftotext = try #require(HTMLTestSupport.executable("pdftotext"))
        let text = try HTMLTestSupport.run(pdftotext, ["-bbox-layout", pdf.path, layout.path])
        #expect(text.status == 0, "\(text.output)")
        return try parse(String(contentsOf: layout, encoding: .utf8))
    }

    /// pdftotext's `-bbox-layout` XHTML: `<page height>` holding `<line yMin yMax>` of `<word>`s.
    static func parse(_ xhtml: String) throws -> Printed {
        var pages: [[Line]] = []
        var height = 0.0
        for (n, chunk) in xhtml.components(separatedBy: "<page ").dropFirst().enumerated() {
            height = number("height", in: chunk) ?? height
            var lines: [Line] = []
            for line in chunk.components(separatedBy: "<line ").dropFirst() {
                let words = line.components(separatedBy: "<word ").dropFirst().map { word in
                    String(word.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
                }
                lines.append(Line(page: n, top: number("yMin", in: line) ?? 0, bottom: number("yMax", in: line) ?? 0,
                                  text: words.joined(separator: " ")))
            }
            pages.append(lines.sorted { $0.top < $1.top })
        }
        return Printed(pageHeight: height, pages: pages)
    }

    static func number(_ attribute: String, in text: String) -> Double? {
        guard let start = text.range(of: "\(attribute)=\"") else { return nil }
        return Double(text[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Headings of the printed parts: units, sections and subsystems.
    static func isHeading(_ text: String) -> Bool {
        text.range(of: #"^Unidad \d+\. "#, options: .regularExpression) != nil || text.hasPrefix("Subsistema ")
            || ["Evaluación: especificaciones", "Competencias que cubre el curso",
                "Correspondencia con los programas de estudio", "Recursos externos"].contains(text)
    }

    @Test func eachUnitHeadingPrintsWithItsTableAndNoPageIsLeftHalfEmpty() throws {
        let printed = try Self.printed()
        #expect(printed.pages.count >= 3, "a syllabus of several pages")
        var units = 0
        for (p, lines) in printed.pages.enumerated() {
            for (i, line) in lines.enumerated() where line.text.range(of: #"^Unidad \d+\. "#, options: .regularExpression) != nil {
                units += 1
                // Below the heading on the same page: the unit's facts, the table header, a row.
                let after = lines[(i + 1)...].map(\.text)
                #expect(after.contains { $0.contains("Actividad") }, "page \(p + 1): '\(line.text)' is not with its table")
                #expect(after.contains { $0.range(of: #"^\d+$"#, options: .regularExpression) != nil },
                        "page \(p + 1): '\(line.text)' has no row of its table on its page")
            }
            guard p + 1 < printed.pages.count, let bottom = lines.map(\.bottom).max() else { continue }
            if bottom < printed.pageHeight / 2 {
                let next = printed.pages[p + 1].first?.text ?? ""
                #expect(Self.isHeading(next), "page \(p + 1) is more than half empty (text ends at \(Int(bottom)) of \(Int(printed.pageHeight))) and page \(p + 2) starts with '\(next)'")
            }
        }
        #expect(units == 4, "the example course's four units")
    }

    @Test func educationModelsAndSubsystemsArePrintedByName() throws {
        // The facts are in columns: a value may wrap onto lines between others.
        let text = try Self.printed().pages.flatMap { $0.map(\.text) }.joined(separator: "\n")
        #expect(text.contains("Bachillerato general,") && text.contains("Bachillerato tecnológico"), "\(text.prefix(800))")
        #expect(text.contains("DGB (Dirección General del"))
        #expect(!text.contains("bachillerato-tecnologico") && !text.contains("bachillerato-general"))
    }
}
