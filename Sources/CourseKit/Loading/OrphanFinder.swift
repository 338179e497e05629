/// Finds Markdown files in course folders that no outline names: usually a
/// lesson the author forgot to add, which would silently never be published.
struct OrphanFinder {
    let fileSystem: CourseFileSystem
    let sink: DiagnosticSink

    func report(courses: [String], used: Set<String>) {
        // Listing folders is system calls: one course per core.
        _ = Parallel.map(courses) { folder in
            for path in markdownFiles(in: folder, depth: 0).sorted() where !used.contains(path) {
                if (try? fileSystem.contents(of: path)).map(Self.isDraft) == true { continue }
                sink.report(Rules.orphanFile, at: .file(path),
                            "'\(path)' is not in the outline of its course, so it will not be published")
            }
        }
    }

    private func markdownFiles(in directory: String, depth: Int) -> [String] {
        guard depth < 8 else { return [] }
        var result: [String] = []
        for name in fileSystem.directoryEntries(directory) where !name.hasPrefix(".") {
            let path = RepositoryPath.join(directory, name)
            switch fileSystem.status(of: path) {
            case .directory: result += markdownFiles(in: path, depth: depth + 1)
            case .file where name.lowercased().hasSuffix(".md") && name.uppercased() != "README.MD": result.append(path)
            default: break
            }
        }
        return result
    }

    /// A front matter saying `draft: true` marks work in progress on purpose.
    private static func isDraft(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let matter = FrontMatter.split(head) else { return false }
        return matter.yaml.split(separator: "\n").contains { $0.trimmed == "draft: true" }
    }
}

import Foundation
