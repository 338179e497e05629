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
        for files in corpusCases() {
            if let result = try? CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files)).check() { all += result.diagnostics }
        }
        return all
    }()

    /// The bad-input corpus (`Tests/CoursecCLITests/Fixtures/corpus`): each
    /// case's files laid over the base, in memory. Cases that need symbolic
    /// links or generated large files are left to `BadInputCorpusTests`.
    static func corpusCases() -> [[String: [UInt8]]] {
        let folder = SourceMessages.root.appendingPathComponent("Tests/CoursecCLITests/Fixtures/corpus")
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.json")),
              let cases = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else { return [] }
        let base = files(under: folder.appendingPathComponent("base"))
        return cases.filter { $0["links"] == nil && $0["fill"] == nil }.compactMap { corpusCase in
            guard let name = corpusCase["name"] as? String else { return nil }
            var files = base
            for path in corpusCase["remove"] as? [String] ?? [] { files[path] = nil }
            files.merge(Self.files(under: folder.appendingPathComponent("cases/" + name))) { $1 }
            return files
        }
    }

    /// Every regular file under `folder`, by path relative to it.
    static func files(under folder: URL) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = try? Data(contentsOf: url) else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = Array(data)
        }
        return result
    }

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
