/// Typesets the school subset of mhchem's `\ce{…}` into MathML, with the
/// structure mhchem's own output has in KaTeX (see `ChemNodes`).
///
/// An equation is a sequence of items separated by spaces:
///
/// - species: an optional amount (`2`, `0.5`, `1/2`, or a letter before a
///   formula: `n H2O`) and a formula (`H2O`, `SO4^2-`, `Fe^{3+}`, `NH4+`,
///   `[Cu(NH3)4]^2+`, `^{14}_{6}C`, `CuSO4*5H2O`, `CH2=CH2`), optionally
///   followed by its state `(aq)`, `(s)`, `(l)`, `(g)`;
/// - `+`, `-` and `=` standing alone, between species;
/// - reaction arrows `->`, `<-`, `<->`, `<-->`, `<=>`, `<=>>`, `<<=>`, with
///   conditions `->[above]` or `->[above][below]`, each itself a `\ce`
///   without arrows or a `{text}`;
/// - `^` (gas) and `v` (precipitate) standing alone;
/// - `,` and `;` between species.
///
/// Anything else is a `TeXError` pointing at it, never a guess: mhchem reads
/// far more (orbitals, oxidation states as charges, `$…$`, …) and its reading
/// of unusual input is not obvious enough to imitate silently.
struct ChemParser {
    var cursor: ChemCursor
    /// Arrow labels are themselves `\ce`, but hold no arrows.
    let allowsArrows: Bool
    /// Fractions (`1/2 O2`) stay in text style in a display, as mhchem's `\mathchoice` keeps them.
    let displayStyle: Bool
    var nodes: [MathNode] = []
    private var previous = Item.start

    private enum Item {
        case start, species, separator, arrow
    }

    init(cursor: ChemCursor, allowsArrows: Bool = true, displayStyle: Bool) {
        self.cursor = cursor
        self.allowsArrows = allowsArrows
        self.displayStyle = displayStyle
    }

    mutating func parse() throws(TeXError) -> [MathNode] {
        while true {
            _ = cursor.skipSpaces()
            if cursor.atEnd { return nodes }
            try parseItem()
        }
    }

    private mutating func parseItem() throws(TeXError) {
        try refuseUnknownArrow()
        if let arrow = matchArrow() {
            try parseArrow(arrow)
            previous = .arrow
            return
        }
        let byte = cursor.peek()
        let standsAlone = isItemEnd(at: cursor.position + 1)
        switch byte {
        case UInt8(ascii: "+") where standsAlone, UInt8(ascii: "-") where standsAlone, UInt8(ascii: "=") where standsAlone:
            cursor.position += 1
            nodes.append(ChemNodes.between(byte == UInt8(ascii: "-") ? "\u{2212}" : String(UnicodeScalar(byte))))
            previous = .separator
        case UInt8(ascii: "+"):
            // `->[+H2O]`: a sign written against the species it adds.
            cursor.position += 1
            nodes += [ChemNodes.tight("+"), ChemNodes.space("0.1667em")]
            try parseSpecies()
        case UInt8(ascii: "^") where standsAlone, UInt8(ascii: "v") where standsAlone:
            cursor.position += 1
            nodes.append(.token("mo", byte == UInt8(ascii: "^") ? "↑" : "↓", [("stretchy", "false")], atom: .rel))
            previous = .separator
        case UInt8(ascii: ","), UInt8(ascii: ";"):
            cursor.position += 1
            nodes += [ChemNodes.tight(String(UnicodeScalar(byte))), ChemNodes.space("0.3333em")]
            previous = .separator
        case UInt8(ascii: "*") where previous == .species:
            try parseHydrateDot()
        case UInt8(ascii: "(") where previous == .species && stateLength() != nil:
            parseState()
        case UInt8(ascii: "\\") where cursor.peekIs("\\pm"):
            let start = cursor.position
            guard cursor.readCommand().name == "pm" else { throw unknownCommand(at: start) }
            nodes.append(ChemNodes.between("±"))
            previous = .separator
        case UInt8(ascii: "-"), UInt8(ascii: "="):
            throw cursor.unexpected("a bond joins two parts of a formula; put spaces around an operator")
        default:
            try parseSpecies()
        }
    }

    /// True when the item starting before `offset` ends there: at the end or before a space.
    func isItemEnd(at offset: Int) -> Bool {
        offset >= cursor.end || cursor.bytes[offset].isTeXSpace
    }

    // MARK: Species

    /// An amount and a formula, or an amount alone; then a state if one is attached.
    mutating func parseSpecies() throws(TeXError) {
        previous = .species
        if cursor.peek().isASCIIDigit {
            let amount = try readAmount()
            _ = cursor.skipSpaces()
            guard isFormulaStart(cursor.peek()) else {
                nodes.append(amount)
                return
            }
            nodes += [amount, ChemNodes.space("0.1667em")]
        } else if let letter = variableAmount() {
            nodes += [.token("mi", letter), ChemNodes.space("0.1667em")]
        }
        guard isFormulaStart(cursor.peek()) else { throw cursor.unexpected() }
        try parseFormula()
        if cursor.peek() == UInt8(ascii: "("), stateLength() != nil { parseState() }
    }

    /// `2`, `0.5`, `0,5` or `1/2`.
    private mutating func readAmount() throws(TeXError) -> MathNode {
        var text = cursor.readDigits()
        let separator = cursor.peek()
        if separator == UInt8(ascii: "/"), cursor.peek(1).isASCIIDigit {
            cursor.position += 1
            let denominator = cursor.readDigits()
            let fraction = MathNode.element("mfrac", displayStyle ? [("displaystyle", "false")] : [],
                                            [ChemNodes.number(text), ChemNodes.number(denominator)])
            return fraction
        }
        if separator == UInt8(ascii: ".") || separator == UInt8(ascii: ","), cursor.peek(1).isASCIIDigit {
            cursor.position += 1
            text += String(UnicodeScalar(separator)) + cursor.readDigits()
        }
        return ChemNodes.number(text)
    }

    /// A lowercase letter standing for an amount (`n H2O`, `xH2O`), consumed
    /// with the spaces after it: mhchem sets it in italic, as a variable.
    private mutating func variableAmount() -> String? {
        let letter = cursor.peek()
        guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { return nil }
        var next = cursor.position + 1
        while next < cursor.end, cursor.bytes[next].isTeXSpace { next += 1 }
        guard next < cursor.end, cursor.bytes[next] >= UInt8(ascii: "A"), cursor.bytes[next] <= UInt8(ascii: "Z") else {
            return nil
        }
        cursor.position = next
        return String(UnicodeScalar(letter))
    }

    func isFormulaStart(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\\")
            || byte == UInt8(ascii: "^") || byte == UInt8(ascii: "_")
    }

    /// `CuSO4*5H2O`, `CuSO4.5H2O`, `CuSO4 * 5 H2O`: mhchem's `\,{\cdot}\,`;
    /// an amount and a formula must follow.
    mutating func parseHydrateDot() throws(TeXError) {
        let dot = cursor.position
        cursor.position += 1
        _ = cursor.skipSpaces()
        guard cursor.peek().isASCIIDigit || isFormulaStart(cursor.peek()) else {
            throw TeXError(offset: dot, length: 1, message: "a hydrate dot must be followed by what is added (CuSO4*5H2O)")
        }
        nodes += [ChemNodes.space("0.1667em"), ChemNodes.tight("⋅"), ChemNodes.space("0.1667em")]
        previous = .separator
    }

    /// The length of a state `(aq)`, `(s)`, `(l)`, `(g)` (one to three
    /// lowercase letters in parentheses) at the cursor, if one is there and
    /// ends its item.
    func stateLength() -> Int? {
        var length = 1
        while length <= 4, cursor.peek(length) >= UInt8(ascii: "a"), cursor.peek(length) <= UInt8(ascii: "z") { length += 1 }
        guard length > 1, length <= 4, cursor.peek(length) == UInt8(ascii: ")") else { return nil }
        let after = cursor.peek(length + 1)
        guard isItemEnd(at: cursor.position + length + 1) || after == UInt8(ascii: ",") || after == UInt8(ascii: ";") else {
            return nil
        }
        return length + 1
    }

    /// mhchem's `\mskip2mu (\mathrm{aq})`.
    mutating func parseState() {
        guard let length = stateLength() else { return }
        let letters = String(decoding: cursor.bytes[(cursor.position + 1)..<(cursor.position + length - 1)], as: UTF8.self)
        cursor.position += length
        nodes += [ChemNodes.space("0.1111em"), .token("mo", "(", [("stretchy", "false")], atom: .open),
                  ChemNodes.upright(letters), .token("mo", ")", [("stretchy", "false")], atom: .close)]
        previous = .species
    }

    func unknownCommand(at offset: Int) -> TeXError {
        var copy = cursor
        copy.position = offset
        let (name, _) = copy.readCommand()
        return TeXError(offset: offset, length: copy.position - offset,
                        message: "unsupported TeX command \\\(name) in \(cursor.command)")
    }
}
