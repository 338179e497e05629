import CourseKit
import Foundation

/// The words swift-argument-parser writes itself (help headings, usage
/// errors), in the run's language. Our own help texts are localized where
/// they are declared; the parser's fixed phrases are replaced here, each
/// a catalog message, so `--help` reads in one language.
enum ParserText {
    /// Fixed phrases, as the parser writes them in English.
    static let phrases: [Message] = [
        "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:",
        "Show help information.", "Show the version.", "(default:", "(values:", "; default:", "Help:  ", "Usage: ",
        "Missing expected argument", "Unknown option", "Unexpected argument", "Missing value for", "Did you mean",
    ]

    /// The parser's pointer to a subcommand's help.
    static func seeHelp(_ command: String) -> Message { "See '\(command) <subcommand>' for detailed help." }

    /// The parser's refusal of an option's value.
    static func invalidValue(_ value: String, for option: String) -> Message { "The value '\(value)' is invalid for '\(option)'" }

    static func localized(_ text: String, in language: Language) -> String {
        guard language != .en else { return text }
        var text = text
        for phrase in phrases {
            text = text.replacingOccurrences(of: phrase.text(in: .en), with: phrase.text(in: language))
        }
        text = replace(#"See '([^']*) <subcommand>' for detailed help\."#, in: text) { seeHelp($0[0]) }
        text = replace(#"The value '([^']*)' is invalid for '([^']*)'"#, in: text) { invalidValue($0[0], for: $0[1]) }
        return text
        func replace(_ pattern: String, in text: String, _ message: ([String]) -> Message) -> String {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
            var result = text
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
                let groups = (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
                guard let whole = Range(match.range, in: result) else { continue }
                result.replaceSubrange(whole, with: message(groups).text(in: language))
            }
            return result
        }
    }
}
