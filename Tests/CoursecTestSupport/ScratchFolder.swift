import Foundation

/// Scratch folders for tests, all under one folder per test process that is
/// removed when the process exits, so repeated `make test` runs do not pile
/// gigabytes of built courses into the system's temporary folder.
public enum ScratchFolder {
    /// `<tmp>/coursec-tests-<pid>`, created on first use.
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("coursec-tests-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit {
            try? FileManager.default.removeItem(at: ScratchFolder.root)
        }
        return root
    }()

    /// A new, empty folder named after `label`.
    public static func make(_ label: String) throws -> URL {
        let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
