/// `\begin{env} … \end{env}`: rows split by `\\`, cells by `&`.
extension TeXParser {
    mutating func parseEnvironment(token: TeXToken) throws(TeXError) -> ScriptBase {
        rewindLookahead()
        guard let (name, nameEnd) = readEnvironmentName() else {
            throw TeXError(token, "missing environment name after \\begin")
        }
        // Errors about the environment as a whole point at `\begin{name}`.
        let beginLength = nameEnd - token.offset
        guard let environment = Environment.all[name] else {
            throw TeXError(offset: token.offset, length: beginLength, message: "unknown environment '\(name)'")
        }
        if environment.displayOnly && !displayMode {
            throw TeXError(offset: token.offset, length: beginLength,
                           message: "environment '\(name)' is only allowed in display math")
        }
        var rules = TableRules()
        var specified: [String] = []
        if environment.columns == .specified {
            (specified, rules.columns) = try readColumnSpecification(after: token)
        }
        try enterNesting(at: token)
        defer { nesting -= 1 }
        let saved = displayStyle
        displayStyle = environment.displayStyle
        defer { displayStyle = saved }

        var rows: [[[MathNode]]] = []
        var cells: [[MathNode]] = []
        var atRowStart = true
        while true {
            if atRowStart { rules.setRow(rows.count, try readHorizontalLines()) }
            let (nodes, stop) = try parseList()
            cells.append(MathSpacing.finish(nodes))
            atRowStart = false
            switch stop.kind {
            case .alignment:
                consume()
            case .command("\\"):
                consume()
                try skipRowSpacing(after: stop)
                rows.append(cells)
                cells = []
                atRowStart = true
            case .command("end"):
                consume()
                guard let (endName, endEnd) = readEnvironmentName() else {
                    throw TeXError(stop, "missing environment name after \\end")
                }
                guard endName == name else {
                    throw TeXError(offset: stop.offset, length: endEnd - stop.offset,
                                   message: "\\end{\(endName)} does not match \\begin{\(name)}")
                }
                rows.append(cells)
                return ScriptBase(node: Self.table(rows, environment: environment, specified: specified, rules: rules))
            case .end:
                throw TeXError(offset: token.offset, length: beginLength, message: "missing \\end{\(name)}")
            default:
                throw unexpected(stop)
            }
        }
    }

    private static func table(_ rows: [[[MathNode]]], environment: Environment, specified: [String],
                              rules: TableRules) -> MathNode {
        var rows = rows
        // A `\\` before `\end` does not start another row (a rule after it
        // is then the bottom rule of the table).
        if rows.count > 1, let last = rows.last, last.count == 1, last[0].isEmpty { rows.removeLast() }
        let columnCount = rows.map(\.count).max() ?? 0
        if !rules.isEmpty {
            // Ruled tables get every cell, so that column rules do not break off at short rows.
            for index in rows.indices where rows[index].count < columnCount {
                rows[index] += Array(repeating: [], count: columnCount - rows[index].count)
            }
        }
        let alignments = (0..<columnCount).map { environment.alignment(ofColumn: $0, specified: specified) }
        var attributes: [(name: String, value: String)] = []
        if environment.displayStyle { attributes.append(("displaystyle", "true")) }
        if alignments.contains(where: { $0 != "center" }) {
            attributes.append(("columnalign", alignments.joined(separator: " ")))
        }
        let tableRows = rows.enumerated().map { rowIndex, cells in
            MathNode.element("mtr", cells.enumerated().map { column, nodes in
                var style = environment.cellStyle(alignment: alignments[column])
                if let borders = rules.css(row: rowIndex, rowCount: rows.count, column: column, columnCount: columnCount) {
                    style = style.map { $0 + "; " + borders } ?? borders
                }
                return MathNode.element("mtd", style.map { [("style", $0)] } ?? [], nodes)
            })
        }
        var table = MathNode.element("mtable", attributes, tableRows)
        if environment.columns == .rightLeft { table.textForm = .alignedTable }
        guard environment.open != nil || environment.close != nil else { return table }
        var children: [MathNode] = []
        if let open = environment.open { children.append(MathSymbol.fence(open)) }
        children.append(table)
        if let close = environment.close { children.append(MathSymbol.fence(close)) }
        return .element("mrow", children, atom: .inner)
    }

    /// `\hline` and `\hdashline` at the start of a row: the rule they draw
    /// there, nil when there is none. Two rules in a row make a double rule.
    private mutating func readHorizontalLines() throws(TeXError) -> TableRules.Style? {
        var style: TableRules.Style?
        while case .command(let name) = try peek().kind, name == "hline" || name == "hdashline" {
            let token = try next()
            if let existing = style {
                guard existing != .double else { throw TeXError(token, "more than two rules in a row are not supported") }
                style = existing.doubled()
            } else {
                style = name == "hline" ? .solid : .dashed
            }
        }
        return style
    }

    /// The optional `[2pt]` right after `\\`: accepted and ignored.
    private mutating func skipRowSpacing(after token: TeXToken) throws(TeXError) {
        rewindLookahead()
        guard lexer.position < bytes.count, bytes[lexer.position] == UInt8(ascii: "[") else { return }
        let open = lexer.position
        var index = open + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "]") { index += 1 }
        guard index < bytes.count else { throw TeXError(offset: open, length: 1, message: "missing ] after \\\\[") }
        lexer.position = index + 1
    }

    /// `{name}` right after `\begin` or `\end` (which must have been consumed):
    /// the name and the offset after the closing brace.
    mutating func readEnvironmentName() -> (String, Int)? {
        rewindLookahead()
        lexer.skipSpacesAndComments()
        var index = lexer.position
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        let start = index
        while index < bytes.count, bytes[index].isASCIILetter || bytes[index] == UInt8(ascii: "*") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "}"), index > start else { return nil }
        lexer.position = index + 1
        return (String(decoding: bytes[start..<index], as: UTF8.self), index + 1)
    }

    /// The `{lcr}` argument of `array`: the alignment of each column, and the
    /// rule (`|`, `||` or the dashed `:`) at each column boundary.
    private mutating func readColumnSpecification(after token: TeXToken) throws(TeXError) -> ([String], [TableRules.Style?]) {
        lexer.skipSpacesAndComments()
        var index = lexer.position
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else {
            throw TeXError(token, "missing column specification for array")
        }
        let open = index
        index += 1
        var columns: [String] = []
        var rules: [TableRules.Style?] = [nil]
        while index < bytes.count, bytes[index] != UInt8(ascii: "}") {
            switch bytes[index] {
            case UInt8(ascii: "l"): columns.append("left"); rules.append(nil)
            case UInt8(ascii: "c"): columns.append("center"); rules.append(nil)
            case UInt8(ascii: "r"): columns.append("right"); rules.append(nil)
            case UInt8(ascii: "|"), UInt8(ascii: ":"):
                let style: TableRules.Style = bytes[index] == UInt8(ascii: "|") ? .solid : .dashed
                if let existing = rules[columns.count] {
                    guard existing != .double else {
                        throw TeXError(offset: index, length: 1, message: "more than two rules in a row are not supported")
                    }
                    rules[columns.count] = existing.doubled()
                } else {
                    rules[columns.count] = style
                }
            case UInt8(ascii: " "): break
            default:
                let (scalar, width) = TeXLexer.decode(bytes, at: index)
                throw TeXError(offset: index, length: width,
                               message: "unsupported column specification '\(Character(scalar))' in array")
            }
            index += 1
        }
        guard index < bytes.count else { throw TeXError(offset: open, length: 1, message: "missing closing brace") }
        lexer.position = index + 1
        return (columns, rules)
    }
}
