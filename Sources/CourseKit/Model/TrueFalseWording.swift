/// The one place that decides what an option of a true/false question says:
/// true (`Verdadero`, `Verdadera`, `Cierto`, `Cierta`, `True`) or false
/// (`Falso`, `Falsa`, `False`), whatever the case, surrounding spaces and
/// final punctuation. Anything else says neither, and the question is
/// refused rather than guessed (CS0312).
public enum TrueFalseWording {
    public static let trueWords: Set<String> = ["verdadero", "verdadera", "cierto", "cierta", "true"]
    public static let falseWords: Set<String> = ["falso", "falsa", "false"]

    /// true, false, or nil when `text` (plain text, markup removed) is neither.
    public static func polarity(of text: String) -> Bool? {
        var word = Substring(text)
        while let last = word.last, last == "." || last == "!" || last == " " || last == "\n" { word = word.dropLast() }
        while let first = word.first, first == " " || first == "\n" || first == "¡" { word = word.dropFirst() }
        let key = word.lowercased()
        if trueWords.contains(key) { return true }
        if falseWords.contains(key) { return false }
        return nil
    }
}
