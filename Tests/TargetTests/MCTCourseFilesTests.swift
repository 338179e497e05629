import Foundation
import Testing

/// `course.json` and `DEPLOY.md`: what the bulk upload cannot carry.
@Suite struct MCTCourseFilesTests {
    static func build() throws -> URL {
        let folder = try MCTTestSupport.temporaryFolder("course")
        let root = try MCTTestSupport.repository(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try MCTTestSupport.build(root, out: out)
        #expect(result.built, "\(result.diagnostics)")
        return out.appendingPathComponent("mct/fase-1/curso")
    }

    @Test func courseJSONCarriesDetailsOutlineAndCounts() throws {
        let folder = try Self.build()
        let data = try Data(contentsOf: folder.appendingPathComponent("course.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["platformName"] as? String == "01 Física_ ¿por qué_ _1_")
        #expect(json["description"] as? String == "Curso de prueba con \"comillas\", comas y acentos.")
        #expect(json["enrollment"] as? String == "auto")
        #expect(json["certificate"] as? Bool == true)
        #expect(json["restrictLessonOrdering"] as? Bool == true)
        #expect(json["translatable"] as? Bool == false, "auto-enrolled courses cannot be translated")
        #expect(json["thumbnail"] as? String == "miniatura.png")
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["lessons"] == 6 && counts["lessonsInUpload"] == 5 && counts["externalLinks"] == 1)
        #expect(counts["practiceQuizzes"] == 1 && counts["assessments"] == 2 && counts["quizzes"] == 3 && counts["total"] == 9)
        let outline = try #require(json["outline"] as? [[String: Any]])
        #expect(outline.map { $0["kind"] as? String } == ["diagnostic", "lesson", "lesson", "quiz", "link", "lesson", "lesson", "lesson", "final"])
        #expect(outline.map { $0["number"] as? String } == ["00", "01", "02", "03", "04", "05", "06", "07", "08"])
        #expect(outline[4]["url"] as? String == "https://phet.colorado.edu/es/simulations/energy-skate-park")
        #expect(outline[3]["placeholderQuestions"] as? [Int] == [2, 3])
        #expect((outline[2]["subtitles"] as? [String: String])?["es"] == "subtitulos/02-video.es.vtt")
        let assessment = try #require(json["assessment"] as? [String: Any])
        #expect(assessment["passPercentage"] as? Int == 70 && assessment["attempts"] as? Int == 2)
        #expect(assessment["publishedAs"] as? [String] == ["diagnostic", "final"])
        // Sorted keys: the text is stable whatever the dictionary order.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.range(of: "\"assessment\"")!.lowerBound < text.range(of: "\"certificate\"")!.lowerBound)
    }

    @Test func deployChecklistPlacesEveryManualStep() throws {
        let folder = try Self.build()
        let md = try String(contentsOf: folder.appendingPathComponent("DEPLOY.md"), encoding: .utf8)
        #expect(md.contains("`../courses.zip`"))
        #expect(md.contains("**00 Evaluación diagnóstica — Física: ¿por qué? <1>**"))
        #expect(md.contains("**03 Práctica 1**") && md.contains("`03-practica.csv`"))
        #expect(md.contains("**04 Simulación de PhET**") && md.contains("https://phet.colorado.edu"))
        #expect(md.contains("**08 Evaluación final — Física: ¿por qué? <1>**") && md.contains("Aprobación 70 %"))
        #expect(md.contains("preguntas 2, 3"))
        #expect(md.contains("no permite traducciones"))
        // Steps come in outline order.
        let order = ["**00 ", "**03 ", "**04 ", "**08 "].map { md.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func filesNextToTheZip() throws {
        let folder = try Self.build()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["03-practica.csv", "DEPLOY.md", "course.json", "evaluacion.csv", "miniatura.png", "subtitulos"])
    }
}
