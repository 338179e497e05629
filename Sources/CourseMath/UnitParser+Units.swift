/// The unit part of `\pu{…}`: symbols with exponents, products and quotients.
extension UnitParser {
    /// `kJ/mol`, `m/s^2`, `J mol^-1 K^-1`, `kg*m/s^2`, `m//s`.
    mutating func parseUnit() throws(TeXError) {
        let numerator = try readProduct()
        _ = cursor.skipSpaces()
        guard !cursor.atEnd else {
            nodes += numerator.nodes
            return
        }
        guard cursor.peek() == UInt8(ascii: "/") else { throw cursor.unexpected() }
        cursor.position += 1
        let isFraction = cursor.peek() == UInt8(ascii: "/")
        if isFraction { cursor.position += 1 }
        _ = cursor.skipSpaces()
        let denominator = try readProduct()
        _ = cursor.skipSpaces()
        guard cursor.atEnd else { throw cursor.unexpected("one / per unit") }
        if isFraction {
            nodes.append(.element("mfrac", displayStyle ? [("displaystyle", "false")] : [],
                                  [MathNode.row(numerator.nodes), MathNode.row(denominator.nodes)]))
        } else if numerator.count > 1 || denominator.count > 1 {
            // mhchem's `\,/\,` around a compound unit.
            nodes += numerator.nodes + [.space(width: "0.1667em"), Self.slash, .space(width: "0.1667em")] + denominator.nodes
        } else {
            nodes += numerator.nodes + [Self.slash] + denominator.nodes
        }
    }

    private static var slash: MathNode { .token("mo", "/", [("stretchy", "false")]) }

    /// Unit symbols joined by spaces (mhchem's 3mu) or by `*` and `.` (a dot
    /// between 1mu spaces), up to a `/` or the end.
    private mutating func readProduct() throws(TeXError) -> (nodes: [MathNode], count: Int) {
        var nodes = [try readSymbol()]
        var count = 1
        while true {
            var probe = cursor
            let spaced = probe.skipSpaces()
            let byte = probe.peek()
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: ".") {
                probe.position += 1
                _ = probe.skipSpaces()
                cursor = probe
                nodes += [.space(width: "0.0556em"), ChemNodes.tight("⋅"), .space(width: "0.0556em"), try readSymbol()]
            } else if spaced, !probe.atEnd, byte != UInt8(ascii: "/") {
                cursor = probe
                nodes += [.space(width: "0.1667em"), try readSymbol()]
            } else {
                return (nodes, count)
            }
            count += 1
        }
    }

    /// One symbol (`kJ`, `°C`, `μm`, `Ω`) and its exponent.
    private mutating func readSymbol() throws(TeXError) -> MathNode {
        if let degrees = readDegrees() { return degrees }
        let start = cursor.position
        var text = ""
        while !cursor.atEnd {
            let byte = cursor.peek()
            if byte.isASCIILetter {
                text += cursor.readLetters()
            } else if byte == UInt8(ascii: "\\") {
                let (name, offset) = cursor.readCommand()
                guard let letter = Self.commandLetters[name] else {
                    throw TeXError(offset: offset, length: cursor.position - offset,
                                   message: "unsupported TeX command \\\(name) in \\pu")
                }
                text += letter
                _ = cursor.skipSpaces()
            } else if byte >= 0x80 {
                let (scalar, width) = TeXLexer.decode(cursor.bytes, at: cursor.position)
                guard Self.unitCharacters.contains(scalar) else { break }
                cursor.position += width
                text.unicodeScalars.append(scalar)
            } else {
                break
            }
        }
        guard !text.isEmpty else { throw cursor.unexpected(start == cursor.position ? "a unit such as m, kJ or °C" : "") }
        let symbol = ChemNodes.upright(text)
        guard let exponent = try readUnitExponent() else { return symbol }
        return .element("msup", [symbol, exponent])
    }

    /// `°C`, `^oC`, `^{o}C` (and `F`): mhchem writes them `{}^{\circ}C`.
    private mutating func readDegrees() -> MathNode? {
        let spellings: [StaticString] = ["°C", "°F", "^oC", "^oF", "^{o}C", "^{o}F"]
        guard let spelling = spellings.first(where: { cursor.peekIs($0) }) else { return nil }
        cursor.position += spelling.utf8CodeUnitCount
        let scale = String(UnicodeScalar(cursor.bytes[cursor.position - 1]))
        return .element("mrow", [.element("msup", [.emptyRow, ChemNodes.tight("∘")]), ChemNodes.upright(scale)])
    }

    /// `^2`, `^-1`, `^{-1}`, or a signed number right after the symbol (`mol-1`, `m2`).
    private mutating func readUnitExponent() throws(TeXError) -> MathNode? {
        if cursor.peek() == UInt8(ascii: "^") {
            cursor.position += 1
            return try readExponent()
        }
        let byte = cursor.peek()
        let signed = (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && cursor.peek(1).isASCIIDigit
        guard byte.isASCIIDigit || signed else { return nil }
        return try readExponent()
    }

    static let commandLetters: [String: String] = ["mu": "μ", "Omega": "Ω", "%": "%", "circ": "°"]
    static let unitCharacters: Set<Unicode.Scalar> = ["µ", "μ", "Ω", "Å", "°", "′", "″"]
}
