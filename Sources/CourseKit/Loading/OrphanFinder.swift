/// Finds Markdown files in course folders that no outline names: usually a
/// lesson the author forgot to add, which would silently never be published.
struct OrphanFinder {
    let fileSystem: CourseFileSystem
    let sink: DiagnosticSink

    /// The Markdown files of each course folder, sorted, with their sizes
    /// (the outline sizes its batches with them).
    func list(courses: [String]) -> [[(path: String, size: Int)]] {
        // Listing folders is system calls: one course per core.
        Parallel.map(courses) { folder in markdownFiles(in: folder, depth: 0).sorted { $0.path < $1.path } }
    }

    /// Reports each listed file that is not in `used` and not a draft.
    func report(_ listing: [[(path: String, size: Int)]], used: Set<String>) {
        _ = Parallel.map(listing) { files in
            for (path, _) in files where !used.contains(path) {
                if (try? fileSystem.contents(of: path)).map(Self.isDraft) == true { continue }
                sink.report(Rules.orphanFile, at: .file(path),
                            "'\(path)' is not in the outline of its course, so it will not be published")
            }
        }
    }

    private func markdownFiles(in directory: String, depth: Int) -> [(path: String, size: Int)] {
        guard depth < 8 else { return [] }
        var result: [(path: String, size: Int)] = []
        for name in fileSystem.directoryEntries(directory) where !name.hasPrefix(".") {
            let path = RepositoryPath.join(directory, name)
            switch fileSystem.status(of: path) {
            case .directory: result += markdownFiles(in: path, depth: depth + 1)
            case .file(let size) where name.lowercased().hasSuffix(".md") && name.uppercased() != "README.MD":
                result.append((path, size))
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
