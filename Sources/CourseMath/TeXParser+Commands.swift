/// Control sequences: dispatch on `CommandTable`, and the commands that
/// build structure (fractions, roots, accents, fonts, operator names).
extension TeXParser {
    /// A control sequence and its arguments.
    mutating func parseCommand(_ name: String, token: TeXToken) throws(TeXError) -> ScriptBase? {
        guard let command = CommandTable.commands[name] else {
            throw TeXError(token, "unsupported TeX command \\\(name)")
        }
        // One call site for all commands with arguments keeps this frame, which
        // is on the recursion path, small: debug builds give every call site of
        // a big switch its own stack slots, and nesting may go 64 levels deep.
        if let parse = Self.argumentParser(for: command) { return try parse(&self, token) }
        return try leafAtom(command, name: name, token: token)
    }

    typealias CommandParser = (inout TeXParser, TeXToken) throws(TeXError) -> ScriptBase?

    /// The parser of a command that takes arguments; nil for the others.
    private static func argumentParser(for command: TeXCommand) -> CommandParser? {
        switch command {
        case .accent(let accent): return { parser, token throws(TeXError) in try parser.parseAccent(accent, token: token) }
        case .font(let font): return { parser, token throws(TeXError) in try parser.parseFont(font, token: token) }
        case .text(let style): return { parser, token throws(TeXError) in try parser.parseText(style, token: token) }
        case .operatorName: return { parser, token throws(TeXError) in try parser.parseOperatorName(token: token) }
        case .fraction(let display, let binomial):
            return { parser, token throws(TeXError) in try parser.parseFraction(token: token, display: display, binomial: binomial) }
        case .squareRoot: return { parser, token throws(TeXError) in try parser.parseSquareRoot(token: token) }
        case .left: return { parser, token throws(TeXError) in try parser.parseLeftRight(token: token) }
        case .sizedDelimiter(let size, let atom):
            return { parser, token throws(TeXError) in try parser.parseSizedDelimiter(token: token, size: size, atom: atom) }
        case .begin: return { parser, token throws(TeXError) in try parser.parseEnvironment(token: token) }
        case .negation: return { parser, token throws(TeXError) in try parser.parseNegation(token: token) }
        case .extensibleArrow(let arrow):
            return { parser, token throws(TeXError) in try parser.parseExtensibleArrow(arrow, token: token) }
        case .stack(let over): return { parser, token throws(TeXError) in try parser.parseStack(over: over, token: token) }
        case .phantom: return { parser, token throws(TeXError) in try parser.parsePhantom(token: token) }
        case .parenthesizedMod: return { parser, token throws(TeXError) in try parser.parseParenthesizedMod(token: token) }
        case .cancel(let stroke): return { parser, token throws(TeXError) in try parser.parseCancel(stroke, token: token) }
        case .boxed: return { parser, token throws(TeXError) in try parser.parseBoxed(token: token) }
        case .color(isSwitch: false): return { parser, token throws(TeXError) in try parser.parseTextColor(token: token) }
        case .continuedFraction: return { parser, token throws(TeXError) in try parser.parseContinuedFraction(token: token) }
        case .chemistry(let notation):
            return { parser, token throws(TeXError) in try parser.parseChemistry(notation, token: token) }
        default: return nil
        }
    }

    /// Commands without arguments: symbols, spaces, and the misplaced ones.
    private mutating func leafAtom(_ command: TeXCommand, name: String, token: TeXToken) throws(TeXError) -> ScriptBase? {
        switch command {
        case .symbol(let symbol):
            return ScriptBase(node: symbol.node)
        case .largeOperator(let text, let limits):
            return ScriptBase(node: .token("mo", text, atom: .op), limits: limits)
        case .function(let text, let limits):
            var node = MathNode.token("mi", text, atom: .op)
            node.isNamedFunction = true
            return ScriptBase(node: node, limits: limits)
        case .space(let width):
            return width.map { ScriptBase(node: .space(width: $0)) }
        case .right, .middle, .lineBreak, .end:
            throw unexpected(token)
        case .mathStyle, .limits:
            return nil   // only reachable as a misplaced argument or without an operator: no effect
        case .horizontalLine:
            throw TeXError(token, "\\\(name) is only allowed at the start of a row of an array")
        case .color:
            throw TeXError(token, "\\color colors the rest of its group: write {\\color{red} …} or \\textcolor{red}{…}")
        case .unsupported(let reason):
            throw TeXError(token, "unsupported TeX command \\\(name): \(reason)")
        default:
            throw TeXError(token, "unsupported TeX command \\\(name)")
        }
    }

    private mutating func parseFont(_ font: MathFont, token: TeXToken) throws(TeXError) -> ScriptBase {
        let saved = self.font
        self.font = font
        defer { self.font = saved }
        return ScriptBase(node: try parseArgument(for: token))
    }

    private mutating func parseText(_ style: TextStyle, token: TeXToken) throws(TeXError) -> ScriptBase {
        let text = try readTextArgument(for: token)
        return ScriptBase(node: .token("mtext", text, style.css.map { [("style", $0)] } ?? []))
    }

    /// `\overset{?}{=}` is still the relation `=`: the lone operators are not grouped.
    private mutating func parseStack(over: Bool, token: TeXToken) throws(TeXError) -> ScriptBase {
        let script = try parseScriptArgument(for: token).ungrouped
        let base = try parseArgument(for: token).ungrouped
        return ScriptBase(node: .element(over ? "mover" : "munder", [base, script], atom: base.atom))
    }

    private mutating func parsePhantom(token: TeXToken) throws(TeXError) -> ScriptBase {
        ScriptBase(node: .element("mphantom", try parseArgument(for: token).rowChildren))
    }

    /// `\pmod{n}`: a quad, then `(mod n)`.
    private mutating func parseParenthesizedMod(token: TeXToken) throws(TeXError) -> ScriptBase {
        let argument = try parseArgument(for: token)
        return ScriptBase(node: .element("mrow", [
            .space(width: "1em"), .token("mo", "(", [("stretchy", "false")], atom: .open),
            .token("mi", "mod"), .space(width: "0.3333em"), argument,
            .token("mo", ")", [("stretchy", "false")], atom: .close),
        ]))
    }

    /// An argument set in script style (labels, indices, stacked symbols).
    mutating func parseScriptArgument(for token: TeXToken) throws(TeXError) -> MathNode {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        return try parseArgument(for: token)
    }

    private mutating func parseAccent(_ accent: Accent, token: TeXToken) throws(TeXError) -> ScriptBase {
        let base = try parseArgument(for: token)
        let mark = MathNode.token("mo", accent.text, [("stretchy", accent.stretchy ? "true" : "false")])
        var attributes: [(name: String, value: String)] = []
        if accent.isAccent { attributes.append((accent.under ? "accentunder" : "accent", "true")) }
        let node = MathNode.element(accent.under ? "munder" : "mover", attributes, [base, mark])
        // Labels of braces go under/over them, as limits do.
        return ScriptBase(node: node, limits: accent.isAccent ? .never : .always)
    }

    /// `\frac`, `\dfrac`, `\tfrac`, `\binom`…; `display` nil keeps the surrounding style.
    private mutating func parseFraction(token: TeXToken, display: Bool?, binomial: Bool) throws(TeXError) -> ScriptBase {
        let saved = displayStyle
        // In TeX the numerator and denominator of any fraction are set one style smaller.
        displayStyle = false
        defer { displayStyle = saved }
        let numerator = try parseArgument(for: token)
        let denominator = try parseArgument(for: token)
        var attributes: [(name: String, value: String)] = []
        if binomial { attributes.append(("linethickness", "0")) }
        if let display, display != saved { attributes.append(("displaystyle", display ? "true" : "false")) }
        let fraction = MathNode.element("mfrac", attributes, [numerator, denominator])
        guard binomial else { return ScriptBase(node: fraction) }
        return ScriptBase(node: .element("mrow", [
            .token("mo", "(", [("fence", "true"), ("stretchy", "true")], atom: .open), fraction,
            .token("mo", ")", [("fence", "true"), ("stretchy", "true")], atom: .close),
        ]))
    }

    /// `\cfrac{a}{b}`: a display-style fraction whose numerator and
    /// denominator stay in display style, for continued fractions.
    private mutating func parseContinuedFraction(token: TeXToken) throws(TeXError) -> ScriptBase {
        let saved = displayStyle
        displayStyle = true
        defer { displayStyle = saved }
        let numerator = try parseArgument(for: token)
        let denominator = try parseArgument(for: token)
        let parts = [numerator, denominator].map { MathNode.element("mstyle", [("displaystyle", "true")], $0.rowChildren) }
        return ScriptBase(node: .element("mfrac", saved ? [] : [("displaystyle", "true")], parts))
    }

    private mutating func parseSquareRoot(token: TeXToken) throws(TeXError) -> ScriptBase {
        let index = try parseOptionalArgument(for: token)
        let radicand = try parseArgument(for: token)
        if let index { return ScriptBase(node: .element("mroot", [radicand, index])) }
        return ScriptBase(node: .element("msqrt", radicand.rowChildren))
    }

    /// `\operatorname{name}` (and `\operatorname*`, whose scripts are limits in display style).
    private mutating func parseOperatorName(token: TeXToken) throws(TeXError) -> ScriptBase {
        var limits = LimitsPlacement.never
        if try peek().kind == .character("*") {
            consume()
            limits = .display
        }
        let saved = font
        font = .roman
        defer { font = saved }
        var node = try parseArgument(for: token)
        node.atom = .op
        node.isNamedFunction = true
        return ScriptBase(node: node, limits: limits)
    }

    /// `\not` before a relation: the negated character when Unicode has one,
    /// else the relation with U+0338 COMBINING LONG SOLIDUS OVERLAY.
    private mutating func parseNegation(token: TeXToken) throws(TeXError) -> ScriptBase {
        let target = try next()
        var symbol: MathSymbol?
        switch target.kind {
        case .character(let scalar): symbol = SymbolTable.characters[scalar]
        case .command(let name): symbol = SymbolTable.commands[name]
        default: symbol = nil
        }
        guard let symbol, symbol.tag == "mo" else {
            throw TeXError(token, "\\not must be followed by a relation symbol")
        }
        return ScriptBase(node: .token("mo", Self.negations[symbol.text] ?? symbol.text + "\u{338}", atom: .rel))
    }

    static let negations: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "∋": "∌", "⊂": "⊄", "⊃": "⊅",
        "⊆": "⊈", "⊇": "⊉", "≡": "≢", "∼": "≁", "≈": "≉", "≃": "≄", "≅": "≇", "∣": "∤", "∥": "∦",
        "→": "↛", "←": "↚", "⇒": "⇏", "⇔": "⇎",
    ]

    /// `\xrightarrow[below]{above}`: a stretchy arrow as wide as its labels.
    private mutating func parseExtensibleArrow(_ arrow: String, token: TeXToken) throws(TeXError) -> ScriptBase {
        let below = try parseOptionalArgument(for: token)
        let above = try parseScriptArgument(for: token)
        let mark = MathNode.token("mo", arrow, [("stretchy", "true")])
        if let below { return ScriptBase(node: .element("munderover", [mark, below, above], atom: .rel)) }
        return ScriptBase(node: .element("mover", [mark, above], atom: .rel))
    }
}
