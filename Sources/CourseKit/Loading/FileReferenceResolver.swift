/// Checks a path an author wrote: inside the repository, present, and of a
/// type the platform accepts for that use. Returns the repository-relative
/// path when it can be used.
struct FileReferenceResolver: Sendable {
    let fileSystem: CourseFileSystem
    let sink: DiagnosticSink

    func resolve(_ written: Located<String>, from directory: String, allowed: MediaTypes.Use) -> Located<String>? {
        if Self.isWebAddress(written.value) {
            reportWebAddress(written, allowed: allowed)
            return nil
        }
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
            let nearest = NearestPath(fileSystem: fileSystem)
            if let suggestion = nearest.suggestion(for: written.value, from: directory) {
                sink.report(Rules.missingFile, at: written.range, "file '\(written.value)' does not exist; did you mean '\(suggestion)'?",
                            fixes: [nearest.fix(replacing: written.value, at: written.range, with: suggestion)].compactMap { $0 })
            } else {
                sink.report(Rules.missingFile, at: written.range, "file '\(written.value)' does not exist (looked for '\(path)')")
            }
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

extension FileReferenceResolver {
    /// `https://…`, `http://…` or `www.…`: an address on the web.
    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.trimmed.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("www.")
    }

    /// A web address where a file belongs (CS0212): a lesson's file says
    /// how to make it a link lesson, other files how to ship the file.
    private func reportWebAddress(_ written: Located<String>, allowed: MediaTypes.Use) {
        let lessonFile = [MediaTypes.video, MediaTypes.audio, MediaTypes.pdf, MediaTypes.zip].contains { $0.extensions == allowed.extensions }
        if lessonFile {
            let provider = ExternalResource.Provider.guess(for: written.value)
            sink.report(AuthoringRules.urlAsFile, at: written.range,
                        "`file:` names a web address, not a file of the repository; make the lesson `kind: link` with `resource:` (provider: \(provider.rawValue), url: …, title: …), or download the file into the course's media/ folder")
        } else {
            sink.report(AuthoringRules.urlAsFile, at: written.range,
                        "this names a web address where \(allowed.description) file of the repository belongs; download the file into the course's media/ folder and name it here")
        }
    }
}
