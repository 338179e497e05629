/// Turns Mustache source into `Template.Node`s, line by line: a tag never
/// spans lines in `Templates/`, which is what lets standalone tags be
/// decided by looking at one line.
struct TemplateParser {
    let source: String
    let name: String

    private enum Tag {
        case variable(String, escaped: Bool)
        case open(String, inverted: Bool)
        case close(String)
        case partial(String)

        var canStandAlone: Bool {
            if case .variable = self { return false }
            return true
        }
    }

    private enum Piece {
        case text(Substring)
        case tag(Tag)
    }

    /// An open section: its name, where it started, and the nodes before it.
    private struct Frame {
        var path: [String]
        var inverted: Bool
        var line: Int
        var outer: [Template.Node]
    }

    func parse() throws(TemplateError) -> [Template.Node] {
        var nodes: [Template.Node] = []
        var open: [Frame] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            let lineNumber = offset + 1
            let isLast = offset == lines.count - 1
            let pieces = try pieces(of: line, line: lineNumber)
            // Standalone: one non-variable tag and only spaces or tabs around it.
            let tags = pieces.compactMap { if case .tag(let tag) = $0 { tag } else { nil } }
            let standalone = tags.count == 1 && tags[0].canStandAlone && pieces.allSatisfy {
                if case .text(let text) = $0 { text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } } else { true }
            }
            if standalone, case .partial = tags[0], case .text(let indent) = pieces[0], !indent.isEmpty {
                throw error(lineNumber, "an indented partial is not supported; start the line with the tag")
            }
            for piece in pieces {
                switch piece {
                case .text(let text):
                    if !standalone, !text.isEmpty { nodes.append(.text(String(text))) }
                case .tag(.variable(let name, let escaped)):
                    nodes.append(.variable(path: try path(name, lineNumber), escaped: escaped))
                case .tag(.partial(let partial)):
                    nodes.append(.partial(name: partial))
                case .tag(.open(let name, let inverted)):
                    open.append(Frame(path: try path(name, lineNumber), inverted: inverted, line: lineNumber, outer: nodes))
                    nodes = []
                case .tag(.close(let name)):
                    guard let frame = open.popLast() else { throw error(lineNumber, "{{/\(name)}} closes no section") }
                    guard frame.path.joined(separator: ".") == name else {
                        throw error(lineNumber, "{{/\(name)}} closes {{#\(frame.path.joined(separator: "."))}} (line \(frame.line))")
                    }
                    let section = Template.Node.section(path: frame.path, inverted: frame.inverted, body: nodes)
                    nodes = frame.outer
                    nodes.append(section)
                }
            }
            if !standalone, !isLast { nodes.append(.text("\n")) }
        }
        if let frame = open.last { throw error(frame.line, "{{#\(frame.path.joined(separator: "."))}} is never closed") }
        return Self.merged(nodes)
    }

    /// Splits one line into text and tags.
    private func pieces(of line: Substring, line number: Int) throws(TemplateError) -> [Piece] {
        var pieces: [Piece] = []
        var rest = line[...]
        while let open = rest.range(of: "{{") {
            pieces.append(.text(rest[..<open.lowerBound]))
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = afterOpen.range(of: closer) else { throw error(number, "a tag is not closed on its line") }
            var content = afterOpen[..<close.lowerBound]
            if triple { content = content.dropFirst() }
            rest = afterOpen[close.upperBound...]
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if triple {
                pieces.append(.tag(.variable(trimmed, escaped: false)))
                continue
            }
            let body = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch trimmed.first {
            case "#": pieces.append(.tag(.open(body, inverted: false)))
            case "^": pieces.append(.tag(.open(body, inverted: true)))
            case "/": pieces.append(.tag(.close(body)))
            case ">": pieces.append(.tag(.partial(body)))
            case "!", "=", "&", "$", "<":
                throw error(number, "{{\(trimmed)}}: this kind of tag is not supported in coursec templates")
            default: pieces.append(.tag(.variable(trimmed, escaped: true)))
            }
        }
        pieces.append(.text(rest))
        return pieces
    }

    private func path(_ name: String, _ line: Int) throws(TemplateError) -> [String] {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !name.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw error(line, "'\(name)' is not a name (the implicit iterator `.` is not supported)")
        }
        return parts
    }

    private func error(_ line: Int, _ message: String) -> TemplateError {
        TemplateError(template: name, line: line, message: message)
    }

    /// Adjacent text nodes joined, so rendering appends fewer pieces.
    static func merged(_ nodes: [Template.Node]) -> [Template.Node] {
        var out: [Template.Node] = []
        for node in nodes {
            switch node {
            case .text(let text):
                if case .text(let previous) = out.last { out[out.count - 1] = .text(previous + text) } else { out.append(node) }
            case .section(let path, let inverted, let body):
                out.append(.section(path: path, inverted: inverted, body: merged(body)))
            default:
                out.append(node)
            }
        }
        return out
    }
}

import Foundation
