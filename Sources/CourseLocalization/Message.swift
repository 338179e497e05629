/// A sentence coursec says to a person, kept as an English template with
/// numbered placeholders and its arguments, and written out in the
/// reader's language only when rendered.
///
/// Like SwiftUI's `LocalizedStringKey`, a message is written as a string
/// literal with interpolations, so call sites read as plain English:
///
///     sink.report(rule, at: range, "unknown field `\(name)` in \(context)")
///
/// gives the template ``unknown field `{0}` in {1}`` with the arguments
/// `name` and `context`. `MessageCatalog` maps each English template to
/// its Spanish one, with the same placeholders.
///
/// What an interpolation becomes depends on its type:
/// - a `String` (or `Substring`) or a number is the author's or the
///   system's own text (an id, a path, a count) and is kept verbatim;
/// - a `Message`, including a string literal such as
///   `\(isFinal ? "final" : "diagnostic")`, is itself translated. Words of
///   the language passed as arguments must therefore be literals or
///   messages, never a `String` variable.
///
/// A `String` variable is not a message and does not convert to one: text
/// reaches the reader only through the catalog. `Message(verbatim:)` is
/// for text that is already someone else's words (a YAML parser's
/// message being quoted).
public struct Message: Sendable, Hashable, Codable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// One argument of a template.
    public enum Argument: Sendable, Hashable, Codable {
        /// Kept as written: ids, paths, numbers, the author's words.
        case text(String)
        /// Translated like the message that holds it.
        case message(Message)
    }

    /// The English template: literal text, with `{0}`, `{1}`… for the arguments.
    public let template: String
    public let arguments: [Argument]

    /// The template of `Message(verbatim:)`: only a placeholder, never looked up.
    static let verbatimTemplate = "{0}"

    public init(template: String, arguments: [Argument]) {
        self.template = template
        self.arguments = arguments
    }

    public init(stringLiteral value: String) {
        self.init(template: value, arguments: [])
    }

    public init(stringInterpolation: Interpolation) {
        self.init(template: stringInterpolation.template, arguments: stringInterpolation.arguments)
    }

    /// A message literal where its type is not known from context:
    /// `Message("Request too large.").text(in: language)`.
    public init(_ message: Message) {
        self = message
    }

    /// Text that is not coursec's to translate, shown as it is.
    public init(verbatim text: String) {
        self.init(template: Self.verbatimTemplate, arguments: [.text(Self.bounded(text))])
    }

    /// The message in `language`, its arguments filled in. A template the
    /// catalog does not know is shown in English rather than not at all
    /// (the catalog tests fail on it).
    public func text(in language: Language) -> String {
        MessageCatalog.render(self, in: language)
    }

    /// English, for logs and debugging; readers get `text(in:)`.
    public var description: String { text(in: .en) }

    /// Every template in this message and its nested messages, outermost first.
    public var templates: [String] {
        [template] + arguments.flatMap { argument -> [String] in
            if case .message(let nested) = argument { return nested.templates }
            return []
        }
    }

    /// Builds a template from the literal parts and interpolations of a
    /// message literal. Plain text arguments are bounded: messages echo what
    /// authors wrote, and a pasted megabyte must not come back.
    public struct Interpolation: StringInterpolationProtocol {
        var template = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 4 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            template += literal
        }

        /// A nested message (or a literal): translated with the rest.
        public mutating func appendInterpolation(_ message: Message) {
            append(.message(message))
        }

        /// The author's or the system's own text: kept verbatim. Disfavoured
        /// so that a literal such as `\(final ? "final" : "diagnostic")`
        /// becomes a translated message, not verbatim English.
        @_disfavoredOverload
        public mutating func appendInterpolation<S: StringProtocol>(_ text: S) {
            append(.text(Message.bounded(String(text))))
        }

        /// One character of the author's text (a TeX symbol): kept verbatim.
        public mutating func appendInterpolation(_ character: Character) {
            append(.text(String(character)))
        }

        /// One character of the author's text (a YAML indicator): kept verbatim.
        public mutating func appendInterpolation(_ scalar: Unicode.Scalar) {
            append(.text(String(scalar)))
        }

        @_disfavoredOverload
        public mutating func appendInterpolation<N: BinaryInteger>(_ number: N) {
            append(.text(String(number)))
        }

        private mutating func append(_ argument: Argument) {
            template += "{\(arguments.count)}"
            arguments.append(argument)
        }
    }

    /// Arguments longer than 400 characters keep their first 300 and last 80.
    static func bounded(_ text: String) -> String {
        guard text.count > 400 else { return text }
        return String(text.prefix(300)) + " … " + String(text.suffix(80))
    }
}
