import CoursecTestSupport
import CourseKit
import Foundation
import Testing

/// Export → import → export: every quiz and assessment of the example
/// repository, built by the `mct` target, imported back from its CSV in
/// place of its source, and built again, gives the same CSV bytes.
@Suite struct ImportRoundTripTests {
    /// Every question CSV under `dist`, by path relative to it.
    static func csvFiles(in dist: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = dist.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".csv") else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
        }
        return files
    }

    @Test func everyQuizComesBackByteForByte() throws {
        let work = try ScratchFolder.make("roundtrip")
        let courses = work.appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Courses"), to: courses)
        let first = try CLIRunner.run(["build", "Courses", "--target", "mct", "--out", "dist-1"], in: work)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let exported = try Self.csvFiles(in: work.appendingPathComponent("dist-1"))

        let repository = try CourseCompiler(root: courses).check().repository
        var quizzes: [Quiz] = []
        for course in repository.courses {
            quizzes += course.units.flatMap(\.items).compactMap(\.quiz)
            if let assessment = course.assessment { quizzes.append(assessment) }
        }
        #expect(quizzes.count >= 9)
        #expect(exported.count == quizzes.count, "one CSV per quiz: \(exported.keys.sorted())")

        for quiz in quizzes {
            let id = quiz.id.value
            let name = try #require(exported.keys.first { path in
                let file = path.split(separator: "/").last.map(String.init) ?? path
                return file == id + ".csv" || (file.hasSuffix("-" + id + ".csv") && file.prefix { $0 != "-" }.allSatisfy(\.isNumber))
            }, "no CSV for \(id)")
            let source = courses.appendingPathComponent(quiz.path)
            try FileManager.default.removeItem(at: source)
            let out = try CLIRunner.run(["import", "mct-questions", "dist-1/" + name, "--out", "Courses/" + quiz.path,
                                         "--id", id, "--title", quiz.title.value,
                                         "--type", quiz.kind == .assessment ? "assessment" : "quiz"], in: work)
            #expect(out.status == 0, "\(name): \(out.stdout)\(out.stderr)")
            #expect(out.stderr.hasPrefix("Imported \(quiz.items.count) questions into Courses/\(quiz.path) (id: \(id))"), "\(out.stderr)")
        }

        let second = try CLIRunner.run(["build", "Courses", "--target", "mct", "--out", "dist-2"], in: work)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        let reexported = try Self.csvFiles(in: work.appendingPathComponent("dist-2"))
        #expect(reexported.keys.sorted() == exported.keys.sorted())
        for (name, bytes) in exported {
            #expect(reexported[name] == bytes, "\(name) differs after the round trip")
        }
    }
}
