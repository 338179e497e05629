/// One answer the file system gave (see `ProbeRecordingFileSystem`): asked
/// again, the same answer means the work done after it holds.
public enum FileProbe: Sendable, Equatable {
    case status(String, FileStatus)
    case read(String, FileRead)
    case contents(String, [UInt8]?)
    case entries(String, [String])
    /// A file opened for random access: what was read from it is not
    /// recorded, so work that opened a file is never reused.
    case opened(String)

    /// Whether the file system still gives the same answer.
    public func holds(in fileSystem: CourseFileSystem) -> Bool {
        switch self {
        case .status(let path, let status): return fileSystem.status(of: path) == status
        case .read(let path, let read): return fileSystem.read(path) == read
        case .contents(let path, let bytes): return (try? fileSystem.contents(of: path)) == bytes
        case .entries(let path, let names): return fileSystem.directoryEntries(path).sorted() == names
        case .opened: return false
        }
    }

    public var isUncheckable: Bool {
        if case .opened = self { return true }
        return false
    }
}
