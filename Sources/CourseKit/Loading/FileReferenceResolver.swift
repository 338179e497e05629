/// Checks a path an author wrote: inside the repository, present, and of a
/// type the platform accepts for that use. Returns the repository-relative
/// path when it can be used.
struct FileReferenceResolver: Sendable {
    let fileSystem: CourseFileSystem
    let sink: DiagnosticSink

    func resolve(_ written: Located<String>, from directory: String, allowed: MediaTypes.Use) -> Located<String>? {
        let path: String
        switch RepositoryPath.resolve(written.value, relativeTo: directory) {
        case .success(let p): path = p
        case .failure(.absolute):
            sink.report(Rules.pathOutsideRepository, at: written.range,
                        "'\(written.value)' is an absolute path; use a path relative to this file, inside the repository")
            return nil
        case .failure(.escapesRepository):
            sink.report(Rules.pathOutsideRepository, at: written.range, "'\(written.value)' leaves the repository")
            return nil
        case .failure(.empty):
            sink.report(Rules.invalidValue, at: written.range, "empty path")
            return nil
        }
        switch fileSystem.status(of: path) {
        case .missing:
            sink.report(Rules.missingFile, at: written.range, "file '\(written.value)' does not exist (looked for '\(path)')")
            return nil
        case .directory:
            sink.report(Rules.missingFile, at: written.range, "'\(written.value)' is a folder, not a file")
            return nil
        case .linkOutside:
            sink.report(Rules.pathOutsideRepository, at: written.range,
                        "'\(written.value)' leads outside the repository through a symbolic link (the file, or a folder on its path)")
            return nil
        case .file:
            break
        }
        let ext = RepositoryPath.pathExtension(path)
        if !allowed.extensions.contains(ext) {
            sink.report(Rules.unsupportedMedia, at: written.range,
                        "'.\(ext)' is not accepted for \(allowed.description); use one of: \(allowed.extensions.sorted().joined(separator: ", "))")
            return nil
        }
        return Located(path, at: written.range)
    }
}
