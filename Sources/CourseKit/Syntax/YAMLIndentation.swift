/// Explains a line that libyaml could not place because of its indentation:
/// a list item whose dash is not under the dashes above it, a key not
/// lined up with its siblings, or a key lined up with the dashes of the
/// list above (where YAML expects another `- `).
///
/// The columns a line may take are those of the lines that enclose it (each
/// line above that is indented less than every line between): their dashes
/// for a list item, their keys for a key. The nearest one, when it is the
/// only one that near and at most two columns away, is the certain fix.
struct YAMLIndentation {
    let lines: [YAMLLine]
    let failure: YAMLFailure
    /// Lines of the file before the YAML text, for the line numbers of messages.
    let lineOffset: Int

    private struct Place {
        var column: Int
        var line: Int
        var name: String
    }

    func explain(_ line: YAMLLine, at n: Int) -> YAMLMistake {
        var dashes: [Place] = [], keys: [Place] = [], itemContent: [Place] = []
        var least = Int.max
        var k = n - 1
        while k >= 1, least > 0 {
            let above = lines[k - 1]
            if !above.isBlank, above.indent < least {
                least = above.indent
                for column in above.dashColumns { dashes.append(Place(column: column, line: k, name: "-")) }
                if let key = above.key { keys.append(Place(column: key.column, line: k, name: key.name)) }
                if above.isListItem { itemContent.append(Place(column: above.contentColumn, line: k, name: above.key?.name ?? "")) }
            }
            k -= 1
        }
        let block = blockLines(from: n)
        var found = YAMLMistake(rule: Rules.yamlSyntax, start: .init(line: n, column: line.column), length: 1, message: "")
        found.blankLines = Array(block)
        let key = line.key?.name

        // A key at the column of the dashes of the list it follows.
        if let key, !line.isListItem, failure.context?.contains("block collection") == true,
           failure.contextPosition?.column == line.column,
           let item = itemContent.first(where: { place in dashes.contains { $0.line == place.line && $0.column == line.column } }) {
            found.length = key.unicodeScalars.count
            let spaces = Self.spaces(item.column - 1), itemLine = item.line + lineOffset
            found.message = item.name.isEmpty
                ? "`\(key):` is lined up with the dashes of the list above, where YAML expects another `- ` item; indent it \(spaces) to put it in the item on line \(itemLine)"
                : "`\(key):` is lined up with the dashes of the list above, where YAML expects another `- ` item; indent it \(spaces) to put it in the item on line \(itemLine), like `\(item.name):`"
            found.fix = (reindent(block, by: item.column - line.column), "indent `\(key):` \(Self.spaces(item.column - 1))")
            return found
        }
        let candidates = line.isListItem ? dashes : keys
        let nearest = candidates.map { abs($0.column - line.column) }.min() ?? Int.max
        let closest = candidates.filter { abs($0.column - line.column) == nearest }
        var columns: [Int] = []
        for place in closest where !columns.contains(place.column) { columns.append(place.column) }
        let spaces = Self.spaces(line.indent)
        if columns.count == 1, nearest <= 2, let target = closest.first {
            let wanted = Self.spaces(target.column - 1)
            if line.isListItem {
                found.message = "this list item is indented \(spaces), but the items of the list above are indented \(wanted); line the dashes up"
            } else if let key {
                found.message = "`\(key):` is indented \(spaces), but `\(target.name):` on line \(target.line + lineOffset) is indented \(wanted); line them up"
            } else {
                found.message = "this line is indented \(spaces), but `\(target.name):` on line \(target.line + lineOffset) is indented \(wanted); line them up"
            }
            found.fix = (reindent(block, by: target.column - line.column), "indent the line \(wanted)")
        } else {
            let what: Message = line.isListItem ? "this list item is indented \(spaces), like no line around it"
                : key.map { "`\($0):` is indented \(spaces), like no line around it" } ?? "this line is indented \(spaces), like no line around it"
            let places: [Message] = closest.prefix(2).map {
                let name = $0.name == "-" ? "-" : $0.name + ":"
                return "`\(name)` on line \($0.line + lineOffset) (\(Self.spaces($0.column - 1)))"
            }
            switch places.count {
            case 0: found.message = what
            case 1: found.message = "\(what); line it up with \(places[0])"
            default: found.message = "\(what); line it up with \(places[0]) or \(places[1])"
            }
        }
        return found
    }

    static func spaces(_ count: Int) -> Message { count == 1 ? "1 space" : "\(count) spaces" }

    /// The line and the lines after it that are indented more (its content).
    private func blockLines(from n: Int) -> ClosedRange<Int> {
        let indent = lines[n - 1].indent
        var last = n
        var k = n + 1
        while k <= lines.count {
            if !lines[k - 1].isBlank {
                if lines[k - 1].indent <= indent { break }
                last = k
            }
            k += 1
        }
        return n...last
    }

    /// Moves the lines of `block` by `delta` columns, as one edit.
    private func reindent(_ block: ClosedRange<Int>, by delta: Int) -> YAMLMistake.Edit {
        let moved = block.map { n -> String in
            let line = lines[n - 1]
            guard !line.isBlank else { return line.text }
            let indent = max(0, line.indent + delta)
            return String(repeating: " ", count: indent) + line.slice(line.column, line.scalars.count + 1)
        }
        let last = lines[block.upperBound - 1]
        return YAMLMistake.Edit(start: .init(line: block.lowerBound, column: 1),
                                end: .init(line: block.upperBound, column: last.scalars.count + 1),
                                replacement: moved.joined(separator: "\n"))
    }
}
