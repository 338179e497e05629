/// Recursive-descent parser from math-mode TeX to a `MathNode` tree.
///
/// The grammar is TeX's: a list of atoms, each optionally followed by
/// scripts; an atom is a character, a group `{…}` or a command with its
/// arguments. Commands live in the `TeXParser+…` extensions. Every error is
/// thrown as a `TeXError` pointing at the offending bytes; nesting is bounded
/// so hostile input cannot exhaust the stack.
struct TeXParser {
    /// Deepest nesting of groups, arguments, `\left`…`\right` and environments.
    static let maximumNesting = 64

    var lexer: TeXLexer
    /// A token read by `peek()` and not yet consumed.
    private var lookahead: TeXToken?
    /// The whole expression is display math (`$$…$$`).
    let displayMode: Bool
    /// TeX's display style at this point: decides whether `\sum` and `\lim` take limits under and over.
    var displayStyle: Bool
    /// The alphabet selected by `\mathbb`, `\mathrm`…, while parsing their argument.
    var font: MathFont?
    var nesting = 0

    init(bytes: [UInt8], display: Bool) {
        lexer = TeXLexer(bytes: bytes)
        displayMode = display
        displayStyle = display
    }

    var bytes: [UInt8] { lexer.bytes }

    // MARK: Tokens

    mutating func peek() throws(TeXError) -> TeXToken {
        if let token = lookahead { return token }
        let token = try lexer.next()
        lookahead = token
        return token
    }

    @discardableResult
    mutating func next() throws(TeXError) -> TeXToken {
        if let token = lookahead {
            lookahead = nil
            return token
        }
        return try lexer.next()
    }

    /// Consumes the token returned by the last `peek()`.
    mutating func consume() {
        if lookahead != nil {
            lookahead = nil
        } else {
            _ = try? lexer.next()
        }
    }

    /// Forgets a peeked token so raw reading starts right after the last consumed one.
    mutating func rewindLookahead() {
        if let token = lookahead {
            lexer.position = token.offset
            lookahead = nil
        }
    }

    /// The source text of a token (a character with its combining marks).
    func text(of token: TeXToken) -> String {
        String(decoding: bytes[token.offset..<token.end], as: UTF8.self)
    }

    mutating func enterNesting(at token: TeXToken) throws(TeXError) {
        nesting += 1
        if nesting > Self.maximumNesting { throw TeXError(token, "math nested too deeply") }
    }

    // MARK: Lists

    /// The whole expression.
    mutating func parseExpression() throws(TeXError) -> [MathNode] {
        let (nodes, stop) = try parseList()
        guard stop.kind == .end else { throw unexpected(stop) }
        return MathSpacing.finish(nodes)
    }

    /// Atoms up to (not including) a token that ends a list: end of input,
    /// `}`, `&`, `\\`, `\end`, `\right`, `\middle`, and `]` when reading an
    /// optional argument. The caller decides which of them it accepts.
    mutating func parseList(stopAtBracket: Bool = false) throws(TeXError) -> (nodes: [MathNode], stop: TeXToken) {
        var nodes: [MathNode] = []
        while true {
            let token = try peek()
            if Self.endsList(token, stopAtBracket: stopAtBracket) { return (nodes, token) }
            // `\displaystyle` and `\color{c}` apply to the rest of the current list.
            if let name = token.commandName, let style = try readStyleSwitch(name, token: token) {
                let stop = try parseStyledRest(style, token: token, stopAtBracket: stopAtBracket, into: &nodes)
                return (nodes, stop)
            }
            if let node = try parseScriptedAtom() { nodes.append(node) }
        }
    }

    /// What a switch such as `\displaystyle` or `\color{red}` sets for the rest of its list.
    struct StyleSwitch {
        var attributes: [(name: String, value: String)]
        var displayStyle: Bool
    }

    /// The switch `name` stands for, consumed with its argument; nil (and
    /// nothing consumed) for any other command. Kept out of `parseList`,
    /// whose frame is on the recursion path.
    private mutating func readStyleSwitch(_ name: String, token: TeXToken) throws(TeXError) -> StyleSwitch? {
        switch CommandTable.commands[name] {
        case .mathStyle(let display, let scriptLevel)?:
            consume()
            var attributes: [(name: String, value: String)] = [("displaystyle", display ? "true" : "false")]
            if let scriptLevel { attributes.append(("scriptlevel", String(scriptLevel))) }
            return StyleSwitch(attributes: attributes, displayStyle: display)
        case .color(isSwitch: true)?:
            consume()
            return StyleSwitch(attributes: [("mathcolor", try readColorArgument(for: token))], displayStyle: displayStyle)
        default:
            return nil
        }
    }

    private mutating func parseStyledRest(_ style: StyleSwitch, token: TeXToken, stopAtBracket: Bool,
                                          into nodes: inout [MathNode]) throws(TeXError) -> TeXToken {
        try enterNesting(at: token)
        defer { nesting -= 1 }
        let saved = displayStyle
        displayStyle = style.displayStyle
        defer { displayStyle = saved }
        let (rest, stop) = try parseList(stopAtBracket: stopAtBracket)
        nodes.append(.element("mstyle", style.attributes, MathSpacing.finish(rest)))
        return stop
    }

    static func endsList(_ token: TeXToken, stopAtBracket: Bool) -> Bool {
        switch token.kind {
        case .end, .closeBrace, .alignment: return true
        case .command(let name): return name == "\\" || name == "end" || name == "right" || name == "middle"
        case .character(let scalar): return stopAtBracket && scalar == "]"
        default: return false
        }
    }

    /// The error for a token that ends a list where that list may not end.
    mutating func unexpected(_ token: TeXToken) -> TeXError {
        if lookahead == token { lookahead = nil }
        switch token.kind {
        case .closeBrace:
            return TeXError(token, "unexpected closing brace")
        case .alignment:
            return TeXError(token, "alignment tab & is only allowed inside an environment such as aligned or cases")
        case .end:
            return TeXError(token, "unexpected end of math")
        case .command("\\"):
            return TeXError(token, "line break \\\\ is only allowed inside an environment such as aligned or cases")
        case .command("right"):
            return TeXError(token, "\\right without matching \\left")
        case .command("middle"):
            return TeXError(token, "\\middle without matching \\left")
        case .command("end"):
            guard let (name, end) = readEnvironmentName() else {
                return TeXError(token, "\\end without matching \\begin")
            }
            return TeXError(offset: token.offset, length: end - token.offset,
                            message: "\\end{\(name)} without matching \\begin{\(name)}")
        default:
            return TeXError(token, "unexpected \(token.spelling)")
        }
    }

    // MARK: Groups and arguments

    /// `{…}` after its opening brace has been consumed.
    mutating func parseGroup(openedBy open: TeXToken) throws(TeXError) -> MathNode {
        try enterNesting(at: open)
        defer { nesting -= 1 }
        let (nodes, stop) = try parseList()
        guard stop.kind == .closeBrace else { throw TeXError(open, "missing closing brace") }
        consume()
        return .group(MathSpacing.finish(nodes))
    }

    /// A mandatory argument: a group, or a single token (`\frac12`, `x^2`, `\sqrt\pi`).
    mutating func parseArgument(for command: TeXToken) throws(TeXError) -> MathNode {
        let token = try peek()
        switch token.kind {
        case .openBrace:
            consume()
            return try parseGroup(openedBy: token)
        case .caret, .underscore:
            throw TeXError(command, "missing argument for \(command.spelling)")
        default:
            if Self.endsList(token, stopAtBracket: false) {
                throw TeXError(command, "missing argument for \(command.spelling)")
            }
            try enterNesting(at: token)
            defer { nesting -= 1 }
            return try parseAtom(inList: false)?.node ?? .emptyRow
        }
    }

    /// An optional argument `[…]` if one follows, in script style (root index, arrow label).
    mutating func parseOptionalArgument(for command: TeXToken) throws(TeXError) -> MathNode? {
        let open = try peek()
        guard open.kind == .character("[") else { return nil }
        consume()
        try enterNesting(at: open)
        defer { nesting -= 1 }
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let (nodes, stop) = try parseList(stopAtBracket: true)
        guard stop.kind == .character("]") else {
            throw TeXError(open, "missing ] after optional argument of \(command.spelling)")
        }
        consume()
        return .row(MathSpacing.finish(nodes))
    }

    // MARK: Atoms and scripts

    /// One atom and any `^`, `_` and primes after it; nil when the atom
    /// produces nothing (`\!`) and no script follows.
    mutating func parseScriptedAtom() throws(TeXError) -> MathNode? {
        let first = try peek()
        var base = ScriptBase(node: .emptyRow)
        switch first.kind {
        case .caret, .underscore, .character("'"):
            break   // TeX allows a script without base: `^2` is a superscript on nothing
        default:
            if let atom = try parseAtom(inList: true) {
                base = atom
            } else {
                switch try peek().kind {
                case .caret, .underscore, .character("'"): break
                default: return nil
                }
            }
        }
        return try parseScripts(on: base)
    }

    mutating func parseScripts(on base: ScriptBase) throws(TeXError) -> MathNode {
        var scripts = Scripts(base: base)
        while try parseScript(into: &scripts) {}
        return scripts.node(displayStyle: displayStyle)
    }

    /// Reads one `^…`, `_…`, `'` or `\limits` after an atom; false when none follows.
    private mutating func parseScript(into scripts: inout Scripts) throws(TeXError) -> Bool {
        let token = try peek()
        switch token.kind {
        case .caret:
            guard scripts.upper == nil else { throw TeXError(token, "double superscript") }
            consume()
            scripts.upper = try parseScriptArgument(for: token)
        case .underscore:
            guard scripts.lower == nil else { throw TeXError(token, "double subscript") }
            consume()
            scripts.lower = try parseScriptArgument(for: token)
        case .character("'"):
            guard scripts.upper == nil else { throw TeXError(token, "double superscript") }
            consume()
            scripts.primes += 1
        case .command("limits"), .command("nolimits"):
            consume()
            if scripts.base.node.atom == .op { scripts.base.limits = token.kind == .command("limits") ? .always : .never }
        default:
            return false
        }
        return true
    }

    /// One atom without scripts; nil for commands that produce nothing.
    mutating func parseAtom(inList: Bool) throws(TeXError) -> ScriptBase? {
        let token = try next()
        switch token.kind {
        case .openBrace:
            return ScriptBase(node: try parseGroup(openedBy: token))
        case .character(let scalar):
            return ScriptBase(node: try parseCharacter(scalar, token: token, inList: inList))
        case .command(let name):
            return try parseCommand(name, token: token)
        case .caret, .underscore:
            throw TeXError(token, "missing argument for \(token.spelling)")
        case .closeBrace, .alignment, .end:
            throw unexpected(token)
        }
    }
}
