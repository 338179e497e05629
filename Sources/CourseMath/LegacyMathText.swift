/// Readable Unicode for the TeX that upper-secondary courses use in
/// questions (`\frac{3}{8}` → `3/8`, `x^{2}` → `x²`, `8\,500` → `8 500`),
/// because the platform's question editor shows TeX source as it is.
/// Returns nil when the TeX uses anything not covered, so the caller keeps
/// the author's `$…$` rather than showing half-converted math.
///
/// Interim: this reader is separate from the TeX parser the MathML writer
/// uses; `readable` is the one entry point every caller goes through, so
/// switching it to the parser's own text output changes one place.
public enum MathText {
    static let symbols: [String: String] = [
        "times": "×", "div": "÷", "cdot": "·", "pm": "±", "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
        "neq": "≠", "ne": "≠", "approx": "≈", "pi": "π", "infty": "∞", "circ": "°", "to": "→", "rightarrow": "→",
        "Rightarrow": "⇒", "Leftrightarrow": "⇔", "ldots": "…", "cdots": "⋯", "dots": "…", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "Delta": "Δ", "theta": "θ", "lambda": "λ", "mu": "μ", "sigma": "σ", "omega": "ω",
        "in": "∈", "notin": "∉", "subset": "⊂", "cup": "∪", "cap": "∩", "emptyset": "∅", "mathbb": "", "%": "%",
        ",": "\u{202F}", ";": " ", "quad": " ", " ": " ", "{": "{", "}": "}", "$": "$", "left": "", "right": "",
        "degree": "°", "angle": "∠", "perp": "⊥", "parallel": "∥", "sim": "∼", "equiv": "≡", "propto": "∝",
    ]
    /// Binary operators and relations, written with spaces around them.
    static let operators: Set<String> = [
        "times", "div", "cdot", "pm", "mp", "leq", "le", "geq", "ge", "neq", "ne", "approx", "to", "rightarrow",
        "Rightarrow", "Leftrightarrow", "in", "notin", "subset", "cup", "cap", "equiv", "sim", "propto",
    ]
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "-": "⁻", "+": "⁺", "n": "ⁿ", "(": "⁽", ")": "⁾", "x": "ˣ", "i": "ⁱ",
    ]
    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "-": "₋", "+": "₊", "n": "ₙ", "x": "ₓ", "i": "ᵢ",
    ]

    public static func readable(_ tex: String) -> String? {
        var parser = Parser(chars: Array(tex))
        guard let raw = parser.sequence(until: nil) else { return nil }
        var text = ""
        for character in raw where !(character == " " && text.last == " ") { text.append(character) }
        return String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    private struct Parser {
        let chars: [Character]
        var i = 0

        mutating func sequence(until end: Character?) -> String? {
            var out = ""
            while i < chars.count {
                let c = chars[i]
                if let end, c == end { i += 1; return out }
                guard let piece = atom() else { return nil }
                out += piece
            }
            return end == nil ? out : nil
        }

        /// One group, command or character.
        mutating func atom() -> String? {
            let c = chars[i]
            i += 1
            switch c {
            case "{": return sequence(until: "}")
            case "}": return nil
            case "^", "_": return script(c == "^" ? MathText.superscripts : MathText.subscripts)
            case "\\": return command()
            case "&", "#": return nil
            case "~": return "\u{00A0}"
            default: return String(c)
            }
        }

        mutating func argument() -> String? {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { return nil }
            return atom()
        }

        mutating func script(_ table: [Character: Character]) -> String? {
            guard let body = argument() else { return nil }
            if body == "°" || body == "\u{2032}" { return body }
            let mapped = body.compactMap { table[$0] }
            if mapped.count == body.count { return String(mapped) }
            return body.count == 1 ? "^" + body : "^(" + body + ")"
        }

        mutating func command() -> String? {
            guard i < chars.count else { return nil }
            var name = String(chars[i])
            i += 1
            if name.first!.isLetter {
                while i < chars.count, chars[i].isLetter { name.append(chars[i]); i += 1 }
            }
            switch name {
            case "frac", "dfrac", "tfrac":
                guard let a = argument(), let b = argument() else { return nil }
                return wrap(a) + "/" + wrap(b)
            case "sqrt":
                guard let a = argument() else { return nil }
                return "√" + wrap(a)
            case "text", "mathrm", "textrm", "mathit", "mathbf", "operatorname":
                return argument()
            case "overline":
                guard let a = argument() else { return nil }
                return a.map { String($0) + "\u{0305}" }.joined()
            default:
                if let symbol = MathText.symbols[name] {
                    return MathText.operators.contains(name) ? " \(symbol) " : symbol
                }
                return nil
            }
        }

        func wrap(_ s: String) -> String {
            s.count <= 1 || s.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "." }) ? s : "(" + s + ")"
        }
    }
}
