/// Every framework item of a repository, indexed once so that resolving a
/// code is a dictionary lookup: plain codes (`M4`) map to every item that
/// has them, qualified codes (`mcc:M4`) to exactly one. Parents are kept so
/// that a lesson addressing a child item also counts for its parent target.
public struct CurriculumIndex: Sendable {
    public struct Entry: Sendable {
        /// The framework id, used to qualify the code.
        public var framework: String
        public var code: String
        public var type: String
        public var statement: String
        public var range: SourceRange
        /// Index of the parent item in `entries`, if any.
        public var parent: Int?
        /// `framework:code`, unambiguous everywhere.
        public var qualified: String { "\(framework):\(code)" }
    }

    public enum Resolution: Sendable, Equatable {
        case found(Int)
        /// No framework has the code; a close code, if any.
        case unknown(suggestion: String?)
        /// `xyz:M1` names a framework the repository does not declare.
        case unknownFramework(String, suggestion: String?)
        /// A plain code several frameworks have: their qualified codes.
        case ambiguous([String])
    }

    public private(set) var entries: [Entry] = []
    private var byPlain: [String: [Int]] = [:]
    private var byQualified: [String: Int] = [:]
    private var frameworkIDs: [String] = []

    public init(frameworks: [Framework] = []) {
        for framework in frameworks {
            frameworkIDs.append(framework.id.value)
            add(framework.items, framework: framework.id.value, parent: nil)
        }
    }

    private mutating func add(_ items: [Framework.Item], framework: String, parent: Int?) {
        for item in items {
            let index = entries.count
            entries.append(Entry(framework: framework, code: item.code, type: item.type, statement: item.statement,
                                 range: item.range, parent: parent))
            byPlain[item.code, default: []].append(index)
            // A code repeated inside one framework keeps its first item.
            if byQualified["\(framework):\(item.code)"] == nil { byQualified["\(framework):\(item.code)"] = index }
            add(item.children, framework: framework, parent: index)
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    public func resolve(_ written: String) -> Resolution {
        if let colon = written.firstIndex(of: ":") {
            let framework = String(written[..<colon])
            let code = String(written[written.index(after: colon)...])
            guard frameworkIDs.contains(framework) else {
                return .unknownFramework(framework, suggestion: Suggestion.closest(to: framework, in: frameworkIDs))
            }
            if let index = byQualified[written] { return .found(index) }
            let codes = entries.filter { $0.framework == framework }.map(\.code)
            return .unknown(suggestion: Suggestion.closest(to: code, in: codes).map { "\(framework):\($0)" })
        }
        guard let matches = byPlain[written] else {
            // Suggestions are only computed for mistakes, so the scan is rare.
            let all = Array(Set(entries.map(\.code))).sorted()
            return .unknown(suggestion: Suggestion.closest(to: written, in: all))
        }
        let frameworks = Set(matches.map { entries[$0].framework })
        if frameworks.count > 1 { return .ambiguous(matches.map { entries[$0].qualified }.sorted()) }
        return .found(matches[0])
    }

    /// The entry index, or nil for unknown and ambiguous codes (reported by
    /// `CodeResolutionCheck`; other checks skip them).
    public func index(of written: String) -> Int? {
        if case .found(let index) = resolve(written) { return index }
        return nil
    }

    /// The entry and its ancestors, nearest first.
    public func selfAndAncestors(_ index: Int) -> [Int] {
        var result = [index]
        var current = entries[index].parent
        while let parent = current, result.count <= entries.count {
            result.append(parent)
            current = entries[parent].parent
        }
        return result
    }

    /// The shortest way to write an entry's code: plain when only one
    /// framework has the code, qualified otherwise.
    public func display(_ index: Int) -> String {
        let entry = entries[index]
        let frameworks = Set((byPlain[entry.code] ?? []).map { entries[$0].framework })
        return frameworks.count > 1 ? entry.qualified : entry.code
    }
}
