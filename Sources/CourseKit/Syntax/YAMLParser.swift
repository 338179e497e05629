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

    /// At most this many YAML mistakes are reported per document; parsing
    /// gives up after as many attempts to read on.
    public static let maximumReportedMistakes = 10

    /// Parses `text`, which starts at line `lineOffset + 1` of `file`.
    /// Returns nil (after reporting) when the document cannot be used.
    ///
    /// A mistake is reported at the line to change, in plain words
    /// (`YAMLMistakeFinder`), and parsing goes on as if it were fixed (with
    /// the certain fix, or without the line), so each mistake of a document
    /// is reported and the document is still read: a lesson with a broken
    /// title keeps its id, and nothing that refers to it fails. After a
    /// guess (a line left out, tabs taken as two spaces) nothing more is
    /// reported, since what follows may come from the guess.
    public static func parse(_ text: String, in file: SourceFile, lineOffset: Int = 0,
                             sink: DiagnosticSink) -> YAMLNode? {
        // Most front matter is flat `key: value` lines, read without Yams.
        if let node = FlatYAML.parse(text, in: file, lineOffset: lineOffset) { return node }
        return parseWithYams(text, in: file, lineOffset: lineOffset, sink: sink)
    }

    /// `parse` through Yams alone (what `FlatYAML` is tested against).
    static func parseWithYams(_ text: String, in file: SourceFile, lineOffset: Int = 0,
                              sink: DiagnosticSink) -> YAMLNode? {
        var lines: [String] = []
        var repaired = false
        var reporting = true
        if text.utf8.contains(0x09) {
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if replaceTabs(&lines, in: file, lineOffset: lineOffset, sink: sink) { repaired = true; reporting = false }
        }
        var root: Node?
        var attempts = 0
        // Lines a repair changed: a mistake found on one afterwards is
        // where the repaired text failed, which the author never wrote.
        var edited = Set<Int>()
        while true {
            do {
                // A resolver with no implicit types: every plain scalar is composed as
                // a string, so YAML 1.1 never turns `no` into false behind our back.
                root = try Yams.compose(yaml: repaired ? lines.joined(separator: "\n") : text, Resolver.basic, constructor, .utf8)
                break
            } catch let error as YamlError {
                if !repaired { lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
                attempts += 1
                // Past the limit the document is given up on; what was reported stands.
                guard attempts <= maximumReportedMistakes else { return nil }
                guard let mistake = mistake(for: error, lines: lines, file: file, lineOffset: lineOffset) else {
                    if reporting { sink.report(Rules.yamlSyntax, at: .file(file.path), "could not read YAML: \(String(describing: error))") }
                    return nil
                }
                if edited.contains(mistake.start.line) || mistake.notes.contains(where: { edited.contains($0.position.line) }) {
                    reporting = false
                }
                if reporting { report(mistake, in: file, lineOffset: lineOffset, sink: sink) }
                if mistake.fix == nil { reporting = false }
                if let changed = mistake.repairedLines { edited.formUnion(changed) }
                guard mistake.repair(&lines) else { return nil }
                repaired = true
            } catch {
                sink.report(Rules.yamlSyntax, at: .file(file.path), "could not read YAML: \(String(describing: error))")
                return nil
            }
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
    /// "found character that cannot start any token", and read as two
    /// spaces each so the rest of the document can be checked.
    private static func replaceTabs(_ lines: inout [String], in file: SourceFile, lineOffset: Int, sink: DiagnosticSink) -> Bool {
        var found = false
        for (index, line) in lines.enumerated() where line.utf8.contains(0x09) {
            var column = 1
            var indentation = String.UnicodeScalarView()
            var rest = Substring(line).unicodeScalars
            while let ch = rest.first, ch == " " || ch == "-" || ch == "\t" {
                if ch == "\t" {
                    let tab = file.range(line: index + 1 + lineOffset, column: column, length: 1)
                    sink.report(Rules.yamlTab, at: tab,
                                "a tab indents this line, and YAML allows only spaces; indent with spaces (the tab is read as two)",
                                fixes: [.init(range: tab, replacement: "  ", summary: "write two spaces")])
                    indentation.append(contentsOf: "  ".unicodeScalars)
                    found = true
                } else {
                    indentation.append(ch)
                }
                column += 1
                rest = rest.dropFirst()
            }
            lines[index] = String(indentation) + String(rest)
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

    /// The mistake behind a libyaml failure (nil for failures that are not
    /// about the text, which cannot be read on from).
    private static func mistake(for error: YamlError, lines: [String], file: SourceFile, lineOffset: Int) -> YAMLMistake? {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let failure = YAMLFailure(problem: problem, position: .init(line: mark.line, column: mark.column), context: context?.text,
                                      contextPosition: context.map { .init(line: $0.mark.line, column: $0.mark.column) })
            return YAMLMistakeFinder(failure, lines: lines, lineOffset: lineOffset).explain()
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            let second = DuplicateKeyLocator.secondOccurrence(of: key, firstLine: context.mark.line, column: context.mark.column,
                                                              in: lines.joined(separator: "\n"))
            var found = YAMLMistake(rule: Rules.duplicateKey, start: second ?? first, length: key.count, message: "duplicate key '\(key)'")
            if let second {
                found.notes = [(first, "'\(key)' first appears here")]
                found.blankLines = DuplicateKeyLocator.block(at: second.line, in: lines)
            }
            return found
        default:
            return nil
        }
    }

    private static func report(_ mistake: YAMLMistake, in file: SourceFile, lineOffset: Int, sink: DiagnosticSink) {
        func position(_ p: SourcePosition) -> SourcePosition { SourcePosition(line: p.line + lineOffset, column: p.column) }
        let notes = mistake.notes.map {
            Diagnostic.Note(range: range($0.position.line + lineOffset, $0.position.column, in: file), message: $0.message)
        }
        let fixes = mistake.fix.map {
            [Diagnostic.Fix(range: SourceRange(file: file.path, start: position($0.edit.start), end: position($0.edit.end)),
                            replacement: $0.edit.replacement, summary: $0.summary)]
        } ?? []
        sink.report(mistake.rule, at: range(mistake.start.line + lineOffset, mistake.start.column, length: mistake.length, in: file),
                    mistake.message, notes: notes, fixes: fixes)
    }
}
