import Foundation

/// A text as a YAML scalar that reads back as exactly that text, for the
/// files coursec writes for authors (`coursec new`, `coursec import`): plain
/// when YAML would read it unchanged, double-quoted otherwise (`"Práctica:
/// fuerzas"`, `"no"`).
public enum YAMLScalar {
    static let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]

    public static func text(_ text: String) -> String {
        let plain = !text.isEmpty && !indicators.contains(text.first!) && !text.contains(": ") && !text.contains(" #")
            && !text.hasSuffix(":") && !text.hasSuffix(" ") && !text.hasPrefix(" ")
            && !text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "," || $0 == "[" || $0 == "]" || $0 == "{" || $0 == "}" })
            && !["true", "false", "null", "~", "yes", "no", "on", "off"].contains(text.lowercased())
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
