/// Reads and decodes source files through the file system, reporting
/// missing, unsafe, empty or undecodable files. Each file is read once.
struct SourceReader: Sendable {
    let fileSystem: CourseFileSystem
    let sink: DiagnosticSink

    /// Reads a repository-relative path that something at `reference` named.
    func read(_ path: String, referencedFrom reference: SourceRange?) -> SourceFile? {
        let bytes: [UInt8]
        switch fileSystem.read(path) {
        case .missing:
            reportMissing(path, referencedFrom: reference)
            return nil
        case .linkOutside:
            sink.report(Rules.pathOutsideRepository, at: reference ?? .file(path),
                        "'\(path)' leads outside the repository through a symbolic link (the file, or a folder on its path)")
            return nil
        case .unreadable:
            sink.report(Rules.missingFile, at: reference ?? .file(path), "file '\(path)' cannot be read")
            return nil
        case .bytes(let read):
            bytes = read
        }
        if bytes.isEmpty || bytes == [0xEF, 0xBB, 0xBF] {
            sink.report(Rules.emptyFile, at: .file(path), "'\(path)' is empty")
            return nil
        }
        switch SourceDecoder.decode(bytes, path: path, into: sink) {
        case .decoded(let file): return file
        case .refused: return nil
        }
    }

    /// Parses a whole file as YAML.
    func yaml(_ path: String, referencedFrom reference: SourceRange?) -> (SourceFile, YAMLNode)? {
        guard let file = read(path, referencedFrom: reference) else { return nil }
        if file.text.allSatisfy({ $0.isWhitespace }) {
            sink.report(Rules.emptyFile, at: .file(path), "'\(path)' is empty")
            return nil
        }
        guard let node = YAMLParser.parse(file.text, in: file, sink: sink) else { return nil }
        return (file, node)
    }

    /// A missing file, with the existing file its name is nearest to. The
    /// reference holds the path as written, relative to a folder: the end
    /// of `path` when the written path has no `./` or `../`.
    private func reportMissing(_ path: String, referencedFrom reference: SourceRange?) {
        let range = reference ?? .file(path)
        let length = range.start.line == range.end.line ? range.end.column - range.start.column : 0
        let scalars = path.unicodeScalars
        var written = path, directory = ""
        if reference != nil, length > 0, length < scalars.count, scalars[scalars.index(scalars.endIndex, offsetBy: -length - 1)] == "/" {
            written = String(String.UnicodeScalarView(scalars.suffix(length)))
            directory = String(String.UnicodeScalarView(scalars.dropLast(length + 1)))
        }
        let nearest = NearestPath(fileSystem: fileSystem)
        guard let suggestion = nearest.suggestion(for: written, from: directory) else {
            sink.report(Rules.missingFile, at: range, "file '\(path)' does not exist")
            return
        }
        sink.report(Rules.missingFile, at: range, "file '\(path)' does not exist; did you mean '\(suggestion)'?",
                    fixes: reference == nil ? [] : [nearest.fix(replacing: written, at: range, with: suggestion)].compactMap { $0 })
    }
}
