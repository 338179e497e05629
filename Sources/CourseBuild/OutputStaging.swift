import CourseKit
import Foundation

/// A private folder inside the output folder where targets write. Being on
/// the same file system as the final paths, every artifact is moved into
/// place with one atomic rename; until then the output is untouched.
final class OutputStaging: @unchecked Sendable {
    let output: URL
    let url: URL
    private var committed = false

    /// The folders this build created to make the output folder (the output
    /// folder itself first, then its missing parents): a discarded build
    /// removes them again, so a refused build leaves no trace.
    private let createdFolders: [URL]

    init(output: URL) throws {
        self.output = output
        var missing: [URL] = []
        var folder = output
        while !FileManager.default.fileExists(atPath: folder.path), folder.pathComponents.count > 1 {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        createdFolders = missing
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw BuildError.output("cannot create the output folder '\(output.path)': \(error.localizedDescription)")
        }
        url = output.appendingPathComponent(".coursec-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    /// Moves each artifact from staging to the output. Files replace older
    /// files atomically (rename); a folder artifact replaces the older
    /// folder as a whole. `unchanged` files were not staged: the output
    /// already holds their exact bytes.
    func commit(_ artifacts: [BuiltArtifact], unchanged: Set<String> = []) throws {
        let fm = FileManager.default
        var folders = Set<String>()
        for artifact in artifacts where !unchanged.contains(artifact.path) {
            let source = url.appendingPathComponent(artifact.path)
            let target = output.appendingPathComponent(artifact.path)
            let folder = target.deletingLastPathComponent()
            if folders.insert(folder.path).inserted {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            if artifact.isDirectory {
                let old = target.deletingLastPathComponent()
                    .appendingPathComponent(".\(target.lastPathComponent).old-\(UUID().uuidString)")
                if fm.fileExists(atPath: target.path) { try fm.moveItem(at: target, to: old) }
                try fm.moveItem(at: source, to: target)
                try? fm.removeItem(at: old)
            } else if rename(source.path, target.path) != 0 {
                throw BuildError.output("cannot move '\(artifact.path)' into '\(output.path)': \(String(cString: strerror(errno)))")
            }
        }
        committed = true
    }

    func discard() {
        try? FileManager.default.removeItem(at: url)
        guard !committed else { return }
        for folder in createdFolders {
            guard (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true else { break }
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
