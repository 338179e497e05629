/// Reads a YAML mapping field by field, reporting what an author needs to
/// know: missing required fields, wrong types, and unknown fields (with a
/// "did you mean" for near misses). Every accessor marks its key as known,
/// and `finish()` reports the keys nobody asked for.
///
/// Typing follows YAML 1.2's core schema on demand: a key read with
/// `string` always gets the author's exact text (`no`, `1.10`), a key read
/// with `bool` accepts only `true`/`false`.
///
/// A reader made with a `FieldTable` knows its keys from the table (so
/// unknown keys and suggestions come from it), and takes from it whether a
/// key is required, the range of a number and the values of a choice; a
/// nested mapping read with `mapping` gets the table its field names. The
/// JSON Schemas are generated from the same tables (`FieldTables`).
public final class MappingReader {
    public let node: YAMLNode
    /// How messages name the mapping: "the front matter", "`platform`".
    public let context: Message
    /// The fields this mapping may have, when it is one of the source format's.
    public private(set) var table: FieldTable?
    private let pairs: [YAMLPair]
    private let sink: DiagnosticSink
    /// Keys declared so far, in order (for suggestions). A mapping has a
    /// dozen keys at most: a linear search beats hashing every lookup.
    private var known: [String] = []

    /// Returns nil (after reporting) when `node` is not a mapping.
    public init?(_ node: YAMLNode, context: Message, sink: DiagnosticSink) {
        self.node = node
        self.context = context
        self.sink = sink
        switch node.value {
        case .mapping(let pairs):
            self.pairs = pairs
        case .scalar where node.isNull:
            self.pairs = []
        default:
            sink.report(Rules.wrongType, at: node.range, "\(context) must be a mapping of `key: value` lines, found \(node.kindDescription)")
            return nil
        }
    }

    /// A reader for one of the source format's mappings (see `FieldTables`).
    public convenience init?(_ node: YAMLNode, table: FieldTable, sink: DiagnosticSink) {
        self.init(node, context: table.context, sink: sink)
        adopt(table)
    }

    /// Reads the rest of the mapping by `table`: once the front matter's
    /// `type` says whether it is a lesson, a quiz or the assessment.
    public func adopt(_ table: FieldTable) {
        self.table = table
        for name in table.names { allow(name) }
    }

    /// The table's field `key`. Reading a key the table does not declare
    /// is a mistake in coursec, caught by the tests (schemas would lie).
    private func spec(_ key: String) -> FieldSpec? {
        guard let table else { return nil }
        let spec = table[key]
        assert(spec != nil, "`\(key)` is read but not declared in the field table \(table.name)")
        return spec
    }

    private func isRequired(_ key: String, _ required: Bool?) -> Bool {
        required ?? spec(key)?.required ?? false
    }

    public var range: SourceRange { node.range }

    /// Declares keys that are valid here but read elsewhere (or not at all).
    public func allow(_ keys: String...) {
        for key in keys { allow(key) }
    }

    public func allow(_ key: String) {
        if !known.contains(key) { known.append(key) }
    }

    public func has(_ key: String) -> Bool { value(key) != nil }

    public func keyRange(_ key: String) -> SourceRange? {
        pairs.first { $0.key.scalar == key }?.key.range
    }

    public func value(_ key: String) -> YAMLNode? {
        allow(key)
        guard let pair = pairs.first(where: { $0.key.scalar == key }) else { return nil }
        return pair.value.isNull ? nil : pair.value
    }

    private func missing(_ key: String, required: Bool) {
        if required {
            sink.report(Rules.missingField, at: range, "\(context) has no `\(key)`")
        }
    }

    public func string(_ key: String, required: Bool? = nil) -> Located<String>? {
        guard let node = value(key) else { missing(key, required: isRequired(key, required)); return nil }
        return Self.string(node, what: "`\(key)`", sink: sink)
    }

    public static func string(_ node: YAMLNode, what: Message, sink: DiagnosticSink) -> Located<String>? {
        guard case .scalar(let s, _) = node.value else {
            sink.report(Rules.wrongType, at: node.range, "\(what) must be a text, found \(node.kindDescription)")
            return nil
        }
        return Located(s, at: node.range)
    }

    public func bool(_ key: String) -> Located<Bool>? {
        _ = spec(key)
        guard let node = value(key) else { return nil }
        switch node.scalar {
        case "true", "True", "TRUE": return Located(true, at: node.range)
        case "false", "False", "FALSE": return Located(false, at: node.range)
        default:
            let looksBoolean = ["yes", "no", "on", "off", "y", "n", "si", "sí"].contains(node.scalar?.lowercased() ?? "")
            let hint: Message = looksBoolean ? " (write `true` or `false`; `\(node.scalar ?? "")` is a text)" : ""
            sink.report(Rules.wrongType, at: node.range, "`\(key)` must be `true` or `false`, found \(describe(node))\(hint)")
            return nil
        }
    }

    public func int(_ key: String, required: Bool? = nil, range: ClosedRange<Int>? = nil) -> Located<Int>? {
        var allowed = range
        if allowed == nil, case .integer(let r)? = spec(key)?.type { allowed = r }
        guard let node = value(key) else { missing(key, required: isRequired(key, required)); return nil }
        guard case .scalar(let s, false) = node.value, let n = Int(s) else {
            sink.report(Rules.wrongType, at: node.range, "`\(key)` must be a whole number, found \(describe(node))")
            return nil
        }
        if let allowed, !allowed.contains(n) {
            sink.report(Rules.invalidValue, at: node.range, "`\(key)` must be between \(allowed.lowerBound) and \(allowed.upperBound), found \(n)")
            return nil
        }
        return Located(n, at: node.range)
    }

    /// One of the values the table allows for `key` (`kind`, `provider`):
    /// any other is reported with the allowed ones and a suggestion.
    public func choice(_ key: String, required: Bool? = nil) -> Located<String>? {
        guard let text = string(key, required: required) else { return nil }
        guard case .choice(let options)? = spec(key)?.type, !options.contains(text.value) else { return text }
        let hint: Message = Suggestion.closest(to: text.value, in: options).map { "; did you mean '\($0)'?" } ?? ""
        sink.report(Rules.invalidValue, at: text.range,
                    "\(key) '\(text.value)' must be one of \(options.joined(separator: ", "))\(hint)")
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    public func stringList(_ key: String, required: Bool? = nil) -> [Located<String>] {
        guard let node = value(key) else { missing(key, required: isRequired(key, required)); return [] }
        switch node.value {
        case .scalar:
            return Self.string(node, what: "`\(key)`", sink: sink).map { [$0] } ?? []
        case .sequence(let items):
            return items.compactMap { Self.string($0, what: "each entry of `\(key)`", sink: sink) }
        case .mapping:
            sink.report(Rules.wrongType, at: node.range, "`\(key)` must be a list, found a mapping")
            return []
        }
    }

    public func sequence(_ key: String, required: Bool? = nil) -> [YAMLNode]? {
        guard let node = value(key) else { missing(key, required: isRequired(key, required)); return nil }
        guard case .sequence(let items) = node.value else {
            sink.report(Rules.wrongType, at: node.range, "`\(key)` must be a list, found \(node.kindDescription)")
            return nil
        }
        return items
    }

    public func mapping(_ key: String, required: Bool? = nil, context: Message? = nil) -> MappingReader? {
        guard let node = value(key) else { missing(key, required: isRequired(key, required)); return nil }
        let reader = MappingReader(node, context: context ?? "`\(key)`", sink: sink)
        if case .object(let table)? = spec(key)?.type { reader?.adopt(table) }
        return reader
    }

    /// Every pair, for mappings whose keys are data (policy rules, blueprint).
    public var entries: [YAMLPair] { pairs }

    /// Reports keys that no accessor asked for.
    public func finish() {
        for pair in pairs {
            guard let key = pair.key.scalar else {
                sink.report(Rules.wrongType, at: pair.key.range, "keys must be texts")
                continue
            }
            if known.contains(key) { continue }
            var fixes: [Diagnostic.Fix] = []
            var message: Message = "unknown field `\(key)` in \(context)"
            if let suggestion = Suggestion.closest(to: key, in: known) {
                message = "unknown field `\(key)` in \(context); did you mean `\(suggestion)`?"
                fixes.append(.init(range: pair.key.range, replacement: suggestion, summary: "rename to `\(suggestion)`"))
            }
            sink.report(Rules.unknownField, at: pair.key.range, message, fixes: fixes)
        }
    }

    private func describe(_ node: YAMLNode) -> Message {
        if let s = node.scalar { return "`\(s)`" }
        return node.kindDescription
    }
}
