import Foundation
import Testing

/// The executable allocates with mimalloc (linked in Package.swift), not
/// glibc's malloc: mimalloc announces itself when asked to be verbose.
@Suite struct AllocatorTests {
    @Test func theExecutableRunsOnMimalloc() throws {
        let out = try CLIRunner.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(out.status == 0)
        #expect(out.stderr.contains("mimalloc: process init"), "\(out.stderr)")
        let quiet = try CLIRunner.run(["--version"])
        #expect(!quiet.stderr.contains("mimalloc"), "mimalloc says nothing unless asked")
    }
}
