import Foundation

/// A file system that remembers every answer it gives, so that work done
/// through it can later be reused after asking the same questions again
/// (`LoadMemo`; pages rendered by `coursec serve`).
public final class ProbeRecordingFileSystem: CourseFileSystem, @unchecked Sendable {
    private let base: CourseFileSystem
    private let lock = NSLock()
    private var recorded: [FileProbe] = []

    public init(_ base: CourseFileSystem) {
        self.base = base
    }

    /// Every answer given so far, in order.
    public var probes: [FileProbe] { lock.withLock { recorded } }

    private func record<T>(_ value: T, _ probe: (T) -> FileProbe) -> T {
        lock.withLock { recorded.append(probe(value)) }
        return value
    }

    public func contents(of path: String) throws -> [UInt8] {
        do {
            return record(try base.contents(of: path)) { .contents(path, $0) }
        } catch {
            lock.withLock { recorded.append(.contents(path, nil)) }
            throw error
        }
    }

    public func status(of path: String) -> FileStatus { record(base.status(of: path)) { .status(path, $0) } }
    public func directoryEntries(_ path: String) -> [String] {
        record(base.directoryEntries(path)) { .entries(path, $0.sorted()) }
    }
    public func url(for path: String) -> URL? { base.url(for: path) }
    public func read(_ path: String) -> FileRead { record(base.read(path)) { .read(path, $0) } }
    public func open(_ path: String) -> FileOpening { record(base.open(path)) { _ in .opened(path) } }
}
