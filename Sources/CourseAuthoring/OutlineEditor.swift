import CourseKit
import Foundation

/// Adds a file to a `course.yaml` by editing its text where the YAML
/// parser says the outline is, so the author's comments, order, quoting and
/// layout stay exactly as they were (the document is never re-serialized).
public struct OutlineEditor {
    /// Why the outline could not be edited.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unreadable
        case noOutline
        case noUnit(String, [String])
        case unusualItems(String)
        case hasAssessment(String)

        /// What went wrong, for the author.
        public var message: Message {
            switch self {
            case .unreadable: "course.yaml has errors; fix them (coursec check) and try again"
            case .noOutline: "course.yaml has no `outline` with units; add a unit first"
            case .noUnit(let unit, let units):
                "there is no unit '\(unit)' in the outline (units: \(units.joined(separator: ", ")))"
            case .unusualItems(let unit):
                "the `items` of unit '\(unit)' are not a list coursec can edit; add the file by hand"
            case .hasAssessment(let path):
                "the course already has an assessment: \(path)"
            }
        }

        public var description: String { message.description }
    }

    public var text: String

    public init(text: String) {
        self.text = text
    }

    private func parse() throws -> YAMLNode {
        let sink = DiagnosticSink()
        guard let root = YAMLParser.parse(text, in: SourceFile(path: "course.yaml", text: text), sink: sink),
              sink.diagnostics.isEmpty, case .mapping = root.value else { throw Problem.unreadable }
        return root
    }

    /// Appends `item` (a path relative to the course folder) to the items of
    /// the unit whose `id` or title is `unit`, or of the last unit.
    public mutating func addItem(_ item: String, unit: String? = nil) throws {
        let root = try parse()
        guard case .sequence(let units)? = Self.value("outline", in: root)?.value, !units.isEmpty else { throw Problem.noOutline }
        let names = units.map { Self.value("id", in: $0)?.scalar ?? Self.value("unit", in: $0)?.scalar ?? "?" }
        let chosen: YAMLNode
        if let unit {
            guard let found = units.first(where: { Self.value("id", in: $0)?.scalar == unit || Self.value("unit", in: $0)?.scalar == unit })
            else { throw Problem.noUnit(unit, names) }
            chosen = found
        } else {
            chosen = units[units.count - 1]
        }
        let unitName = Self.value("unit", in: chosen)?.scalar ?? "?"
        guard let items = Self.value("items", in: chosen) else { throw Problem.unusualItems(unitName) }
        var lines = text.components(separatedBy: "\n")
        switch items.value {
        case .sequence(let entries) where !entries.isEmpty && !isFlow(items, lines: lines):
            // A block list: a new line after the last entry, with its `- ` and indentation.
            let last = entries[entries.count - 1].range.start
            let line = lines[last.line - 1]
            let prefix = String(String.UnicodeScalarView(line.unicodeScalars.prefix(last.column - 1)))
            guard prefix.trimmingCharacters(in: .whitespaces) == "-" else { throw Problem.unusualItems(unitName) }
            lines.insert(prefix + Self.yamlText(item), at: last.line)
        case .sequence(let entries):
            // A flow list `[a, b]`: before its closing bracket.
            let start = items.range.start
            guard let close = Self.closingBracket(in: lines, line: start.line, column: start.column) else {
                throw Problem.unusualItems(unitName)
            }
            var scalars = Array(lines[close.line - 1].unicodeScalars)
            let insertion = (entries.isEmpty ? "" : ", ") + Self.yamlText(item)
            scalars.insert(contentsOf: insertion.unicodeScalars, at: close.column - 1)
            lines[close.line - 1] = String(String.UnicodeScalarView(scalars))
        default:
            throw Problem.unusualItems(unitName)
        }
        text = lines.joined(separator: "\n")
    }

    /// Sets `assessment: path` at the end of the file; refuses when the course has one.
    public mutating func setAssessment(_ path: String) throws {
        let root = try parse()
        if let existing = Self.value("assessment", in: root) { throw Problem.hasAssessment(existing.scalar ?? "") }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += "assessment: " + Self.yamlText(path) + "\n"
    }

    private func isFlow(_ node: YAMLNode, lines: [String]) -> Bool {
        let start = node.range.start
        guard start.line >= 1, start.line <= lines.count else { return false }
        return Array(lines[start.line - 1].unicodeScalars).dropFirst(start.column - 1).first == "["
    }

    static func value(_ key: String, in node: YAMLNode) -> YAMLNode? {
        guard case .mapping(let pairs) = node.value else { return nil }
        guard let value = pairs.first(where: { $0.key.scalar == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// The `]` that closes the `[` at (line, column), skipping quoted texts.
    static func closingBracket(in lines: [String], line: Int, column: Int) -> SourcePosition? {
        var depth = 0
        var quote: Unicode.Scalar?
        for number in line...lines.count {
            let scalars = Array(lines[number - 1].unicodeScalars)
            var index = number == line ? column - 1 : 0
            while index < scalars.count {
                let c = scalars[index]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#", index > 0, scalars[index - 1] == " " {
                    break // a comment runs to the end of the line
                } else if c == "[" {
                    depth += 1
                } else if c == "]" {
                    depth -= 1
                    if depth == 0 { return SourcePosition(line: number, column: index + 1) }
                }
                index += 1
            }
        }
        return nil
    }

    /// A path or title as a YAML scalar (`YAMLScalar`).
    public static func yamlText(_ text: String) -> String {
        YAMLScalar.text(text)
    }
}
