import CourseKit
import Foundation

/// `coursec init`: a new repository from `Templates/init/` (a
/// `coursec.yaml`, a framework, one course with a lesson, a practice quiz
/// and the assessment, commented in Spanish) plus the JSON Schemas its
/// `# yaml-language-server: $schema=…` lines name. It checks clean.
public enum RepositoryScaffold {
    /// Why a repository could not be created.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notEmpty(String)
        case notAFolder(String)
        case cannotWrite(String, String)

        /// What went wrong, for the author.
        public var message: Message {
            switch self {
            case .notEmpty(let path):
                "the folder '\(path)' is not empty; coursec init creates the repository in a new or empty folder"
            case .notAFolder(let path):
                "'\(path)' exists and is not a folder"
            case .cannotWrite(let path, let reason):
                "cannot write '\(path)': \(reason)"
            }
        }

        public var description: String { message.description }
    }

    /// Every file of a new repository, by path relative to its root, sorted.
    public static func files() -> [(path: String, contents: String)] {
        var files: [(String, String)] = []
        for (name, text) in AuthoringTemplates.files where name.hasPrefix("init/") {
            files.append((String(name.dropFirst("init/".count)), text))
        }
        for (name, schema) in SchemaGenerator.all() {
            files.append(("schemas/" + name, schema.text()))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes a new repository into `folder`, which must be absent or empty.
    /// Returns the paths written, relative to `folder`.
    @discardableResult
    public static func create(at folder: URL) throws -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Problem.notAFolder(folder.path) }
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard entries.isEmpty else { throw Problem.notEmpty(folder.path) }
        }
        let files = files()
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw Problem.cannotWrite(url.path, (error as NSError).localizedDescription)
            }
        }
        return files.map(\.path)
    }
}
