/// Formulas: letters upright, counts as subscripts, charges as superscripts,
/// groups in parentheses or brackets, bonds, isotopes and hydrates.
extension ChemParser {
    /// One formula, up to a space or the end of the item.
    mutating func parseFormula() throws(TeXError) {
        var openGroups: [Int] = []
        /// A count (`2` in `H2`) may follow: after letters or a closing parenthesis.
        var takesCount = false
        if cursor.peek() == UInt8(ascii: "^") || cursor.peek() == UInt8(ascii: "_") {
            try parseIsotope()
            takesCount = true
        }
        formula: while !cursor.atEnd {
            if matchArrow() != nil { break }
            let byte = cursor.peek()
            switch byte {
            case _ where byte.isASCIILetter:
                nodes.append(ChemNodes.upright(cursor.readLetters()))
                takesCount = true
            case _ where byte.isASCIIDigit:
                guard takesCount else { throw cursor.unexpected("a count follows an element or a parenthesis") }
                nodes.append(ChemNodes.lowered(ChemNodes.number(cursor.readDigits())))
                takesCount = false
            case UInt8(ascii: "\\"):
                try parseFormulaCommand()
                takesCount = true
            case UInt8(ascii: "_"):
                cursor.position += 1
                nodes.append(ChemNodes.lowered(try readScript(charge: false)))
                takesCount = false
            case UInt8(ascii: "^"):
                cursor.position += 1
                nodes.append(ChemNodes.raised(try readScript(charge: true)))
                takesCount = false
            case UInt8(ascii: "(") where stateLength() != nil:
                break formula
            case UInt8(ascii: "("), UInt8(ascii: "["):
                openGroups.append(cursor.position)
                cursor.position += 1
                nodes.append(.token("mo", String(UnicodeScalar(byte)), [("stretchy", "false")], atom: .open))
                takesCount = false
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                guard let open = openGroups.popLast(), cursor.bytes[open] == (byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")) else {
                    throw cursor.unexpected("no group to close")
                }
                cursor.position += 1
                nodes.append(.token("mo", String(UnicodeScalar(byte)), [("stretchy", "false")], atom: .close))
                takesCount = true
            case UInt8(ascii: "+") where endsCharge(at: cursor.position + 1),
                 UInt8(ascii: "-") where endsCharge(at: cursor.position + 1):
                cursor.position += 1
                nodes.append(ChemNodes.raised(ChemNodes.tight(byte == UInt8(ascii: "+") ? "+" : "\u{2212}")))
                takesCount = false
            case UInt8(ascii: "+"):
                throw cursor.unexpected("a charge ends its formula; write spaces around + between species")
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "#"):
                guard isFormulaStart(cursor.peek(1)), cursor.peek(1) != UInt8(ascii: "^"), cursor.peek(1) != UInt8(ascii: "_") else {
                    throw cursor.unexpected("a bond joins two parts of a formula")
                }
                cursor.position += 1
                nodes.append(ChemNodes.tight(Self.bonds[byte] ?? "\u{2212}"))
                takesCount = false
            case UInt8(ascii: "*"), UInt8(ascii: "."):
                try parseHydrateDot()
                break formula
            case _ where byte.isTeXSpace || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";"):
                break formula
            default:
                throw cursor.unexpected()
            }
        }
        if let open = openGroups.last {
            throw TeXError(offset: open, length: 1, message: "unclosed \(Character(UnicodeScalar(cursor.bytes[open]))) in \(cursor.command)")
        }
    }

    static let bonds: [UInt8: String] = [
        UInt8(ascii: "-"): "\u{2212}", UInt8(ascii: "="): "=", UInt8(ascii: "#"): "≡",
        UInt8(ascii: "1"): "\u{2212}", UInt8(ascii: "2"): "=", UInt8(ascii: "3"): "≡",
    ]

    /// A bare `+` or `-` after a formula is its charge when the formula ends
    /// there (`NH4+`, `OH-(aq)`); anywhere else it would be ambiguous.
    private func endsCharge(at offset: Int) -> Bool {
        guard offset < cursor.end else { return true }
        let byte = cursor.bytes[offset]
        if byte.isTeXSpace || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { return true }
        var copy = self
        copy.cursor.position = offset
        return byte == UInt8(ascii: "(") && copy.stateLength() != nil
    }

    /// A Greek letter (as mhchem: lowercase italic, capitals upright), or `\bond{…}`.
    private mutating func parseFormulaCommand() throws(TeXError) {
        let start = cursor.position
        let (name, _) = cursor.readCommand()
        if name == "bond" {
            guard cursor.peek() == UInt8(ascii: "{"), cursor.peek(2) == UInt8(ascii: "}"),
                  let bond = Self.bonds[cursor.peek(1)] else {
                throw TeXError(offset: start, length: cursor.position - start,
                               message: "\\bond takes -, =, #, 1, 2 or 3 in braces")
            }
            cursor.position += 3
            nodes.append(ChemNodes.tight(bond))
            return
        }
        guard Self.isGreek(name), let symbol = SymbolTable.commands[name] else { throw unknownCommand(at: start) }
        nodes.append(symbol.node)
        if cursor.peekIs("{}") { cursor.position += 2 }
    }

    static func isGreek(_ name: String) -> Bool {
        SymbolTable.greekLowercase.contains { $0.0 == name } || SymbolTable.greekUppercase.contains { $0.0 == name }
    }

    /// The script after `^` or `_`: a group `{…}`, or unbraced digits with an
    /// optional sign for a charge (`^2-`, `^+`), digits or one letter for a count.
    /// Charges hold digits, signs, an oxidation number in Roman numerals
    /// (`^{II}`), or a letter (`^{n+}`); counts hold digits, letters and
    /// signs (`_{2n+2}`). Letters other than Roman numerals are variables: italic.
    private mutating func readScript(charge: Bool) throws(TeXError) -> MathNode {
        let script = cursor.position - 1
        var parts: [MathNode] = []
        if cursor.peek() == UInt8(ascii: "{") {
            guard let close = cursor.closing(from: cursor.position) else {
                throw TeXError(offset: cursor.position, length: 1, message: "missing closing brace")
            }
            cursor.position += 1
            while cursor.position < close {
                parts.append(try readScriptPart(charge: charge))
            }
            cursor.position = close + 1
        } else if cursor.peek().isASCIIDigit {
            parts.append(ChemNodes.number(cursor.readDigits()))
            if charge, cursor.peek() == UInt8(ascii: "+") || cursor.peek() == UInt8(ascii: "-") {
                parts.append(try readScriptPart(charge: charge))
            }
        } else if charge, cursor.peek() == UInt8(ascii: "+") || cursor.peek() == UInt8(ascii: "-") {
            parts.append(try readScriptPart(charge: charge))
        } else if !charge, cursor.peek() >= UInt8(ascii: "a"), cursor.peek() <= UInt8(ascii: "z") {
            parts.append(try readScriptPart(charge: charge))
        } else {
            throw TeXError(offset: script, length: 1,
                           message: charge ? "^ in \(cursor.command) takes a charge such as ^2- or ^{3+}"
                                           : "_ in \(cursor.command) takes a count such as _2 or _{n}")
        }
        guard !parts.isEmpty else { throw TeXError(offset: script, length: 1, message: "empty script in \(cursor.command)") }
        return MathNode.row(parts)
    }

    private mutating func readScriptPart(charge: Bool) throws(TeXError) -> MathNode {
        let byte = cursor.peek()
        if byte.isASCIIDigit { return ChemNodes.number(cursor.readDigits()) }
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            cursor.position += 1
            let sign = byte == UInt8(ascii: "+") ? "+" : "\u{2212}"
            return charge ? ChemNodes.tight(sign) : .token("mo", sign, atom: .bin)
        }
        if charge, byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X") {
            let start = cursor.position
            while ["I", "V", "X"].map({ UInt8(ascii: $0) }).contains(cursor.peek()) { cursor.position += 1 }
            return ChemNodes.upright(String(decoding: cursor.bytes[start..<cursor.position], as: UTF8.self))
        }
        if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") {
            cursor.position += 1
            return .token("mi", String(UnicodeScalar(byte)))
        }
        throw cursor.unexpected(charge ? "a charge holds digits, + or -, or Roman numerals" : "a count holds digits and letters")
    }

    /// `^{14}_{6}C`, `^14_6C`, `_{6}^{14}C`: mass and atomic numbers before
    /// an element, set as prescripts so that both align on the element.
    private mutating func parseIsotope() throws(TeXError) {
        let start = cursor.position
        var mass: MathNode?
        var number: MathNode?
        while cursor.peek() == UInt8(ascii: "^") || cursor.peek() == UInt8(ascii: "_") {
            let isMass = cursor.peek() == UInt8(ascii: "^")
            guard (isMass ? mass : number) == nil else { throw cursor.unexpected("one ^ and one _ before an element") }
            cursor.position += 1
            let braced = cursor.peek() == UInt8(ascii: "{")
            if braced { cursor.position += 1 }
            var text = ""
            if cursor.peek() == UInt8(ascii: "-") {
                cursor.position += 1
                text = "\u{2212}"
            }
            let digits = cursor.readDigits()
            guard !digits.isEmpty, !braced || cursor.peek() == UInt8(ascii: "}") else {
                throw cursor.unexpected("an isotope's numbers are digits, as in ^{14}_{6}C")
            }
            if braced { cursor.position += 1 }
            let node: MathNode = text.isEmpty ? ChemNodes.number(digits)
                : .element("mrow", [ChemNodes.tight(text), ChemNodes.number(digits)])
            if isMass { mass = node } else { number = node }
        }
        guard cursor.peek().isASCIILetter else {
            throw TeXError(offset: start, length: cursor.position - start, message: "an isotope's numbers must precede an element")
        }
        let element = ChemNodes.upright(cursor.readLetters())
        nodes.append(.element("mmultiscripts", [element, MathNode("mprescripts", content: .none), number ?? .emptyRow, mass ?? .emptyRow]))
    }
}
