/// Plain symbols: Greek letters, operators, relations, arrows, delimiters and
/// ordinary symbols, by command name and by character.
enum SymbolTable {
    /// `\name` (without backslash) → symbol.
    static let commands: [String: MathSymbol] = {
        var table: [String: MathSymbol] = [:]
        for (name, text) in greekLowercase { table[name] = .identifier(text) }
        for (name, text) in greekUppercase { table[name] = .upright(text) }
        for (name, text) in ordinaryIdentifiers { table[name] = .identifier(text) }
        for (name, text) in uprightIdentifiers { table[name] = .upright(text) }
        for (name, text) in binaryOperators { table[name] = .op(text, .bin) }
        for (name, text) in relations { table[name] = .op(text, .rel) }
        for (name, text) in arrows { table[name] = .op(text, .rel) }
        for (name, text) in verticalArrows { table[name] = .fixed(text, .rel) }
        for (name, text) in ordinaryOperators { table[name] = .op(text, .ord) }
        for (name, text) in innerOperators { table[name] = .op(text, .inner) }
        for (name, symbol) in delimiters { table[name] = symbol }
        table["colon"] = .op(":", .punct)
        return table
    }()

    /// Characters typed directly (ASCII and common Unicode math symbols).
    static let characters: [Unicode.Scalar: MathSymbol] = {
        var table: [Unicode.Scalar: MathSymbol] = [:]
        // Unicode symbols take the class of the command that writes them.
        // Identifiers first, so that an operator sharing the character (⊥) wins.
        for tag in ["mi", "mo"] {
            for name in commands.keys.sorted() {
                guard let symbol = commands[name], symbol.tag == tag, symbol.text.unicodeScalars.count == 1,
                      let scalar = symbol.text.unicodeScalars.first, !scalar.isASCII else { continue }
                table[scalar] = symbol
            }
        }
        table["+"] = .op("+", .bin)
        table["-"] = .op("\u{2212}", .bin)
        table["*"] = .op("\u{2217}", .bin)
        table["\u{B7}"] = .op("\u{22C5}", .bin)     // middle dot typed for \cdot
        table["="] = .op("=", .rel)
        table["<"] = .op("<", .rel)
        table[">"] = .op(">", .rel)
        table[":"] = .op(":", .rel)
        table[","] = .op(",", .punct)
        table[";"] = .op(";", .punct)
        table["!"] = .op("!", .close)
        table["?"] = .op("?", .close)
        table["("] = .fixed("(", .open)
        table[")"] = .fixed(")", .close)
        table["["] = .fixed("[", .open)
        table["]"] = .fixed("]", .close)
        table["|"] = .fixed("|", .ord)
        table["‖"] = .fixed("‖", .ord)
        table["/"] = .fixed("/", .ord)
        table["'"] = .op("\u{2032}", .ord)
        // Ordinary punctuation: TeX adds no space around these.
        for scalar in [".", "@", "\"", "`"] as [Unicode.Scalar] { table[scalar] = .identifier(String(scalar)) }
        return table
    }()

    static let greekLowercase: [(String, String)] = [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
        ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
        ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"),
        ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"),
        ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"),
        ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
    ]

    static let greekUppercase: [(String, String)] = [
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
        ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ]

    static let ordinaryIdentifiers: [(String, String)] = [
        ("infty", "∞"), ("emptyset", "∅"), ("varnothing", "∅"), ("partial", "∂"), ("ell", "ℓ"),
        ("hbar", "ℏ"), ("hslash", "ℏ"), ("imath", "ı"), ("jmath", "ȷ"), ("wp", "℘"),
        ("Re", "ℜ"), ("Im", "ℑ"), ("aleph", "ℵ"), ("beth", "ℶ"),
        ("angle", "∠"), ("measuredangle", "∡"), ("sphericalangle", "∢"), ("triangle", "△"),
        ("square", "□"), ("Box", "□"), ("blacksquare", "■"), ("diamondsuit", "♢"), ("checkmark", "✓"),
        ("forall", "∀"), ("exists", "∃"), ("nexists", "∄"), ("top", "⊤"), ("bot", "⊥"),
        ("degree", "°"), ("%", "%"), ("$", "$"), ("#", "#"), ("&", "&"), ("_", "_"),
        ("dagger", "†"), ("ddagger", "‡"), ("S", "§"), ("P", "¶"), ("copyright", "©"),
    ]

    static let uprightIdentifiers: [(String, String)] = [("nabla", "∇")]

    static let binaryOperators: [(String, String)] = [
        ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"),
        ("star", "⋆"), ("circ", "∘"), ("bullet", "∙"), ("cup", "∪"), ("cap", "∩"), ("setminus", "∖"),
        ("smallsetminus", "∖"), ("land", "∧"), ("wedge", "∧"), ("lor", "∨"), ("vee", "∨"),
        ("oplus", "⊕"), ("ominus", "⊖"), ("otimes", "⊗"), ("oslash", "⊘"), ("odot", "⊙"),
        ("uplus", "⊎"), ("sqcup", "⊔"), ("sqcap", "⊓"), ("diamond", "⋄"), ("wr", "≀"), ("amalg", "⨿"),
        ("bmod", "mod"),
    ]

    static let relations: [(String, String)] = [
        ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("leqslant", "⩽"), ("geqslant", "⩾"),
        ("lt", "<"), ("gt", ">"), ("ne", "≠"), ("neq", "≠"), ("nleq", "≰"), ("ngeq", "≱"),
        ("approx", "≈"), ("equiv", "≡"), ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("propto", "∝"),
        ("doteq", "≐"), ("asymp", "≍"), ("coloneqq", "≔"), ("ll", "≪"), ("gg", "≫"),
        ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"),
        ("in", "∈"), ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"), ("subseteq", "⊆"),
        ("subsetneq", "⊊"), ("supset", "⊃"), ("supseteq", "⊇"), ("supsetneq", "⊋"),
        ("nsubseteq", "⊈"), ("nsupseteq", "⊉"),
        ("perp", "⊥"), ("parallel", "∥"), ("nparallel", "∦"), ("mid", "∣"), ("nmid", "∤"),
        ("vdash", "⊢"), ("dashv", "⊣"), ("models", "⊨"), ("therefore", "∴"), ("because", "∵"),
    ]

    static let arrows: [(String, String)] = [
        ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"), ("gets", "←"), ("leftrightarrow", "↔"),
        ("Rightarrow", "⇒"), ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"),
        ("implies", "⟹"), ("impliedby", "⟸"), ("iff", "⟺"),
        ("longrightarrow", "⟶"), ("longleftarrow", "⟵"), ("longleftrightarrow", "⟷"),
        ("Longrightarrow", "⟹"), ("Longleftarrow", "⟸"), ("Longleftrightarrow", "⟺"),
        ("mapsto", "↦"), ("longmapsto", "⟼"), ("hookrightarrow", "↪"), ("hookleftarrow", "↩"),
        ("nearrow", "↗"), ("searrow", "↘"), ("swarrow", "↙"), ("nwarrow", "↖"),
        ("rightleftharpoons", "⇌"), ("leftrightarrows", "⇆"), ("rightleftarrows", "⇄"), ("leadsto", "⇝"),
    ]

    static let verticalArrows: [(String, String)] = [
        ("uparrow", "↑"), ("downarrow", "↓"), ("updownarrow", "↕"),
        ("Uparrow", "⇑"), ("Downarrow", "⇓"), ("Updownarrow", "⇕"),
    ]

    static let ordinaryOperators: [(String, String)] = [
        ("neg", "¬"), ("lnot", "¬"), ("prime", "′"),
    ]

    static let innerOperators: [(String, String)] = [
        ("ldots", "…"), ("dots", "…"), ("dotsc", "…"), ("dotso", "…"), ("cdots", "⋯"), ("dotsb", "⋯"),
        ("dotsm", "⋯"), ("dotsi", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
    ]

    /// Delimiters as plain symbols (no `\left`): natural size.
    static let delimiters: [(String, MathSymbol)] = [
        ("{", .fixed("{", .open)), ("}", .fixed("}", .close)), ("lbrace", .fixed("{", .open)),
        ("rbrace", .fixed("}", .close)), ("lbrack", .fixed("[", .open)), ("rbrack", .fixed("]", .close)),
        ("langle", .fixed("⟨", .open)), ("rangle", .fixed("⟩", .close)),
        ("lfloor", .fixed("⌊", .open)), ("rfloor", .fixed("⌋", .close)),
        ("lceil", .fixed("⌈", .open)), ("rceil", .fixed("⌉", .close)),
        ("vert", .fixed("|", .ord)), ("lvert", .fixed("|", .open)), ("rvert", .fixed("|", .close)),
        ("|", .fixed("‖", .ord)), ("Vert", .fixed("‖", .ord)), ("lVert", .fixed("‖", .open)),
        ("rVert", .fixed("‖", .close)), ("backslash", .fixed("\\", .ord)),
    ]

    /// Delimiters accepted after `\left`, `\right`, `\middle` and `\big`…,
    /// by command name; `nil` is the empty delimiter `.`.
    static let delimiterCommands: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
        "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "vert": "|", "lvert": "|", "rvert": "|", "|": "‖", "Vert": "‖", "lVert": "‖", "rVert": "‖",
        "backslash": "\\", "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕",
        "Uparrow": "⇑", "Downarrow": "⇓", "Updownarrow": "⇕",
    ]

    /// Delimiter characters accepted after `\left` and friends.
    static let delimiterCharacters: [Unicode.Scalar: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩",
        "⟨": "⟨", "⟩": "⟩", "‖": "‖",
    ]
}
