/// Decorations around an argument: `\cancel` and friends, `\boxed`, and
/// color (`\textcolor{c}{…}`, and the `\color{c}` switch read by `parseList`).
extension TeXParser {
    /// `\cancel{x}` (`/`), `\bcancel{x}` (`\`), `\xcancel{x}` (both). MathML
    /// Core has no `menclose`, so the strokes are CSS gradients painted on
    /// the `mrow` around the argument: the line runs exactly corner to corner
    /// of the argument's box whatever its size, takes the text color (and so
    /// `\color`), and the argument stays ordinary, selectable MathML.
    mutating func parseCancel(_ stroke: CancelStroke, token: TeXToken) throws(TeXError) -> ScriptBase {
        let argument = try parseArgument(for: token)
        // `to bottom right` puts the middle of the gradient on the diagonal
        // from the bottom-left corner to the top-right one: `/`.
        let layers: [String]
        switch stroke {
        case .up: layers = [Self.diagonal("to bottom right")]
        case .down: layers = [Self.diagonal("to top right")]
        case .cross: layers = [Self.diagonal("to bottom right"), Self.diagonal("to top right")]
        }
        var node = MathNode.element("mrow", [("style", "background-image: " + layers.joined(separator: ", "))],
                                    argument.rowChildren)
        node.textForm = .cancelled
        return ScriptBase(node: node)
    }

    private static func diagonal(_ direction: String) -> String {
        "linear-gradient(\(direction), transparent calc(50% - 0.03em), currentColor calc(50% - 0.03em), "
            + "currentColor calc(50% + 0.03em), transparent calc(50% + 0.03em))"
    }

    /// `\boxed{…}`: the argument in display style, framed as TeX's `\fbox`
    /// (a 0.04em rule, 0.3em from the content).
    mutating func parseBoxed(token: TeXToken) throws(TeXError) -> ScriptBase {
        let saved = displayStyle
        displayStyle = true
        defer { displayStyle = saved }
        var content = try parseArgument(for: token).rowChildren
        if !saved { content = [.element("mstyle", [("displaystyle", "true")], content)] }
        return ScriptBase(node: .element("mrow", [("style", "border: 0.04em solid; padding: 0.3em")], content))
    }

    /// `\textcolor{c}{…}`: the argument in color `c`.
    mutating func parseTextColor(token: TeXToken) throws(TeXError) -> ScriptBase {
        let color = try readColorArgument(for: token)
        let argument = try parseArgument(for: token)
        return ScriptBase(node: .element("mrow", [("mathcolor", color)], argument.rowChildren))
    }

    /// The `{c}` after `\color` or `\textcolor`, read raw (a `#` is no TeX
    /// parameter here): a CSS color name or `#rrggbb`, as `mathcolor` takes it.
    mutating func readColorArgument(for command: TeXToken) throws(TeXError) -> String {
        rewindLookahead()
        lexer.skipSpacesAndComments()
        let open = lexer.position
        guard open < bytes.count, bytes[open] == UInt8(ascii: "{") else {
            throw TeXError(command, "missing color after \(command.spelling)")
        }
        var close = open + 1
        while close < bytes.count, bytes[close] != UInt8(ascii: "}") { close += 1 }
        guard close < bytes.count, bytes[close] == UInt8(ascii: "}") else {
            throw TeXError(offset: open, length: 1, message: "missing closing brace")
        }
        let raw = bytes[(open + 1)..<close]
        guard raw.count <= 32, let color = MathColor.value(of: raw) else {
            throw TeXError(offset: open + 1, length: raw.count,
                           message: "unknown color '\(String(decoding: raw, as: UTF8.self))' (use a CSS color name such as red or blue, or #rrggbb)")
        }
        lexer.position = close + 1
        return color
    }
}
