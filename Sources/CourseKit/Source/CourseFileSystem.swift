import CourseArchive
import Foundation

/// What the loader needs from a file system, with repository-relative,
/// `/`-separated paths. The real one reads the disk; tests use
/// `InMemoryFileSystem` to build courses without touching it.
public protocol CourseFileSystem: Sendable {
    /// The bytes of a file. Throws for missing or unreadable files.
    func contents(of path: String) throws -> [UInt8]
    /// What is at `path`, following links only as far as `entryStatus` says.
    func status(of path: String) -> FileStatus
    /// Names of the entries of a directory (unsorted is fine; callers sort).
    func directoryEntries(_ path: String) -> [String]
    /// Absolute location for targets that stream files (nil in memory).
    func url(for path: String) -> URL?
    /// What `status` says and, for a file, its bytes: one look at the file
    /// where `status` then `contents` would take two.
    func read(_ path: String) -> FileRead
    /// A file opened for reading at any offset, without reading it all:
    /// what the checks use to look into archives and at the first bytes of
    /// media (a video may be gigabytes).
    func open(_ path: String) -> FileOpening
}

/// A file opened for random access, or why it could not be.
public enum FileOpening: Sendable {
    case file(any ByteSource)
    case missing
    case linkOutside
    case unreadable
}

/// A source file's bytes, or why there are none.
public enum FileRead: Sendable, Equatable {
    case bytes([UInt8])
    case missing
    case linkOutside
    case unreadable
}

extension CourseFileSystem {
    public func read(_ path: String) -> FileRead {
        switch status(of: path) {
        case .missing, .directory: return .missing
        case .linkOutside: return .linkOutside
        case .file: return (try? contents(of: path)).map(FileRead.bytes) ?? .unreadable
        }
    }

    /// Reads the whole file into memory: right for files held in memory.
    public func open(_ path: String) -> FileOpening {
        switch read(path) {
        case .bytes(let bytes): return .file(MemoryByteSource(bytes))
        case .missing: return .missing
        case .linkOutside: return .linkOutside
        case .unreadable: return .unreadable
        }
    }
}

public enum FileStatus: Sendable, Equatable {
    case missing
    case file(size: Int)
    case directory
    /// A symbolic link whose target is outside the repository, or anything
    /// reached through one (a linked folder on the way: `lecciones/` or the
    /// course folder itself).
    case linkOutside
}

/// The disk. Symbolic links are allowed inside the repository and refused
/// when they resolve outside it, so a course cannot ship `/etc/passwd`:
/// a link as the last component, or any folder on the way (a course
/// folder or `lecciones/` that links elsewhere).
public struct LocalFileSystem: CourseFileSystem {
    public let root: URL
    private let resolvedRoot: String
    private let rootPath: String
    private let folders: FolderContainment

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.resolvedRoot = Self.realpath(self.root.path) ?? self.root.path
        self.rootPath = self.root.path
        self.folders = FolderContainment()
    }

    public func url(for path: String) -> URL? {
        path.isEmpty ? root : root.appendingPathComponent(path)
    }

    public func contents(of path: String) throws -> [UInt8] {
        guard case .file = status(of: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return try FileBytes.read(rootPath + "/" + path)
    }

    public func read(_ path: String) -> FileRead {
        guard folderIsInside(path) else { return .linkOutside }
        // Nearly every source is a plain file: open it without following a
        // final symbolic link (no lstat first); a link takes the careful road.
        switch FileBytes.readRegularFile(rootPath + "/" + path) {
        case .bytes(let bytes): return .bytes(bytes)
        case .notRegular: return .missing
        case .missing: return .missing
        case .symbolicLink, .failed: break
        }
        switch status(of: path) {
        case .missing, .directory: return .missing
        case .linkOutside: return .linkOutside
        case .file: return (try? FileBytes.read(rootPath + "/" + path)).map(FileRead.bytes) ?? .unreadable
        }
    }

    public func open(_ path: String) -> FileOpening {
        switch status(of: path) {
        case .missing, .directory: return .missing
        case .linkOutside: return .linkOutside
        case .file:
            guard let source = try? FileByteSource(url: URL(fileURLWithPath: rootPath + "/" + path), name: path) else {
                return .unreadable
            }
            return .file(source)
        }
    }

    public func status(of path: String) -> FileStatus {
        guard folderIsInside(path) else { return .linkOutside }
        let full = path.isEmpty ? rootPath : rootPath + "/" + path
        var info = stat()
        guard lstat(full, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let real = Self.realpath(full) else { return .missing }
            guard real == resolvedRoot || real.hasPrefix(resolvedRoot + "/") else { return .linkOutside }
            guard stat(real, &info) == 0 else { return .missing }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file(size: Int(info.st_size))
        default: return .missing
        }
    }

    public func directoryEntries(_ path: String) -> [String] {
        let full = path.isEmpty ? root.path : root.appendingPathComponent(path).path
        return (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
    }

    /// Whether the folder holding `path` resolves inside the repository
    /// (each folder is resolved once per file system).
    private func folderIsInside(_ path: String) -> Bool {
        let folder = RepositoryPath.directory(of: path)
        guard !folder.isEmpty else { return true }
        return folders.isInside(folder) {
            // A folder that does not exist is not outside: the file is missing.
            guard let real = Self.realpath(rootPath + "/" + folder) else { return true }
            return real == resolvedRoot || real.hasPrefix(resolvedRoot + "/")
        }
    }

    static func realpath(_ path: String) -> String? {
        guard let resolved = Foundation.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Folders already resolved by a `LocalFileSystem`: whether each lies
/// inside the repository once its symbolic links are followed.
private final class FolderContainment: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Bool] = [:]

    func isInside(_ folder: String, resolve: () -> Bool) -> Bool {
        if let answer = lock.withLock({ known[folder] }) { return answer }
        let answer = resolve()
        lock.withLock { known[folder] = answer }
        return answer
    }
}

/// A file system held in memory, for tests and rule examples.
public struct InMemoryFileSystem: CourseFileSystem {
    public var files: [String: [UInt8]]
    /// Paths that behave as symbolic links to outside the repository
    /// (files, or folders: everything under a linked folder is outside too).
    public var outsideLinks: Set<String>

    public init(files: [String: String] = [:], outsideLinks: Set<String> = []) {
        self.files = files.mapValues { Array($0.utf8) }
        self.outsideLinks = outsideLinks
    }

    public init(bytes: [String: [UInt8]], outsideLinks: Set<String> = []) {
        self.files = bytes
        self.outsideLinks = outsideLinks
    }

    public func url(for path: String) -> URL? { nil }

    public func contents(of path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        return bytes
    }

    public func status(of path: String) -> FileStatus {
        if !outsideLinks.isEmpty {
            var folder = path
            while !folder.isEmpty {
                if outsideLinks.contains(folder) { return .linkOutside }
                folder = RepositoryPath.directory(of: folder)
            }
        }
        if let bytes = files[path] { return .file(size: bytes.count) }
        let prefix = path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
    }

    public func directoryEntries(_ path: String) -> [String] {
        let prefix = path.isEmpty ? "" : path + "/"
        var names = Set<String>()
        for key in files.keys where key.hasPrefix(prefix) {
            if let first = key.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(first)) }
        }
        return Array(names)
    }
}
