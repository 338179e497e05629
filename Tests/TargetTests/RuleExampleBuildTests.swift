import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// One truth, rule by rule: every rule's examples give exactly the same
/// diagnostics (id, file, range, severity, message) from `coursec build`
/// (all targets) as from `coursec check`, and a build is refused exactly
/// when the check has errors. Targets report nothing of their own.
@Suite struct RuleExampleBuildTests {
    static let examples: [(Rule, Int)] = RuleRegistry.all.filter { $0.category != .results }.flatMap { rule in
        rule.examples.indices.map { (rule, $0) }
    }

    @Test(arguments: examples.map { "\($0.0.id)#\($0.1)" })
    func buildSaysWhatCheckSays(_ key: String) throws {
        let parts = key.split(separator: "#")
        let rule = try #require(RuleRegistry.rule(id: String(parts[0])))
        let example = rule.examples[Int(parts[1])!]
        let files = ExampleRepository.contents(for: example).files
        let fileSystem = InMemoryFileSystem(bytes: files)
        let checked = try CourseCompiler(fileSystem: fileSystem, katex: example.katex).check()
        let out = try ScratchFolder.make("example-build").appendingPathComponent("out")
        let built = try CourseBuilder(fileSystem: fileSystem, output: out, options: BuildOptions(), katex: example.katex).build()
        #expect(Self.described(built.diagnostics) == Self.described(checked.diagnostics), "\(key)")
        #expect(built.built == !checked.hasErrors, "\(key): built \(built.built), check errors \(checked.hasErrors)")
        #expect(FileManager.default.fileExists(atPath: out.path) == built.built, "\(key)")
    }

    static func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id) \($0.severity) \($0.range.file):\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column) \($0.message)" }
    }
}
