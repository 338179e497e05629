import CourseArchive
import CourseMedia

/// Media must be what their names say: not empty, with the signature of
/// their extension's format, and SVG images inert (`MediaInspector`).
///
/// Each file is opened once however often it is named, in parallel, and
/// only its first bytes are read, except SVG and WebVTT files, which are
/// streamed in pieces: a video of any size costs one 4 KiB read. Problems
/// are reported wherever the file is named. Missing files and paths
/// outside the repository were reported by the loader and are skipped.
public struct MediaContentCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { MediaRules.all }

    public func run(_ context: CheckContext) {
        guard let fileSystem = context.fileSystem else { return }
        let references = MediaReferences.all(in: context.repository)
        guard !references.isEmpty else { return }
        var paths: [String] = []
        var seen = Set<String>()
        for reference in references where seen.insert(reference.path).inserted { paths.append(reference.path) }
        let verdicts = Parallel.map(paths) { Self.inspect($0, fileSystem: fileSystem) }
        let byPath = Dictionary(uniqueKeysWithValues: zip(paths, verdicts))
        for reference in references {
            guard let found = byPath[reference.path], let verdict = found, let (rule, message) = Self.problem(verdict, path: reference.path) else { continue }
            context.sink.report(rule, at: reference.range, message)
        }
    }

    static func inspect(_ path: String, fileSystem: CourseFileSystem) -> MediaInspector.Verdict? {
        guard case .file(let source) = fileSystem.open(path) else { return nil }
        return try? MediaInspector.inspect(fileExtension: RepositoryPath.pathExtension(path), size: source.size,
                                           name: path) { try source.bytes(at: $0, count: $1) }
    }

    static func problem(_ verdict: MediaInspector.Verdict, path: String) -> (Rule, Message)? {
        let ext = RepositoryPath.pathExtension(path)
        switch verdict {
        case .fine:
            return nil
        case .empty:
            return (MediaRules.emptyMedia, "'\(path)' is empty (0 bytes)")
        case .mismatch(let actual, let leading):
            let expected: Message = MediaFormat.accepted(forExtension: ext)?.first.map(\.label) ?? "a .\(ext) file"
            let what: Message = actual.map { "this .\(ext) file is \($0.label)" }
                ?? "its content is no format coursec knows (it starts with \(leading.map { hex($0) }.joined(separator: " ")))"
            return (MediaRules.mediaContentMismatch, "'\(path)' is not \(expected): \(what)")
        case .malformed(let reason):
            return (MediaRules.mediaContentMismatch, "'\(path)' cannot be read as a .\(ext) file: \(reason)")
        case .unsafeSVG(let reason):
            return (MediaRules.unsafeSVG, "'\(path)' is not safe to show: \(reason)")
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
