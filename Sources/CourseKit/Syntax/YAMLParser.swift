import Yams

/// Parses YAML with Yams' `compose`, keeping every node's line and column,
/// and turns libyaml's failures into diagnostics an author can act on.
public enum YAMLParser {
    /// Expanding aliases beyond this many nodes is refused ("billion laughs").
    public static let maximumExpandedNodes = 100_000

    /// `Constructor.default` builds a new constructor and its tables on every
    /// access; `compose` never constructs values, but the parser wants one.
    /// Immutable once made, so one is shared by every thread.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Parses `text`, which starts at line `lineOffset + 1` of `file`.
    /// Returns nil (after reporting) when the document cannot be used.
    public static func parse(_ text: String, in file: SourceFile, lineOffset: Int = 0,
                             sink: DiagnosticSink) -> YAMLNode? {
        // Most front matter is flat `key: value` lines, read without Yams.
        if let node = FlatYAML.parse(text, in: file, lineOffset: lineOffset) { return node }
        return parseWithYams(text, in: file, lineOffset: lineOffset, sink: sink)
    }

    /// `parse` through Yams alone (what `FlatYAML` is tested against).
    static func parseWithYams(_ text: String, in file: SourceFile, lineOffset: Int = 0,
                              sink: DiagnosticSink) -> YAMLNode? {
        if reportTabs(text, in: file, lineOffset: lineOffset, sink: sink) { return nil }
        let root: Node?
        do {
            // A resolver with no implicit types: every plain scalar is composed as
            // a string, so YAML 1.1 never turns `no` into false behind our back.
            root = try Yams.compose(yaml: text, Resolver.basic, constructor, .utf8)
        } catch let error as YamlError {
            report(error, text: text, in: file, lineOffset: lineOffset, sink: sink)
            return nil
        } catch {
            sink.report(Rules.yamlSyntax, at: .file(file.path), "could not read YAML: \(error)")
            return nil
        }
        guard let root else {
            return YAMLNode(value: .mapping([]), range: file.range(line: lineOffset + 1, column: 1, length: 0))
        }
        var budget = maximumExpandedNodes
        var converter = Converter(file: file, lineOffset: lineOffset, budget: budget)
        let node = converter.convert(root)
        budget = converter.budget
        if budget < 0 {
            sink.report(Rules.yamlAliasLimit, at: converter.overflowRange ?? .file(file.path),
                        "YAML aliases expand to more than \(maximumExpandedNodes) nodes; write the values out instead")
            return nil
        }
        return node
    }

    private struct Converter {
        let file: SourceFile
        let lineOffset: Int
        var budget: Int
        var overflowRange: SourceRange?

        mutating func convert(_ node: Node) -> YAMLNode {
            budget -= 1
            let range = rangeOf(node)
            if budget < 0 {
                if overflowRange == nil { overflowRange = range }
                return YAMLNode(value: .scalar("", quoted: false), range: range)
            }
            switch node {
            case .scalar(let scalar):
                return YAMLNode(value: .scalar(scalar.string, quoted: scalar.style != .plain), range: range)
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                for element in sequence {
                    if budget < 0 { break }
                    items.append(convert(element))
                }
                return YAMLNode(value: .sequence(items), range: range)
            case .mapping(let mapping):
                var pairs: [YAMLPair] = []
                for (key, value) in mapping {
                    if budget < 0 { break }
                    let k = convert(key)
                    pairs.append(YAMLPair(key: k, value: convert(value)))
                }
                return YAMLNode(value: .mapping(pairs), range: range)
            case .alias:
                return YAMLNode(value: .scalar("", quoted: false), range: range)
            }
        }

        func rangeOf(_ node: Node) -> SourceRange {
            guard let mark = node.mark else { return .file(file.path) }
            let line = mark.line + lineOffset
            var length = 1
            // Scalars, not Characters: grapheme counting showed up in profiles,
            // and columns are counted in scalars anyway.
            if case .scalar(let s) = node, !s.string.utf8.contains(0x0A) {
                length = max(s.string.unicodeScalars.count + (s.style == .plain ? 0 : 2), 1)
            }
            return YAMLParser.range(line, mark.column, length: length, in: file)
        }
    }

    /// Tabs in indentation are reported by us, clearly, instead of libyaml's
    /// "found character that cannot start any token".
    private static func reportTabs(_ text: String, in file: SourceFile, lineOffset: Int, sink: DiagnosticSink) -> Bool {
        // Most documents have no tab at all: one byte scan decides.
        guard text.utf8.contains(0x09) else { return false }
        var found = false
        var lineNumber = lineOffset
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var column = 1
            for ch in line.unicodeScalars {
                if ch == " " || ch == "-" { column += 1; continue }
                if ch == "\t" {
                    sink.report(Rules.yamlTab, at: file.range(line: lineNumber, column: column),
                                "tab character in YAML indentation; indent with spaces")
                    found = true
                }
                break
            }
        }
        return found
    }

    /// libyaml puts the end of a text without a final newline (and an empty
    /// value there) on the line after the last one; such a mark points at
    /// the end of the last line, so diagnostics stay inside the file.
    private static func range(_ line: Int, _ column: Int, length: Int = 1, in file: SourceFile) -> SourceRange {
        guard line > file.lineCount else { return file.range(line: line, column: column, length: length) }
        let last = file.lineCount
        return file.range(line: last, column: file.line(last).unicodeScalars.count + 1)
    }

    private static func report(_ error: YamlError, text: String, in file: SourceFile, lineOffset: Int,
                               sink: DiagnosticSink) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var notes: [Diagnostic.Note] = []
            if let context {
                notes.append(.init(range: range(context.mark.line + lineOffset, context.mark.column, in: file),
                                   message: context.text))
            }
            sink.report(Rules.yamlSyntax, at: range(mark.line + lineOffset, mark.column, in: file),
                        "YAML \(problem)", notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = file.range(line: context.mark.line + lineOffset, column: context.mark.column, length: key.count)
            let second = DuplicateKeyLocator.secondOccurrence(of: key, firstLine: context.mark.line,
                                                              column: context.mark.column, in: text)
                .map { file.range(line: $0.line + lineOffset, column: $0.column, length: key.count) }
            sink.report(Rules.duplicateKey, at: second ?? first, "duplicate key '\(key)'",
                        notes: second == nil ? [] : [.init(range: first, message: "'\(key)' first appears here")])
        default:
            sink.report(Rules.yamlSyntax, at: .file(file.path), "could not read YAML: \(error)")
        }
    }
}
