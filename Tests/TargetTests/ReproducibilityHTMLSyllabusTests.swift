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
        #expect(a.keys.contains("html/matematicas-1.zip"))
        #expect(a.keys.contains("html/matematicas-1/index.html"))
        #expect(a.keys.contains("syllabus/matematicas-1.html"))
        #expect(a.count > 40)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, digest) in a.sorted(by: { $0.key < $1.key }) {
            #expect(b[path] == digest, "\(path) differs between builds")
        }
    }
}
