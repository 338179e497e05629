/// Turns processed diagnostics into one output format. One small type per
/// format; each is tested against golden files.
public protocol DiagnosticRenderer {
    func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String
}

/// What renderers need besides the diagnostics.
public struct RenderContext {
    /// Prefix that makes repository-relative paths openable from the
    /// working directory (the DIR argument as the user wrote it).
    public var pathPrefix: String
    /// Source text for excerpts, by repository-relative path. Each file is
    /// read once however many diagnostics point into it (reading it again
    /// for each one made a report of thousands of diagnostics quadratic).
    public var source: (String) -> SourceFile?
    public var color: Bool
    public var toolVersion: String
    /// The language of messages, labels and the summary line.
    public var language: Language
    /// The folder the user is in, repository-relative, when it is inside
    /// the repository: paths are then shown relative to it
    /// (`lecciones/01.md`, `../course.yaml`) instead of through `pathPrefix`.
    public var currentFolder: String?

    public init(pathPrefix: String = "", source: @escaping (String) -> SourceFile? = { _ in nil },
                color: Bool = false, toolVersion: String = CoursecVersion.current, language: Language = .en) {
        self.pathPrefix = pathPrefix
        let cache = SourceCache(source)
        self.source = cache.file
        self.color = color
        self.toolVersion = toolVersion
        self.language = language
    }

    /// `message` in the context's language.
    public func text(_ message: Message) -> String { message.text(in: language) }

    public func displayPath(_ file: String) -> String {
        if let currentFolder, !currentFolder.isEmpty {
            let here = currentFolder.split(separator: "/")
            let there = file.split(separator: "/", omittingEmptySubsequences: false)
            var common = 0
            while common < here.count, common < there.count - 1, here[common] == there[common] { common += 1 }
            return (Array(repeating: "..", count: here.count - common) + there[common...].map(String.init)).joined(separator: "/")
        }
        return pathPrefix.isEmpty || pathPrefix == "." ? file : (pathPrefix.hasSuffix("/") ? pathPrefix + file : pathPrefix + "/" + file)
    }
}

/// Remembers each file `RenderContext.source` read, and files it could not read.
private final class SourceCache {
    private let read: (String) -> SourceFile?
    private var files: [String: SourceFile?] = [:]

    init(_ read: @escaping (String) -> SourceFile?) { self.read = read }

    func file(_ path: String) -> SourceFile? {
        if let known = files[path] { return known }
        let file = read(path)
        files[path] = .some(file)
        return file
    }
}

public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github

    public var renderer: DiagnosticRenderer {
        switch self {
        case .text: TextDiagnosticRenderer()
        case .json: JSONDiagnosticRenderer()
        case .sarif: SARIFDiagnosticRenderer()
        case .github: GitHubDiagnosticRenderer()
        }
    }
}

/// The version coursec reports in SARIF, release manifests and `--version`.
public enum CoursecVersion {
    public static let current = "0.1.0"
}
