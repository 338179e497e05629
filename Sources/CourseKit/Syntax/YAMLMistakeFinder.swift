/// What libyaml reported, in the terms the explanations need: positions
/// are in the YAML text (1-based lines, scalar columns).
struct YAMLFailure {
    var problem: String
    var position: SourcePosition
    var context: String?
    var contextPosition: SourcePosition?
}

/// Turns a libyaml failure into the mistake an author made, in plain words,
/// at the line to change: a `: ` inside an unquoted value, no space after
/// `:`, a line indented like no other, a key at the level of a list's
/// dashes, an unclosed quote or bracket, a value that starts with a YAML
/// indicator. libyaml stops where the text stopped making sense, which is
/// often the line after the mistake; the recognizers look back from there.
/// A fix is offered only when it is certain (quoting a value, adding a
/// space, closing a quote); every mistake says how to read on (see
/// `YAMLMistake.repair`), so a document with several is read to its end.
struct YAMLMistakeFinder {
    let failure: YAMLFailure
    let lines: [YAMLLine]
    /// Lines of the file before the YAML text (front matter starts at line 2),
    /// for the line numbers messages name.
    let lineOffset: Int

    init(_ failure: YAMLFailure, lines: [String], lineOffset: Int = 0) {
        self.failure = failure
        self.lines = lines.map { YAMLLine(Substring($0)) }
        self.lineOffset = lineOffset
    }

    func explain() -> YAMLMistake {
        indentedStart() ?? unclosedQuote() ?? unknownEscape() ?? unclosedBracket() ?? colonInValue() ?? missingColon()
            ?? misplacedLine() ?? syntaxAtValueStart() ?? fallback()
    }

    private var context: String { failure.context ?? "" }
    private func line(_ n: Int) -> YAMLLine? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }

    private func mistake(_ line: Int, _ column: Int, length: Int = 1, _ message: Message) -> YAMLMistake {
        YAMLMistake(rule: Rules.yamlSyntax, start: .init(line: line, column: column), length: length, message: message)
    }

    /// `  id: a` then `title: x`: the document starts indented, and a later
    /// line does not.
    private func indentedStart() -> YAMLMistake? {
        guard failure.problem.contains("<document start>"), let first = lines.firstIndex(where: { !$0.isBlank }),
              lines[first].indent > 0, failure.position.line - 1 > first else { return nil }
        let indent = lines[first].indent
        let block = (first + 1)...(failure.position.line - 1)
        var found = mistake(first + 1, lines[first].column, "the document starts indented \(YAMLIndentation.spaces(indent)), and line \(failure.position.line + lineOffset) does not; start top-level keys at the beginning of the line")
        guard block.allSatisfy({ lines[$0 - 1].isBlank || lines[$0 - 1].indent >= indent }) else {
            found.blankLines = Array(block)
            return found
        }
        let moved = block.map { n in lines[n - 1].isBlank ? lines[n - 1].text : String(lines[n - 1].text.unicodeScalars.dropFirst(indent)) }
        found.fix = (YAMLMistake.Edit(start: .init(line: block.lowerBound, column: 1),
                                      end: .init(line: block.upperBound, column: lines[block.upperBound - 1].scalars.count + 1),
                                      replacement: moved.joined(separator: "\n")), "remove the indentation")
        return found
    }

    /// `title: "Energía` (the quote never ends): close it on its line.
    private func unclosedQuote() -> YAMLMistake? {
        guard context.contains("quoted scalar"), failure.problem.contains("end of stream") || failure.problem.contains("document"),
              let at = failure.contextPosition, let line = line(at.line), let quote = line.character(at: at.column) else { return nil }
        var found = mistake(at.line, at.column, "this value opens with \(quote) but never closes it; end the value with \(quote) on the same line")
        found.fix = (.insert(String(quote), line: at.line, column: line.trimmedEnd), "add \(quote) at the end of the line")
        return found
    }

    /// `file: "C:\fotos"`: a backslash in double quotes starts an escape.
    private func unknownEscape() -> YAMLMistake? {
        guard failure.problem.contains("unknown escape"), let at = failure.contextPosition, let line = line(at.line),
              line.character(at: at.column) == "\"" else { return nil }
        var found = mistake(at.line, at.column,
                            "inside double quotes a backslash starts an escape such as \\n; write the value in single quotes, where \\ is just a character")
        let inner = line.slice(at.column + 1, line.scalars.count + 1)
        if let close = inner.firstIndex(of: "\""), !inner[..<close].contains("\\\""), failure.position.line == at.line {
            let content = String(inner[..<close])
            let width = content.unicodeScalars.count
            found.fix = (.line(at.line, from: at.column, to: at.column + width + 2,
                               with: "'" + content.replacingOccurrences(of: "'", with: "''") + "'"), "use single quotes")
        } else {
            found.blankLines = [at.line]
        }
        return found
    }

    /// `objectives: [M1, M2` (the list never ends): close it on its line.
    private func unclosedBracket() -> YAMLMistake? {
        guard context.contains("flow sequence") || context.contains("flow mapping"),
              let at = failure.contextPosition, let line = line(at.line) else { return nil }
        let (open, close): (Unicode.Scalar, Unicode.Scalar) = context.contains("sequence") ? ("[", "]") : ("{", "}")
        let text = line.scalars[(at.column - 1)...]
        guard text.filter({ $0 == open }).count > text.filter({ $0 == close }).count else { return nil }
        var found = mistake(at.line, at.column, open == "["
            ? "the list that opens with \(open) here is not closed; end it with \(close) on the same line"
            : "the mapping that opens with \(open) here is not closed; end it with \(close) on the same line")
        let end = line.valueColumn == at.column ? line.valueEnd : line.trimmedEnd
        found.fix = (.insert(String(close), line: at.line, column: end), "add \(close)")
        return found
    }

    /// `title: Energía: trabajo` — a `: ` inside an unquoted value; or a key
    /// indented under the value above it; or a `: ` in a value that goes on
    /// over several lines.
    private func colonInValue() -> YAMLMistake? {
        guard failure.problem.hasPrefix("mapping values are not allowed"), let line = line(failure.position.line) else { return nil }
        let at = failure.position
        if line.isListItem, line.key.map({ !Self.isKey($0.name) }) ?? false {
            return quoteValue(line: at.line, key: nil, message: "this list item contains \": \", which YAML reads as a key; put the item in quotes")
        }
        if let key = line.key, let value = line.valueColumn, at.column > value {
            return quoteValue(line: at.line, key: key.name, message: "the value of `\(key.name)` contains \": \", which YAML reads as the start of another key; put the value in quotes")
        }
        // The line continues a plain value that starts on a line above.
        guard let owner = owner(ofContinuation: at.line), let ownerLine = self.line(owner), let ownerKey = ownerLine.key,
              let ownerValue = ownerLine.valueColumn else { return nil }
        if let key = line.key, key.column == line.contentColumn, Self.isKey(key.name) {
            var found = mistake(at.line, line.column, length: key.name.unicodeScalars.count,
                                "`\(key.name):` is indented more than `\(ownerKey.name):` on line \(owner + lineOffset), so YAML reads this line as more of `\(ownerKey.name)`'s value; line `\(key.name):` up with `\(ownerKey.name):`")
            found.fix = (.line(at.line, from: 1, to: line.column, with: String(repeating: " ", count: ownerKey.column - 1)),
                         "indent `\(key.name):` like `\(ownerKey.name):`")
            return found
        }
        var last = at.line
        while let next = self.line(last + 1), !next.isBlank, next.column > ownerKey.column { last += 1 }
        let text = (owner...last).map { n in n == owner ? ownerLine.slice(ownerValue, ownerLine.valueEnd) : lines[n - 1].slice(1, lines[n - 1].trimmedEnd) }
        var found = mistake(owner, ownerValue, "the value of `\(ownerKey.name)` goes on to line \(at.line + lineOffset), where \": \" makes YAML read a key; put the whole value in quotes")
        found.notes = [(at, "the \": \" is here")]
        found.fix = (YAMLMistake.Edit(start: .init(line: owner, column: ownerValue), end: .init(line: last, column: lines[last - 1].trimmedEnd),
                                      replacement: YAMLLine.quoted(text.joined(separator: "\n"))), "put the value in quotes")
        return found
    }

    /// `minutes:25` (no space after `:`), `title Energía` (no `:`), or a line
    /// of prose among the keys: libyaml reports them on the next line.
    private func missingColon() -> YAMLMistake? {
        guard failure.problem.contains("could not find expected ':'"), let at = failure.contextPosition,
              let line = line(at.line) else { return nil }
        let content = line.slice(line.contentColumn, line.scalars.count + 1)
        if let colon = content.firstIndex(of: ":") {
            let key = String(content[..<colon]), after = content[content.index(after: colon)...]
            if Self.isKey(key), let next = after.first, next != " ", !after.hasPrefix("//") {
                let column = line.contentColumn + key.unicodeScalars.count + 1
                var found = mistake(at.line, line.contentColumn, length: key.unicodeScalars.count + 1,
                                    "there is no space after `\(key):`, so YAML does not read `\(key)` as a key; write `\(key): \(after)`")
                found.fix = (.insert(" ", line: at.line, column: column), "add a space after `\(key):`")
                return found
            }
        }
        let word = content.prefix { $0 != " " }
        if Self.isKey(String(word)), word.count < content.count {
            let after = line.contentColumn + word.unicodeScalars.count
            var found = mistake(at.line, line.contentColumn, length: word.unicodeScalars.count,
                                "`\(word)` is not followed by `:`; write `\(word): \(content.dropFirst(word.count + 1))`")
            found.guess = .insert(":", line: at.line, column: after)
            found.blankLines = [at.line]
            return found
        }
        var found = mistake(at.line, line.contentColumn, "this line is not `key: value`, which YAML needs here; if it continues the value above, indent it; otherwise remove it")
        found.blankLines = [at.line]
        return found
    }

    /// A line indented like no line around it, a key at the level of a
    /// list's dashes, or text after a quoted or bracketed value.
    private func misplacedLine() -> YAMLMistake? {
        let keyExpected = failure.problem.contains("did not find expected key")
        guard keyExpected || failure.problem.contains("expected '-' indicator"), let line = line(failure.position.line) else { return nil }
        let at = failure.position
        if at.column > line.column {
            // Something after a complete value on the same line.
            guard let start = line.valueColumn ?? (line.isListItem ? line.contentColumn : nil), let first = line.character(at: start),
                  ["\"", "'", "[", "{"].contains(first) else { return nil }
            let what: Message = first == "[" ? "a list" : first == "{" ? "a mapping" : "a quoted text"
            return quoteValue(line: at.line, key: line.key?.name, whole: true,
                              message: "a value that starts with \(first) is read as \(what), and the text after its end is left over; put the whole value in quotes")
        }
        return YAMLIndentation(lines: lines, failure: failure, lineOffset: lineOffset).explain(line, at: at.line)
    }

    /// `title: *Importante*`, `title: @ana`: a value that starts with a
    /// character YAML reserves.
    private func syntaxAtValueStart() -> YAMLMistake? {
        let scanning = ["alias", "anchor", "tag", "block scalar", "next token"].contains { context.contains("while scanning an \($0)") || context.contains("while scanning a \($0)") || context.contains("for the \($0)") }
        guard scanning || failure.problem.contains("undefined alias") else { return nil }
        for n in [failure.contextPosition?.line, failure.position.line].compactMap({ $0 }) {
            guard let line = line(n), let start = line.valueColumn ?? (line.isListItem ? line.contentColumn : nil),
                  let first = line.character(at: start), let meaning = Self.indicatorMeaning[first] else { continue }
            return quoteValue(line: n, key: line.key?.name, whole: true,
                              message: "a value that starts with \(first) is \(meaning) in YAML, not text; put the value in quotes")
        }
        return nil
    }

    private func fallback() -> YAMLMistake {
        var n = min(failure.position.line, lines.count)
        while n > 1, lines[n - 1].isBlank { n -= 1 }
        let column = n == failure.position.line ? failure.position.column : max(1, lines[max(n, 1) - 1].column)
        var found = mistake(max(n, 1), column, "YAML cannot read this line (\(YAMLProblemText.message(failure.problem)))")
        if let context = failure.context, let position = failure.contextPosition, position.line != n {
            found.notes = [(position, YAMLProblemText.message(context))]
        }
        found.blankLines = [max(n, 1)]
        return found
    }

    /// Quotes the value of `line` (after `key: `, or the list item): a certain fix.
    private func quoteValue(line n: Int, key: String?, whole: Bool = false, message: Message) -> YAMLMistake? {
        guard let line = line(n) else { return nil }
        // `- unit: Energía: trabajo` quotes the unit's value; `- Energía: trabajo`, the whole item.
        let keyed = key.map { Self.isKey($0) || !line.isListItem } ?? false
        let start = keyed ? (line.valueColumn ?? line.contentColumn) : line.contentColumn
        let end = whole || start != line.valueColumn ? line.trimmedEnd : line.valueEnd
        let quoted = YAMLLine.quoted(line.slice(start, end))
        var found = mistake(n, start, length: max(1, end - start), message)
        found.fix = (.line(n, from: start, to: end, with: quoted), keyed ? "write \(key!): \(quoted)" : "write \(quoted)")
        return found
    }

    /// The line whose plain value goes on over the lines up to `line`.
    private func owner(ofContinuation n: Int) -> Int? {
        guard let continuation = line(n) else { return nil }
        var k = n - 1
        while k >= 1 {
            let above = lines[k - 1]
            if !above.isBlank, let key = above.key, key.column < continuation.column {
                return above.valueColumn != nil ? k : nil
            }
            if !above.isBlank, above.column < continuation.column, above.key == nil, !above.isListItem { return nil }
            k -= 1
        }
        return nil
    }

    /// A key of coursec's formats: lowercase ASCII letters, digits and `-`
    /// (what a line of prose does not start with).
    static func isKey(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    static let indicatorMeaning: [Unicode.Scalar: Message] = [
        "*": "an alias (a reference to an anchor)", "&": "an anchor", "!": "a tag", "|": "the start of a block of text",
        ">": "the start of a folded block of text", "@": "reserved", "`": "reserved", "%": "a directive",
    ]
}

import Foundation
