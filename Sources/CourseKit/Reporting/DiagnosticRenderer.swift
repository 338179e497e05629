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
    /// Source text for excerpts, by repository-relative path.
    public var source: (String) -> SourceFile?
    public var color: Bool
    public var toolVersion: String
    /// The language of messages, labels and the summary line.
    public var language: Language

    public init(pathPrefix: String = "", source: @escaping (String) -> SourceFile? = { _ in nil },
                color: Bool = false, toolVersion: String = CoursecVersion.current, language: Language = .en) {
        self.pathPrefix = pathPrefix
        self.source = source
        self.color = color
        self.toolVersion = toolVersion
        self.language = language
    }

    /// `message` in the context's language.
    public func text(_ message: Message) -> String { message.text(in: language) }

    public func displayPath(_ file: String) -> String {
        pathPrefix.isEmpty || pathPrefix == "." ? file : (pathPrefix.hasSuffix("/") ? pathPrefix + file : pathPrefix + "/" + file)
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
