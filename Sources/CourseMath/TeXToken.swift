/// One lexical unit of math-mode TeX, with its place in the UTF-8 source.
struct TeXToken: Equatable {
    enum Kind: Equatable {
        /// `\name` (letters) or a control symbol such as `\,` or `\\`; the name has no backslash.
        case command(String)
        /// Any other character. Combining marks that follow it belong to the token
        /// (they are part of `length`), so `é` written decomposed stays one letter.
        case character(Unicode.Scalar)
        case openBrace
        case closeBrace
        case caret
        case underscore
        /// `&`, the column separator of environments.
        case alignment
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int

    var end: Int { offset + length }

    /// The command name when this is a command token.
    var commandName: String? {
        if case .command(let name) = kind { return name }
        return nil
    }

    /// How the token is written, for messages: `\frac`, `^`, `}`.
    var spelling: String {
        switch kind {
        case .command(let name): return "\\" + name
        case .character(let scalar): return String(Character(scalar))
        case .openBrace: return "{"
        case .closeBrace: return "}"
        case .caret: return "^"
        case .underscore: return "_"
        case .alignment: return "&"
        case .end: return "end of math"
        }
    }
}
