import Foundation
@testable import CourseKit

/// The messages coursec really says: every diagnostic, note and fix of
/// every rule example and of the fixture repositories, collected by
/// running the checks (an independent view of the catalog's use, beside
/// `SourceMessages`' reading of the sources).
enum RuntimeMessages {
    /// Repositories on disk whose diagnostics are collected too.
    static let repositories = [
        "Courses", "Tests/CoursecCLITests/Fixtures/many-problems", "Tests/CoursecCLITests/Fixtures/bad-input",
        "Tests/CoursecCLITests/Fixtures/coverage", "Tests/CoursecCLITests/Fixtures/good",
    ]

    static let diagnostics: [Diagnostic] = {
        var all: [Diagnostic] = []
        for rule in RuleRegistry.all where rule.category != .results {
            for example in rule.examples {
                let (files, _) = ExampleRepository.contents(for: example)
                if let result = try? CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files), katex: example.katex).check() {
                    all += result.diagnostics
                }
            }
        }
        for path in repositories {
            let root = SourceMessages.root.appendingPathComponent(path)
            if let result = try? CourseCompiler(root: root).check() { all += result.diagnostics }
        }
        return all
    }()

    /// Every message of the diagnostics: messages, notes, fixes.
    static var messages: [Message] {
        diagnostics.flatMap { [$0.message] + $0.notes.map(\.message) + $0.fixes.map(\.summary) }
    }

    /// Every template used, nested ones included, with a diagnostic that uses it.
    static let templates: [String: Diagnostic] = {
        var result: [String: Diagnostic] = [:]
        for diagnostic in diagnostics {
            for message in [diagnostic.message] + diagnostic.notes.map(\.message) + diagnostic.fixes.map(\.summary) {
                for template in message.templates where result[template] == nil { result[template] = diagnostic }
            }
        }
        return result
    }()
}
