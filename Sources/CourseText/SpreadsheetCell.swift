/// Spreadsheet software (Excel, LibreOffice, Google Sheets) reads a CSV cell
/// that starts with `=`, `+`, `-` or `@` — or with a tab or carriage return
/// before one of them — as a formula, and runs it when the file is opened.
/// Every CSV coursec writes, and every CSV the offline site's scripts write
/// (`Templates/results.js`, kept in step by a test), defuses such a cell
/// with a leading apostrophe, which spreadsheets hide; every CSV coursec
/// reads back undoes it.
public enum SpreadsheetCell {
    /// Characters that make spreadsheet software read a cell as a formula.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The same, as bytes, for readers that work on bytes.
    public static let formulaStartBytes: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"),
                                                       UInt8(ascii: "@"), 9, 13]

    /// Whether a spreadsheet would read `text` as a formula.
    public static func startsLikeFormula(_ text: some StringProtocol) -> Bool {
        text.first.map(formulaStarts.contains) ?? false
    }

    /// `text`, with a leading apostrophe when a spreadsheet would read it as
    /// a formula — or when it already starts with apostrophes before one
    /// (`'=1` becomes `''=1`), so that `undefused` gives back exactly what
    /// was written, whatever it was.
    public static func defused(_ text: String) -> String {
        needsApostrophe(text.drop { $0 == "'" }) ? "'" + text : text
    }

    /// `text` as it was before `defused`: one leading apostrophe is removed
    /// when apostrophes and then a formula's first character begin it.
    public static func undefused(_ text: String) -> String {
        guard text.hasPrefix("'"), needsApostrophe(text.drop { $0 == "'" }) else { return text }
        return String(text.dropFirst())
    }

    /// `undefused` on bytes.
    public static func undefused(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let apostrophe = UInt8(ascii: "'")
        guard bytes.first == apostrophe, let first = bytes.first(where: { $0 != apostrophe }),
              formulaStartBytes.contains(first) else { return bytes }
        return bytes.dropFirst()
    }

    private static func needsApostrophe(_ rest: Substring) -> Bool {
        startsLikeFormula(rest)
    }
}
