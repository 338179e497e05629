/// `\left … \middle … \right` and the fixed sizes `\big`, `\Big`, `\bigg`, `\Bigg`.
extension TeXParser {
    /// The fenced row; the delimiters stretch to the height of its content.
    mutating func parseLeftRight(token: TeXToken) throws(TeXError) -> ScriptBase {
        var children: [MathNode] = []
        if let open = try readDelimiter(after: token) {
            children.append(.token("mo", open, [("fence", "true"), ("stretchy", "true")], atom: .open))
        }
        try enterNesting(at: token)
        defer { nesting -= 1 }
        while true {
            let (nodes, stop) = try parseList()
            children += nodes
            guard case .command(let name) = stop.kind, name == "right" || name == "middle" else {
                throw TeXError(token, "\\left without matching \\right")
            }
            consume()
            let delimiter = try readDelimiter(after: stop)
            if name == "right" {
                if let delimiter {
                    children.append(.token("mo", delimiter, [("fence", "true"), ("stretchy", "true")], atom: .close))
                }
                break
            }
            if let delimiter {
                children.append(.token("mo", delimiter, [("fence", "true"), ("stretchy", "true"),
                                                         ("lspace", "0.05em"), ("rspace", "0.05em")], atom: .rel))
            }
        }
        // TeX's \left…\right is an inner atom: a function name before it gets its thin space.
        return ScriptBase(node: .element("mrow", MathSpacing.finish(children), atom: .inner))
    }

    /// `\bigl(` and friends: a delimiter of a fixed height; nil for `\big.`.
    mutating func parseSizedDelimiter(token: TeXToken, size: String, atom: AtomClass) throws(TeXError) -> ScriptBase? {
        guard let delimiter = try readDelimiter(after: token) else { return nil }
        return ScriptBase(node: .token("mo", delimiter, [("stretchy", "true"), ("minsize", size), ("maxsize", size)], atom: atom))
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big…`; nil for the empty delimiter `.`.
    private mutating func readDelimiter(after command: TeXToken) throws(TeXError) -> String? {
        let token = try next()
        switch token.kind {
        case .character("."):
            return nil
        case .character(let scalar):
            if let delimiter = SymbolTable.delimiterCharacters[scalar], token.length == scalar.utf8.count {
                return delimiter
            }
        case .command(let name):
            if let delimiter = SymbolTable.delimiterCommands[name] { return delimiter }
        case .end:
            throw TeXError(command, "missing delimiter after \(command.spelling)")
        default:
            break
        }
        throw TeXError(token, "unsupported delimiter \(token.spelling) after \(command.spelling)")
    }
}
