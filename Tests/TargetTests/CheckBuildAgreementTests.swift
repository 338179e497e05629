import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// `coursec check` says what `coursec build` will say: on every repository
/// of the test fixtures and the example courses, a build with every target
/// reports exactly the check's diagnostics (id, file, range, severity,
/// message) and is refused exactly when the check has errors. (The
/// bad-input corpus and the rule examples hold builds to the same.)
@Suite struct CheckBuildAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every folder holding a `coursec.yaml` under Tests/ and Courses/.
    static let repositories: [String] = {
        var found: [String] = []
        for top in ["Tests", "Courses"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(top).path)
            while let path = enumerator?.nextObject() as? String {
                if path.hasSuffix("/coursec.yaml") || path == "coursec.yaml" {
                    found.append(top + "/" + String(path.dropLast("coursec.yaml".count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")))
                }
            }
        }
        return found.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.sorted()
    }()

    @Test func thereAreRepositoriesToCompare() {
        #expect(Self.repositories.contains("Courses"))
        #expect(Self.repositories.count >= 7, "\(Self.repositories)")
    }

    @Test(arguments: repositories)
    func buildReportsExactlyWhatCheckReports(_ path: String) throws {
        let fileSystem = LocalFileSystem(root: Self.root.appendingPathComponent(path))
        let checked = try CourseCompiler(fileSystem: fileSystem).check()
        let out = try ScratchFolder.make("agreement").appendingPathComponent("out")
        let built = try CourseBuilder(fileSystem: fileSystem, output: out, options: BuildOptions()).build()
        #expect(RuleExampleBuildTests.described(built.diagnostics) == RuleExampleBuildTests.described(checked.diagnostics), "\(path)")
        #expect(built.built == !checked.hasErrors, "\(path)")
    }
}
