import Foundation
import Testing

/// The example course's packages are the same bytes whatever the machine's
/// state: two builds through the CLI from copies in different folders, with
/// different time zones, umasks and source mtimes, give identical SHA-256.
@Suite struct SCORMReproducibilityTests {
    @Test(arguments: ["course", "lesson"])
    func packagesAreByteForByteReproducible(granularity: String) throws {
        let (first, second) = try ReproducibleBuild.twoBuilds(
            arguments: ["--target", "scorm12", "--scorm-granularity", granularity])
        let a = try ReproducibleBuild.digests(first) { $0.hasSuffix(".zip") }
        let b = try ReproducibleBuild.digests(second) { $0.hasSuffix(".zip") }
        #expect(!a.isEmpty)
        #expect(a == b)
    }
}
