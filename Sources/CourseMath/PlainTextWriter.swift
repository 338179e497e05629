/// Writes the `MathNode` tree the parser built as plain text, following the
/// conventions documented on `TeXToText`.
struct PlainTextWriter {
    /// Inside a script: operators without spaces (`x^(n+1)`), so scripts can
    /// map to superscript characters.
    private var compact = false

    /// The text of a whole expression, spaces collapsed and trimmed.
    mutating func text(of nodes: [MathNode]) -> String {
        Self.normalized(row(nodes))
    }

    /// A row's children. TeX's spacing is kept where text would read wrongly
    /// without it: after a large operator (`∑ᵢ i`), before a function name
    /// that follows a factor (`n₁ sin θ`), and between a fraction and a factor
    /// after it (`1/2 mv²`, not `1/2mv²`).
    private mutating func row(_ nodes: [MathNode]) -> String {
        var text = ""
        var afterFraction = false
        for node in nodes {
            let written = write(node)
            if !compact, let first = written.first, first.isLetter || first.isNumber,
               afterFraction || (node.isNamedFunction && text.last.map { $0.isLetter || $0.isNumber || $0 == ")" } == true) {
                text += node.isNamedFunction ? "\u{202F}" : " "
            }
            text += written
            if node.atom == .op && !node.isNamedFunction && !compact { text += " " }
            afterFraction = node.tag == "mfrac" && !written.isEmpty
        }
        return text
    }

    private mutating func write(_ node: MathNode) -> String {
        switch node.content {
        case .none:
            return node.tag == "mspace" ? space(node) : ""
        case .text(let text):
            return token(node, text)
        case .children(let children):
            let text = element(node, children)
            // An operator with scripts or labels (`\xrightarrow{f}`, `\overset{?}{=}`) spaces as the operator.
            return node.atom == .rel && !compact ? " " + text + " " : text
        }
    }

    private func token(_ node: MathNode, _ text: String) -> String {
        switch node.tag {
        case "mo":
            if text == "\u{2061}" { return "" }
            let symbol = text == "⋅" ? "·" : text
            if compact || node.attribute("form") == "prefix" { return symbol }
            switch node.atom {
            case .bin, .rel: return " " + symbol + " "
            case .punct: return symbol + " "
            default: return symbol
            }
        case "mtext":
            return String(text.map { $0 == "\u{A0}" ? " " : $0 })
        default:
            return text
        }
    }

    /// TeX's 1mu (around mhchem's tight dots) vanishes, thin spaces (up to
    /// 3mu, mhchem's digit groups included) are narrow no-break spaces,
    /// wider ones spaces.
    private func space(_ node: MathNode) -> String {
        guard let width = node.attribute("width"), width.hasSuffix("em"), let value = Double(width.dropLast(2)) else { return "" }
        if value < 0.06 { return "" }
        return value <= 0.17 ? "\u{202F}" : " "
    }

    private mutating func element(_ node: MathNode, _ children: [MathNode]) -> String {
        switch node.tag {
        case "mphantom":
            return ""
        case "mfrac":
            return fraction(node, children)
        case "msqrt":
            return "√" + Self.wrapped(row(children), strict: true)
        case "mroot":
            return root(children)
        case "msub", "msup", "msubsup", "munder", "mover", "munderover":
            return scripts(node, children)
        case "mmultiscripts":
            return multiscripts(children)
        case "mtable":
            return table(node, children)
        case "mrow" where Self.isBinomial(children):
            return "C(" + Self.normalized(write(children[1].children[0])) + ", "
                + Self.normalized(write(children[1].children[1])) + ")"
        default:
            let text = row(children)
            return node.textForm == .cancelled ? TextScripts.marking(text, with: TextScripts.strike) : text
        }
    }

    private mutating func fraction(_ node: MathNode, _ children: [MathNode]) -> String {
        guard children.count == 2 else { return row(children) }
        let numerator = Self.normalized(write(children[0]))
        let denominator = Self.normalized(write(children[1]))
        return Self.wrapped(numerator, strict: false) + "/" + Self.wrapped(denominator, strict: false)
    }

    private mutating func root(_ children: [MathNode]) -> String {
        guard children.count == 2 else { return row(children) }
        let radicand = Self.wrapped(Self.normalized(write(children[0])), strict: true)
        let index = Self.normalized(write(children[1]))
        switch index {
        case "2": return "√" + radicand
        case "3": return "∛" + radicand
        case "4": return "∜" + radicand
        default: return script(index, TextScripts.superscripts, "^") + "√" + radicand
        }
    }

    /// `\binom`: an `mrow` of `(`, a fraction without a bar, and `)`.
    private static func isBinomial(_ children: [MathNode]) -> Bool {
        children.count == 3 && children[1].tag == "mfrac" && children[1].attribute("linethickness") == "0"
            && children[1].children.count == 2
    }
}

extension PlainTextWriter {
    /// Scripts and limits, accents, braces and labelled arrows.
    private mutating func scripts(_ node: MathNode, _ children: [MathNode]) -> String {
        guard let baseNode = children.first else { return "" }
        if node.attribute("accent") == "true" || node.attribute("accentunder") == "true", children.count == 2,
           case .text(let mark) = children[1].content, let combining = TextScripts.combiningAccents[mark] {
            return TextScripts.marking(Self.normalized(write(baseNode)), with: combining)
        }
        let base = write(baseNode)
        // A brace under or over its content: the content.
        if children.count == 2, children[1].tag == "mo", children[1].attribute("stretchy") == "true",
           ["⏞", "⏟"].contains(children[1].textContent) {
            return base
        }
        let (lower, upper): (MathNode?, MathNode?)
        switch node.tag {
        case "msub", "munder": (lower, upper) = (children.count > 1 ? children[1] : nil, nil)
        case "msup", "mover": (lower, upper) = (nil, children.count > 1 ? children[1] : nil)
        default: (lower, upper) = (children.count > 1 ? children[1] : nil, children.count > 2 ? children[2] : nil)
        }
        if baseNode.tag == "mo", baseNode.attribute("stretchy") == "true" {
            return labelledArrow(base, above: upper, below: lower)
        }
        let saved = compact
        compact = true
        defer { compact = saved }
        let lowerText = lower.map { Self.normalized(write($0)) } ?? ""
        let upperText = upper.map { Self.normalized(write($0)) } ?? ""
        let wrappedBase = baseNode.tag == "mo" || baseNode.atom == .op || node.atom == .op ? base : Self.wrapped(Self.normalized(base), strict: false)
        return wrappedBase + script(lowerText, TextScripts.subscripts, "_") + raised(upperText)
    }

    private func raised(_ text: String) -> String {
        if let already = TextScripts.raisedAlready[text] { return already }
        if text.hasPrefix("′") || text.hasPrefix("″") {
            let primes = text.prefix { $0 == "′" || $0 == "″" || $0 == "‴" }
            return String(primes) + raised(String(text.dropFirst(primes.count)))
        }
        return script(text, TextScripts.superscripts, "^")
    }

    private func script(_ text: String, _ table: [Character: Character], _ marker: String) -> String {
        if text.isEmpty { return "" }
        if let mapped = TextScripts.mapped(text, table) { return mapped }
        return marker + (text.count == 1 ? text : "(" + text + ")")
    }

    /// `→(above)`, `→(above; below)`; empty labels (an arrow's minimum length) are not written.
    private mutating func labelledArrow(_ arrow: String, above: MathNode?, below: MathNode?) -> String {
        let labels = [above, below].compactMap { $0.map { Self.normalized(write($0)) } }.filter { !$0.isEmpty }
        return labels.isEmpty ? arrow : arrow + "(" + labels.joined(separator: "; ") + ")"
    }

    /// Prescripts first, as read: `¹⁴₆C`.
    private mutating func multiscripts(_ children: [MathNode]) -> String {
        guard let separator = children.firstIndex(where: { $0.tag == "mprescripts" }), separator >= 1 else { return row(children) }
        let saved = compact
        compact = true
        defer { compact = saved }
        var pre = ""
        var index = separator + 1
        while index + 1 < children.count {
            pre += raised(Self.normalized(write(children[index + 1])))
            pre += script(Self.normalized(write(children[index])), TextScripts.subscripts, "_")
            index += 2
        }
        var post = ""
        index = 1
        while index + 1 < separator {
            post += script(Self.normalized(write(children[index])), TextScripts.subscripts, "_")
            post += raised(Self.normalized(write(children[index + 1])))
            index += 2
        }
        return pre + write(children[0]) + post
    }

    /// Cells `, `, rows `; `; an aligned table's cells are halves of one line.
    private mutating func table(_ node: MathNode, _ rows: [MathNode]) -> String {
        let aligned = node.textForm == .alignedTable
        return rows.map { row in
            let cells = row.children.map { write($0) }
            return aligned ? Self.normalized(cells.joined()) : cells.map(Self.normalized).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}

extension PlainTextWriter {
    /// Runs of spaces become one (a narrow no-break space when all of the
    /// run is), and spaces at either end go.
    static func normalized(_ text: String) -> String {
        var result = ""
        var pending: Character?
        for character in text {
            if character == " " || character == "\u{202F}" {
                pending = pending == " " || character == " " ? " " : "\u{202F}"
                continue
            }
            if let space = pending, !result.isEmpty { result.append(space) }
            pending = nil
            result.append(character)
        }
        return result
    }

    /// `text` in parentheses when it would not read as one operand: it holds
    /// a space or an operator, or (`strict`, for roots) is more than a number
    /// or one symbol with its marks and scripts.
    static func wrapped(_ text: String, strict: Bool) -> String {
        if text.isEmpty || isParenthesized(text) { return text }
        let loose = text.contains { $0 == " " || $0 == "\u{202F}" || operators.contains($0) }
        if loose { return "(" + text + ")" }
        guard strict else { return text }
        let isNumber = text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
        let symbols = text.filter { !isScriptOrMark($0) }.count
        return isNumber || symbols <= 1 ? text : "(" + text + ")"
    }

    private static let operators: Set<Character> = ["+", "-", "−", "±", "∓", "×", "÷", "·", "=", "<", ">", "≤", "≥", "≠", "≈", "/", "→"]

    private static func isScriptOrMark(_ character: Character) -> Bool {
        TextScripts.superscripts.values.contains(character) || TextScripts.subscripts.values.contains(character)
            || character == "′" || character == "″"
    }

    private static func isParenthesized(_ text: String) -> Bool {
        guard text.first == "(", text.last == ")" else { return false }
        var depth = 0
        for (index, character) in text.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0 && index < text.count - 1 { return false }
        }
        return true
    }
}

extension MathNode {
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    var children: [MathNode] {
        if case .children(let children) = content { return children }
        return []
    }

    var textContent: String {
        if case .text(let text) = content { return text }
        return ""
    }
}
