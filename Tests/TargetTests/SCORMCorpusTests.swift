import CourseBuild
import CourseKit
import CourseXML
import Foundation
import Testing

/// Every manifest built from the benchmark corpus (12 courses, ~1,400
/// lessons and quizzes) validates against the published SCORM 1.2 schemas,
/// with libxml2 in process and once more with xmllint.
@Suite struct SCORMCorpusTests {
    @Test(.timeLimit(.minutes(3)))
    func everyCorpusManifestValidates() throws {
        let generator = try #require(SCORMTestSupport.builtProduct("coursec-corpus"),
                                     "coursec-corpus is not built (swift build --scratch-path .build-scorm)")
        let corpus = try SCORMTestSupport.temporaryFolder("corpus")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let generated = try SCORMTestSupport.run(generator, [corpus.path])
        #expect(generated.status == 0, "\(generated.output)")

        let (result, output) = try SCORMTestSupport.build(corpus, batches: .whole)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(result.built, "\(result.diagnostics.filter { $0.severity == .error }.prefix(5))")
        let packages = SCORMTestSupport.packages(in: result, output: output)
        #expect(packages.count == 12)

        let validator = try #require(SCORMTestSupport.validator)
        let xmllint = try #require(SCORMTestSupport.executable("xmllint"), "xmllint (libxml2-utils) is not installed")
        let manifests = try SCORMTestSupport.temporaryFolder("corpus-manifests")
        defer { try? FileManager.default.removeItem(at: manifests) }
        var files: [String] = []
        var scoCount = 0
        for package in packages {
            let data = try SCORMTestSupport.manifest(of: package)
            let issues = validator.validate(data, documentName: package.lastPathComponent)
            #expect(issues.isEmpty, "\(package.lastPathComponent): \(issues.prefix(5))")
            scoCount += try SCORMTestSupport.checker(data).count("//cp:resource[@adlcp:scormtype='sco']")
            let file = manifests.appendingPathComponent(package.deletingPathExtension().lastPathComponent + ".xml")
            try data.write(to: file)
            files.append(file.path)
        }
        // One xmllint run for all manifests.
        let run = try SCORMTestSupport.run(xmllint, ["--noout", "--schema", SCORMTestSupport.schemaEntry.path] + files)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.components(separatedBy: " validates").count - 1 == packages.count, "\(run.output)")
        // Every lesson and quiz is a SCO, plus the two assessments per course.
        let items = result.repository?.courses.reduce(0) { $0 + $1.items.count + ($1.assessment == nil ? 0 : 2) }
        #expect(scoCount == items)
    }
}
