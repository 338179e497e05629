/// One problem found in a course repository.
///
/// Modelled on swift-docc's diagnostics: a stable rule id, a severity, a
/// primary source range, a one-line message, notes that point at related
/// places, and fixes that say what to replace. Messages are kept as
/// templates with arguments (`Message`); renderers turn a diagnostic into
/// text, JSON, SARIF or GitHub annotations in the reader's language, and
/// nothing here knows about output.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A related place, such as the first definition of a duplicate id.
    public struct Note: Sendable, Hashable, Codable {
        public var range: SourceRange?
        public var message: Message

        public init(range: SourceRange?, message: Message) {
            self.range = range
            self.message = message
        }
    }

    /// A suggested edit: replace the text in `range` with `replacement`.
    public struct Fix: Sendable, Hashable, Codable {
        public var range: SourceRange
        public var replacement: String
        public var summary: Message

        public init(range: SourceRange, replacement: String, summary: Message) {
            self.range = range
            self.replacement = replacement
            self.summary = summary
        }
    }

    /// The rule id, e.g. `CS0103`; `coursec explain CS0103` describes it.
    public var id: String
    public var severity: Severity
    public var range: SourceRange
    public var message: Message
    public var notes: [Note]
    public var fixes: [Fix]

    public init(id: String, severity: Severity, range: SourceRange, message: Message,
                notes: [Note] = [], fixes: [Fix] = []) {
        self.id = id
        self.severity = severity
        self.range = range
        self.message = message
        self.notes = notes
        self.fixes = fixes
    }
}

extension Diagnostic {
    /// Order used by every renderer: by file, then position, then id, so
    /// output is stable whatever order the parallel checks finished in.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            if a.range.file != b.range.file { return a.range.file < b.range.file }
            if a.range.start != b.range.start { return a.range.start < b.range.start }
            if a.id != b.id { return a.id < b.id }
            if a.message.template != b.message.template { return a.message.template < b.message.template }
            return a.message.description < b.message.description
        }
    }
}
