import CourseArchive
import CourseBuild
import CourseKit
import CourseXML
import Foundation
import Testing

/// Authors' titles with markup characters, quotes and emoji go through
/// libxml2's escaping intact; a title over 200 characters is shortened with
/// a diagnostic, and the manifest still validates.
@Suite struct SCORMEscapingTests {
    static let fixture = SCORMTestSupport.fixtures.appendingPathComponent("scorm-escaping")
    static let built = Result { try SCORMTestSupport.build(fixture) }

    func manifest() throws -> (xml: XMLDocumentChecker, data: Data, result: CourseBuilder.Result) {
        let (result, output) = try Self.built.get()
        #expect(result.built, "\(result.diagnostics)")
        let package = try #require(SCORMTestSupport.packages(in: result, output: output).first)
        let data = try SCORMTestSupport.manifest(of: package)
        return (try SCORMTestSupport.checker(data), data, result)
    }

    @Test func manifestWithHostileTitlesValidates() throws {
        let validator = try #require(SCORMTestSupport.validator)
        let (_, data, _) = try manifest()
        let issues = validator.validate(data, documentName: "imsmanifest.xml")
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func titlesRoundTripExactly() throws {
        let (xml, data, _) = try manifest()
        let course = #"Fracciones <b>1</b> & "comillas" 'simples' 🧮👩🏽‍🏫"#
        #expect(try xml.string("//cp:organization/cp:title") == course)
        #expect(try xml.string("//imsmd:general/imsmd:title/imsmd:langstring") == course)
        #expect(try xml.string("//cp:item[@identifier='unit.1']/cp:title") == #"Unidad <1> & "2" 🚀"#)
        #expect(try xml.string("//cp:item[@identifier='item-lesson-leccion']/cp:title") == #"a < b & c > d "citas" 'y' ✨"#)
        #expect(try xml.string("//cp:item[@identifier='item-final-evaluacion']/cp:title") == "Evaluación & <final> 🏁 (final)")
        #expect(try xml.strings("//imsmd:keyword/imsmd:langstring").contains("<tag>"))
        #expect(try xml.string("//imsmd:description/imsmd:langstring") == "Descripción con <etiquetas>, & ampersands y emoji 📐.")
        // Escaped by the writer, not smuggled in as markup.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("&lt;b&gt;1&lt;/b&gt; &amp;"))
        #expect(!text.contains("<b>"))
    }

    @Test func longTitleIsShortenedWithADiagnostic() throws {
        let (xml, _, result) = try manifest()
        let title = try #require(try xml.string("//cp:item[@identifier='item-lesson-larga']/cp:title"))
        #expect(title.unicodeScalars.count <= 200)
        #expect(title.hasSuffix("…"))
        #expect(title.hasPrefix("Una lección con un título larguísimo"))
        let shortened = result.diagnostics.filter { $0.id == "CS0801" }
        #expect(shortened.count == 1, "\(result.diagnostics)")
        #expect(shortened.first?.range.file == "curso/larga.md")
        #expect(shortened.first?.severity == .warning)
        // No other title needed shortening.
        let titles = try xml.strings("//cp:title")
        #expect(titles.filter { $0.hasSuffix("…") }.count == 1)
    }

    @Test func masteryScoreFollowsThePassPercentage() throws {
        let (xml, _, _) = try manifest()
        #expect(try xml.string("//cp:item[@identifier='item-diagnostic-evaluacion']/adlcp:masteryscore") == "70")
        #expect(try xml.string("//cp:item[@identifier='item-final-evaluacion']/adlcp:masteryscore") == "70")
        #expect(try xml.count("//cp:item[@identifier='item-lesson-leccion']/adlcp:masteryscore") == 0)
    }

    @Test func identifiersAreUniqueAndValidXMLIDs() throws {
        let (xml, _, _) = try manifest()
        let ids = try xml.strings("//@identifier")
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let first = try #require(id.unicodeScalars.first)
            #expect(!("0"..."9").contains(first) && first != "-" && first != ".", "\(id)")
            #expect(id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-._".unicodeScalars.contains($0)) }, "\(id)")
        }
    }

    /// Per-lesson packages of the same course: one per SCO, numbered in
    /// course order, each valid, each with its own manifest identifier, and
    /// the course title's diagnostic reported once, not once per package.
    @Test func lessonGranularityWritesOnePackagePerSCO() throws {
        let validator = try #require(SCORMTestSupport.validator)
        let (result, output) = try SCORMTestSupport.build(Self.fixture, granularity: .lesson)
        #expect(result.built, "\(result.diagnostics)")
        let phase = try #require(result.phase)
        let paths = result.artifacts.filter { $0.target == "scorm12" }.map(\.path)
        let prefix = "scorm12/\(phase.id)/curso-escape/"
        #expect(paths == [
            "01-diagnostic-evaluacion.zip", "02-lesson-leccion.zip", "03-lesson-larga.zip",
            "04-quiz-practica.zip", "05-final-evaluacion.zip",
        ].map { prefix + $0 })
        var identifiers = Set<String>()
        for package in SCORMTestSupport.packages(in: result, output: output) {
            let data = try SCORMTestSupport.manifest(of: package)
            #expect(validator.validate(data, documentName: package.lastPathComponent).isEmpty)
            let xml = try SCORMTestSupport.checker(data)
            #expect(try xml.count("//cp:resource[@adlcp:scormtype='sco']") == 1)
            identifiers.insert(try #require(try xml.string("/cp:manifest/@identifier")))
            let entries = try SafeArchiveReader(url: package).entries().filter { $0.type == .file }.map(\.path)
            #expect(Set(entries).subtracting(try xml.strings("//cp:file/@href")) == ["imsmanifest.xml"])
        }
        #expect(identifiers.count == paths.count)
        #expect(result.diagnostics.filter { $0.id == "CS0801" }.count == 1)
    }
}
