/// `\ce{…}` and `\pu{…}`: the argument is read raw, as mhchem reads it, and
/// typeset by `ChemParser` or `UnitParser`.
extension TeXParser {
    mutating func parseChemistry(_ notation: ChemistryNotation, token: TeXToken) throws(TeXError) -> ScriptBase {
        rewindLookahead()
        lexer.skipSpacesAndComments()
        let open = lexer.position
        guard open < bytes.count, bytes[open] == UInt8(ascii: "{") else {
            throw TeXError(token, "missing argument for \(token.spelling)")
        }
        var close = open + 1
        var depth = 0
        while close < bytes.count {
            let byte = bytes[close]
            if byte == UInt8(ascii: "\\") {
                close += 2
                continue
            }
            if byte == UInt8(ascii: "%") {
                throw TeXError(offset: close, length: 1, message: "% is not allowed in \(token.spelling)")
            }
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                if depth == 0 { break }
                depth -= 1
            }
            close += 1
        }
        guard close < bytes.count else { throw TeXError(offset: open, length: 1, message: "missing closing brace") }
        lexer.position = close + 1
        let cursor = ChemCursor(bytes: bytes, position: open + 1, end: close, command: token.spelling)
        let nodes: [MathNode]
        switch notation {
        case .formula:
            var parser = ChemParser(cursor: cursor, displayStyle: displayStyle)
            nodes = try parser.parse()
        case .unit:
            var parser = UnitParser(cursor: cursor, displayStyle: displayStyle)
            nodes = try parser.parse()
        }
        return ScriptBase(node: .group(nodes))
    }
}
