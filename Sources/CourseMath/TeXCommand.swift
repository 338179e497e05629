import CourseLocalization

/// Where the scripts of an atom go: beside it (`msubsup`) or under and over it (`munderover`).
enum LimitsPlacement {
    case never
    /// Under/over in display style only, like `\sum` and `\lim`.
    case display
    case always
}

/// A font command's alphabet (`\mathbb`, `\mathbf`, …).
enum MathFont {
    /// `\mathrm`, `\operatorname`: upright letters, written with `mathvariant="normal"`.
    case roman
    case bold, italic, boldItalic, doubleStruck, script, fraktur, sansSerif, monospace
}

/// A text command's style (`\text`, `\textbf`, …).
enum TextStyle {
    case plain, bold, italic, sansSerif, monospace

    /// CSS for `mtext`: MathML Core has no bold or italic `mathvariant`.
    var css: String? {
        switch self {
        case .plain: return nil
        case .bold: return "font-weight: bold"
        case .italic: return "font-style: italic"
        case .sansSerif: return "font-family: sans-serif"
        case .monospace: return "font-family: monospace"
        }
    }
}

/// An accent or brace over or under its argument.
struct Accent {
    var text: String
    var stretchy: Bool
    var under = false
    /// `accent="true"`: drawn close to the base, as TeX accents are. Braces are
    /// not accents: their labels sit further away, like limits.
    var isAccent = true
}

/// What a control sequence does. `CommandTable` maps names to these.
enum TeXCommand {
    case symbol(MathSymbol)
    case largeOperator(String, LimitsPlacement)
    case function(String, LimitsPlacement)
    /// Horizontal space of the given width; `nil` for negative space, which
    /// MathML Core cannot express and which is therefore dropped.
    case space(String?)
    case accent(Accent)
    case font(MathFont)
    case text(TextStyle)
    case operatorName
    /// `\frac` (`display == nil`), `\dfrac`, `\tfrac`, `\binom`….
    case fraction(display: Bool?, binomial: Bool)
    case squareRoot
    case left, right, middle
    case sizedDelimiter(size: String, atom: AtomClass)
    case begin, end
    case mathStyle(display: Bool, scriptLevel: Int?)
    case limits(LimitsPlacement)
    case negation
    case extensibleArrow(String)
    /// `\overset`, `\underset`, `\stackrel`.
    case stack(over: Bool)
    case phantom
    case parenthesizedMod
    case lineBreak
    case horizontalLine
    /// `\cancel`, `\bcancel`, `\xcancel`: the argument struck through.
    case cancel(CancelStroke)
    /// `\boxed`: the argument in display style inside a frame.
    case boxed
    /// `\color{c}` (a switch: colors the rest of its group, as in KaTeX) or
    /// `\textcolor{c}{…}` (colors its argument).
    case color(isSwitch: Bool)
    /// `\cfrac`: a fraction whose numerator and denominator stay in display style.
    case continuedFraction
    /// `\ce{…}` and `\pu{…}` of the mhchem package (school subset).
    case chemistry(ChemistryNotation)
    /// Recognized but refused, with the reason given to the author.
    case unsupported(Message)
}

/// The strokes of `\cancel` (`/`), `\bcancel` (`\`) and `\xcancel` (both).
enum CancelStroke {
    case up, down, cross
}

/// mhchem's two commands: chemical formulas and equations, and physical units.
enum ChemistryNotation {
    /// `\ce{2H2 + O2 -> 2H2O}`
    case formula
    /// `\pu{123 kJ/mol}`
    case unit
}
