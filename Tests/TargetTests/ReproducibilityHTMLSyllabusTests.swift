import Foundation
import Testing

/// The offline course and the syllabus are the same bytes whatever the
/// machine's state: two builds through the CLI, from copies in different
/// folders, with different time zones, umasks and source modification
/// times, give identical SHA-256 for every output file.
@Suite struct ReproducibilityHTMLSyllabusTests {
    @Test func htmlAndSyllabusOutputsAreByteForByteReproducible() throws {
        let (first, second) = try ReproducibleBuild.twoBuilds(arguments: ["--target", "html,syllabus"])
        let a = try ReproducibleBuild.digests(first), b = try ReproducibleBuild.digests(second)
        for course in HTMLTestSupport.exampleCourses {
            #expect(a.keys.contains("html/\(course).zip"))
            #expect(a.keys.contains("html/\(course)/index.html"))
            #expect(a.keys.contains("syllabus/\(course).html"))
        }
        #expect(a.keys.contains { $0.hasPrefix("html/quimica-1/media/") && $0.hasSuffix("-balanceo-del-metano.mp4") })
        #expect(a.count > 80)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, digest) in a.sorted(by: { $0.key < $1.key }) {
            #expect(b[path] == digest, "\(path) differs between builds")
        }
    }
}
