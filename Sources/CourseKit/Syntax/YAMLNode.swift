/// A YAML node with its place in the source, as the loader needs it.
///
/// Built from Yams' composed tree. Scalars keep the exact text the author
/// wrote: `no`, `on`, `yes` and `1.10` stay strings, and only the typed
/// accessors of `MappingReader` decide, per key, whether a scalar is a number
/// or a boolean (YAML 1.2 core spelling only).
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case scalar(String, quoted: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    public var range: SourceRange

    public init(value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }

    /// A short name of the node's kind, for "expected a list, found a text" messages.
    public var kindDescription: Message {
        switch value {
        case .scalar(let s, let quoted): (s.isEmpty && !quoted) ? "nothing" : "a text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    public var scalar: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }

    /// True for an empty plain scalar (`key:` with nothing after it) or `~`/`null`.
    public var isNull: Bool {
        if case .scalar(let s, let quoted) = value, !quoted {
            return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        }
        return false
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
