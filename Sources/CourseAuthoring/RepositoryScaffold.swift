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

        public var description: String {
            switch self {
            case .notEmpty(let path):
                "la carpeta '\(path)' no está vacía; coursec init crea el repositorio en una carpeta nueva o vacía"
            case .notAFolder(let path):
                "'\(path)' existe y no es una carpeta"
            case .cannotWrite(let path, let reason):
                "no se pudo escribir '\(path)': \(reason)"
            }
        }
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
