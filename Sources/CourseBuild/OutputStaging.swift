import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The new output tree of one run, built in a hidden folder beside the
/// output folder (`.<OUT>.coursec-work-<UUID>`, on the same file system)
/// and put in place of the old tree in one step by `commit`.
///
/// Targets write into it; when all succeeded, the commit links in, by hard
/// link, everything of the old output this build does not replace, swaps
/// the two trees (`FolderSwap`) and deletes the old one. Until the swap the
/// output is untouched; after it, it is wholly new: `kill -9` at any
/// instant leaves one or the other. Each run first removes what killed
/// runs for the same output left beside it (`RunLock`).
final class OutputStaging: @unchecked Sendable {
    let output: URL
    /// The new tree: targets write here.
    let url: URL
    private let lock: RunLock

    /// The folders this run created to hold the output (the output's
    /// missing parents, nearest first): a discarded run removes them again,
    /// so a refused build leaves no trace.
    private let createdFolders: [URL]

    init(output requested: URL) throws {
        output = Self.resolve(requested)
        if FolderSwap.current(output) == .notAFolder {
            throw BuildError.output("the output '\(output.path)' exists and is not a folder")
        }
        // The output folder is replaced as a whole: never the folder coursec
        // runs in (nor one above it), which would take the sources along.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if output.path == "/" || here == output.path || here.hasPrefix(output.path + "/") {
            throw BuildError.output("the output folder '\(output.path)' holds the current folder; give a folder of its own, such as dist")
        }
        let parent = output.deletingLastPathComponent()
        var missing: [URL] = []
        var folder = parent
        while !FileManager.default.fileExists(atPath: folder.path), folder.pathComponents.count > 1 {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        createdFolders = missing
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError.output("cannot create the folder '\(parent.path)': \(error.localizedDescription)")
        }
        Self.removeLeftovers(of: output)
        let id = UUID().uuidString
        lock = try RunLock(output: output, id: id)
        url = RunLock.workFolder(for: output, id: id)
        guard mkdir(url.path, 0o755) == 0 else {
            let error = BuildError.output("cannot create a work folder beside '\(output.path)': \(String(cString: strerror(errno)))")
            lock.release()
            throw error
        }
    }

    /// Completes the new tree with the old output's files that `artifacts`
    /// do not replace and puts it in place of the old tree. `unchanged`
    /// artifacts were not staged: the old output's copy is linked in.
    func commit(_ artifacts: [BuiltArtifact], unchanged: Set<String> = []) throws {
        let replaced = Set(artifacts.filter { $0.isDirectory && !unchanged.contains($0.path) }.map(\.path))
        // Runs for outputs in one folder commit one at a time, so none links
        // from a tree another is deleting. Where the file system has no such
        // lock (some network file systems), commits go on unserialized.
        let parent = open(output.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if parent >= 0 { _ = flock(parent, LOCK_EX) }
        let old: URL?
        do {
            defer { if parent >= 0 { close(parent) } } // also lets go of the lock
            switch FolderSwap.current(output) {
            case .missing, .notAFolder: break
            case .folder, .managedLink:
                try TreeCarryOver(old: output, new: url, replacedFolders: replaced).run()
                var info = stat()
                if stat(output.path, &info) == 0 { chmod(url.path, info.st_mode & 0o7777) }
            }
            old = try FolderSwap.replace(output, with: url)
        }
        if let old { try? FileManager.default.removeItem(at: old) }
        lock.release()
    }

    /// Throws the new tree away (a refused or failed build).
    func discard() {
        // After a commit the work folder holds the old tree, already removed,
        // or is the live tree the output links to: leave it.
        if case .managedLink(let target) = FolderSwap.current(output), target == url.lastPathComponent {
            lock.release()
            return
        }
        try? FileManager.default.removeItem(at: url)
        lock.release()
        // Parents this run created and that nothing else filled.
        for folder in createdFolders {
            guard (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true else { break }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// A link the user made to an output folder elsewhere is followed: the
    /// folder it names is replaced. coursec's own links (see `FolderSwap`)
    /// are the output itself.
    static func resolve(_ output: URL) -> URL {
        let output = output.standardizedFileURL
        var info = stat()
        guard lstat(output.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return output }
        if case .managedLink = FolderSwap.current(output) { return output }
        return output.resolvingSymlinksInPath()
    }

    /// Removes what killed runs left beside `output`, keeping the tree it links to.
    static func removeLeftovers(of output: URL) {
        var keep: String?
        if case .managedLink(let target) = FolderSwap.current(output) { keep = target }
        RunLock.removeLeftovers(of: output, keep: keep)
    }
}
