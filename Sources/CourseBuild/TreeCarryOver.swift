import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Completes a new output tree with what the old one holds and this build
/// does not replace (other phases' and targets' outputs, files the build
/// found unchanged), by hard links: no byte is copied, and the old tree
/// stays intact until the new one has taken its place.
///
/// What this build wrote wins over the old tree: a staged file is never
/// overwritten, and a staged folder artifact (an offline site) is taken as
/// a whole, without the old folder's files merged into it.
struct TreeCarryOver {
    /// The old output tree.
    let old: URL
    /// The new tree, already holding what the build staged.
    let new: URL
    /// Output-relative paths of folder artifacts this build staged whole.
    let replacedFolders: Set<String>

    func run() throws {
        try merge("")
    }

    private func merge(_ relative: String) throws {
        let from = relative.isEmpty ? old : old.appendingPathComponent(relative)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: from.path) else { return }
        for name in names.sorted() where !Self.isLegacyLeftover(name, atTop: relative.isEmpty) {
            let path = relative.isEmpty ? name : relative + "/" + name
            if replacedFolders.contains(path) { continue }
            let source = old.appendingPathComponent(path), target = new.appendingPathComponent(path)
            var info = stat(), existing = stat()
            guard lstat(source.path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if lstat(target.path, &existing) == 0 {
                // Both folders: merge inside. Anything else: the new build's entry wins.
                if kind == S_IFDIR, (existing.st_mode & S_IFMT) == S_IFDIR { try merge(path) }
                continue
            }
            switch kind {
            case S_IFDIR:
                try check(mkdir(target.path, info.st_mode & 0o7777), "cannot create", target)
                try merge(path)
            case S_IFREG:
                try check(link(source.path, target.path), "cannot link", target)
            case S_IFLNK:
                let destination = try FileManager.default.destinationOfSymbolicLink(atPath: source.path)
                try check(symlink(destination, target.path), "cannot create the link", target)
            default:
                continue // sockets, devices: never part of an output
            }
        }
    }

    /// Leftovers of coursec versions that staged inside the output folder:
    /// `.coursec-staging-<UUID>` at its top and `.<name>.old-<UUID>` beside
    /// a replaced site. They are not carried into the new tree.
    static func isLegacyLeftover(_ name: String, atTop: Bool) -> Bool {
        if atTop, name.hasPrefix(".coursec-staging-"), UUID(uuidString: String(name.dropFirst(17))) != nil { return true }
        if name.hasPrefix("."), let range = name.range(of: ".old-", options: .backwards),
           UUID(uuidString: String(name[range.upperBound...])) != nil {
            return true
        }
        return false
    }

    private func check(_ status: Int32, _ what: String, _ url: URL) throws {
        guard status == 0 else { throw BuildError.output("\(what) \(url.path): \(String(cString: strerror(errno)))") }
    }
}
