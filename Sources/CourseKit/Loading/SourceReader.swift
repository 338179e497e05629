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
            sink.report(Rules.missingFile, at: reference ?? .file(path), "file '\(path)' does not exist")
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
}
