/// Every control sequence the converter knows, by name without backslash.
enum CommandTable {
    static let commands: [String: TeXCommand] = {
        var table: [String: TeXCommand] = [:]
        for (name, symbol) in SymbolTable.commands { table[name] = .symbol(symbol) }
        for (name, text, limits) in largeOperators { table[name] = .largeOperator(text, limits) }
        for (name, text, limits) in functions { table[name] = .function(text, limits) }
        for (name, width) in spaces { table[name] = .space(width) }
        for (name, accent) in accents { table[name] = .accent(accent) }
        for (name, font) in fonts { table[name] = .font(font) }
        for (name, style) in textStyles { table[name] = .text(style) }
        for (prefix, size) in delimiterSizes {
            table[prefix] = .sizedDelimiter(size: size, atom: .ord)
            table[prefix + "l"] = .sizedDelimiter(size: size, atom: .open)
            table[prefix + "r"] = .sizedDelimiter(size: size, atom: .close)
            table[prefix + "m"] = .sizedDelimiter(size: size, atom: .rel)
        }
        for (name, arrow) in extensibleArrows { table[name] = .extensibleArrow(arrow) }
        for name in ["colorbox", "fcolorbox"] {
            table[name] = .unsupported("colored boxes are not supported (use \\boxed, or \\color for colored math)")
        }
        table["color"] = .color(isSwitch: true)
        table["textcolor"] = .color(isSwitch: false)
        table["cancel"] = .cancel(.up)
        table["bcancel"] = .cancel(.down)
        table["xcancel"] = .cancel(.cross)
        table["boxed"] = .boxed
        table["cfrac"] = .continuedFraction
        table["ce"] = .chemistry(.formula)
        table["pu"] = .chemistry(.unit)
        table["frac"] = .fraction(display: nil, binomial: false)
        table["dfrac"] = .fraction(display: true, binomial: false)
        table["tfrac"] = .fraction(display: false, binomial: false)
        table["binom"] = .fraction(display: nil, binomial: true)
        table["dbinom"] = .fraction(display: true, binomial: true)
        table["tbinom"] = .fraction(display: false, binomial: true)
        table["sqrt"] = .squareRoot
        table["operatorname"] = .operatorName
        table["left"] = .left
        table["right"] = .right
        table["middle"] = .middle
        table["begin"] = .begin
        table["end"] = .end
        table["displaystyle"] = .mathStyle(display: true, scriptLevel: nil)
        table["textstyle"] = .mathStyle(display: false, scriptLevel: nil)
        table["scriptstyle"] = .mathStyle(display: false, scriptLevel: 1)
        table["scriptscriptstyle"] = .mathStyle(display: false, scriptLevel: 2)
        table["limits"] = .limits(.always)
        table["nolimits"] = .limits(.never)
        table["not"] = .negation
        table["overset"] = .stack(over: true)
        table["stackrel"] = .stack(over: true)
        table["underset"] = .stack(over: false)
        table["phantom"] = .phantom
        table["pmod"] = .parenthesizedMod
        table["\\"] = .lineBreak
        table["hline"] = .horizontalLine
        table["hdashline"] = .horizontalLine
        return table
    }()

    /// Sorted `\name` spellings of everything supported (refused commands excluded).
    static let supportedNames: [String] = commands.compactMap { name, command in
        if case .unsupported = command { return nil }
        return "\\" + name
    }.sorted()

    static let largeOperators: [(String, String, LimitsPlacement)] = [
        ("sum", "∑", .display), ("prod", "∏", .display), ("coprod", "∐", .display),
        ("bigcup", "⋃", .display), ("bigcap", "⋂", .display), ("bigvee", "⋁", .display),
        ("bigwedge", "⋀", .display), ("bigoplus", "⨁", .display), ("bigotimes", "⨂", .display),
        ("bigodot", "⨀", .display), ("biguplus", "⨄", .display), ("bigsqcup", "⨆", .display),
        ("int", "∫", .never), ("iint", "∬", .never), ("iiint", "∭", .never), ("oint", "∮", .never),
    ]

    static let functions: [(String, String, LimitsPlacement)] = [
        ("sin", "sin", .never), ("cos", "cos", .never), ("tan", "tan", .never), ("cot", "cot", .never),
        ("sec", "sec", .never), ("csc", "csc", .never), ("arcsin", "arcsin", .never),
        ("arccos", "arccos", .never), ("arctan", "arctan", .never), ("sinh", "sinh", .never),
        ("cosh", "cosh", .never), ("tanh", "tanh", .never), ("coth", "coth", .never),
        ("log", "log", .never), ("ln", "ln", .never), ("lg", "lg", .never), ("exp", "exp", .never),
        ("arg", "arg", .never), ("deg", "deg", .never), ("dim", "dim", .never), ("hom", "hom", .never),
        ("ker", "ker", .never),
        ("lim", "lim", .display), ("liminf", "lim inf", .display), ("limsup", "lim sup", .display),
        ("max", "max", .display), ("min", "min", .display), ("sup", "sup", .display),
        ("inf", "inf", .display), ("det", "det", .display), ("gcd", "gcd", .display), ("Pr", "Pr", .display),
    ]

    /// Widths follow TeX's thin, medium and thick spaces (3, 4 and 5 mu).
    static let spaces: [(String, String?)] = [
        (",", "0.1667em"), ("thinspace", "0.1667em"), (":", "0.2222em"), (">", "0.2222em"),
        ("medspace", "0.2222em"), (";", "0.2778em"), ("thickspace", "0.2778em"),
        (" ", "0.3333em"), ("enspace", "0.5em"), ("quad", "1em"), ("qquad", "2em"),
        ("!", nil), ("negthinspace", nil), ("negmedspace", nil), ("negthickspace", nil),
    ]

    static let accents: [(String, Accent)] = [
        ("hat", Accent(text: "^", stretchy: false)), ("widehat", Accent(text: "^", stretchy: true)),
        ("check", Accent(text: "ˇ", stretchy: false)), ("widecheck", Accent(text: "ˇ", stretchy: true)),
        ("tilde", Accent(text: "~", stretchy: false)), ("widetilde", Accent(text: "~", stretchy: true)),
        ("bar", Accent(text: "¯", stretchy: false)), ("overline", Accent(text: "‾", stretchy: true)),
        ("underline", Accent(text: "_", stretchy: true, under: true)),
        ("vec", Accent(text: "→", stretchy: false)), ("dot", Accent(text: "˙", stretchy: false)),
        ("ddot", Accent(text: "¨", stretchy: false)), ("acute", Accent(text: "´", stretchy: false)),
        ("grave", Accent(text: "`", stretchy: false)), ("breve", Accent(text: "˘", stretchy: false)),
        ("mathring", Accent(text: "˚", stretchy: false)),
        ("overrightarrow", Accent(text: "→", stretchy: true)), ("overleftarrow", Accent(text: "←", stretchy: true)),
        ("overleftrightarrow", Accent(text: "↔", stretchy: true)),
        ("underrightarrow", Accent(text: "→", stretchy: true, under: true)),
        ("underleftarrow", Accent(text: "←", stretchy: true, under: true)),
        ("underleftrightarrow", Accent(text: "↔", stretchy: true, under: true)),
        ("overbrace", Accent(text: "⏞", stretchy: true, isAccent: false)),
        ("underbrace", Accent(text: "⏟", stretchy: true, under: true, isAccent: false)),
    ]

    static let fonts: [(String, MathFont)] = [
        ("mathrm", .roman), ("mathup", .roman), ("mathbf", .bold), ("mathit", .italic),
        ("boldsymbol", .boldItalic), ("bm", .boldItalic), ("mathbb", .doubleStruck),
        ("mathcal", .script), ("mathscr", .script), ("mathfrak", .fraktur), ("mathsf", .sansSerif),
        ("mathtt", .monospace),
    ]

    static let textStyles: [(String, TextStyle)] = [
        ("text", .plain), ("textrm", .plain), ("textnormal", .plain), ("textup", .plain), ("mbox", .plain),
        ("textbf", .bold), ("textit", .italic), ("emph", .italic), ("textsf", .sansSerif),
        ("texttt", .monospace),
    ]

    /// Heights of `\big`, `\Big`, `\bigg`, `\Bigg` (as in plain TeX, relative to the font size).
    static let delimiterSizes: [(String, String)] = [
        ("big", "1.2em"), ("Big", "1.623em"), ("bigg", "2.047em"), ("Bigg", "2.470em"),
    ]

    static let extensibleArrows: [(String, String)] = [
        ("xrightarrow", "→"), ("xleftarrow", "←"), ("xleftrightarrow", "↔"), ("xRightarrow", "⇒"),
        ("xLeftarrow", "⇐"), ("xLeftrightarrow", "⇔"), ("xmapsto", "↦"),
    ]
}
