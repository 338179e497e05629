/// The catalog of coursec's messages: each English template (the text of a
/// message literal in the sources, interpolations as `{0}`, `{1}`…) with
/// its Spanish template, which has the same placeholders in the order
/// Spanish needs.
///
/// The entries live in `SpanishMessages`, one file per area of the
/// sources; the catalog tests check that every template has an entry,
/// that every entry is used and that both sides have the same placeholders.
public enum MessageCatalog {
    /// English template → Spanish template.
    public static let spanish: [String: String] = Dictionary(SpanishMessages.all, uniquingKeysWith: { first, _ in first })

    /// The template of `message` in `language`, or nil when the catalog has
    /// no entry for it (English templates are their own entry).
    public static func template(_ english: String, in language: Language) -> String? {
        switch language {
        case .en: english
        case .es: needsTranslation(english) ? spanish[english] : english
        }
    }

    /// Whether a template has words to translate. Placeholders, code in
    /// backticks, punctuation and numbers are the same in every language,
    /// and so is a lone file name (`course.yaml`), option (`--lang`) or
    /// variable (`COURSEC_LANG`): `{0}`, `` `{0}` ``, `{0}: {1}` and
    /// `course.yaml` need no entry.
    public static func needsTranslation(_ template: String) -> Bool {
        var words = ""
        for segment in segments(template) {
            if case .literal(let text) = segment { words += text }
        }
        let parts = words.split(separator: "`", omittingEmptySubsequences: false)
        let prose = stride(from: 0, to: parts.count, by: 2).map { String(parts[$0]) }.joined(separator: " ")
        guard prose.contains(where: \.isLetter) else { return false }
        let tokens = prose.split(whereSeparator: { $0 == " " || $0 == "\n" })
        if tokens.count == 1, let token = tokens.first,
           token.contains(".") || token.hasPrefix("-") || token.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }) {
            return false
        }
        return true
    }

    /// The message written out in `language`: its template from the
    /// catalog (English when there is none), each placeholder replaced by
    /// its argument, nested messages rendered the same way.
    static func render(_ message: Message, in language: Language) -> String {
        let template = template(message.template, in: language) ?? message.template
        return fill(template) { index in
            guard message.arguments.indices.contains(index) else { return nil }
            switch message.arguments[index] {
            case .text(let text): return text
            case .message(let nested): return render(nested, in: language)
            }
        }
    }

    /// `template` with each `{n}` replaced by `argument(n)`; a placeholder
    /// with no argument is left as written.
    public static func fill(_ template: String, _ argument: (Int) -> String?) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 16)
        for segment in segments(template) {
            switch segment {
            case .literal(let text): out += text
            case .placeholder(let index): out += argument(index) ?? "{\(index)}"
            }
        }
        return out
    }

    /// The placeholders of a template, in order of appearance (`{0}`, `{1}`…).
    public static func placeholders(_ template: String) -> [Int] {
        segments(template).compactMap { segment in
            if case .placeholder(let index) = segment { return index }
            return nil
        }
    }

    enum Segment: Equatable {
        case literal(Substring)
        case placeholder(Int)
    }

    /// A template cut into literal text and placeholders: `{` digits `}`.
    /// Other braces (`{#an-id}`) are literal text.
    static func segments(_ template: String) -> [Segment] {
        var result: [Segment] = []
        var rest = Substring(template)
        var literalStart = rest.startIndex
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count < 4, digits.endIndex < after.endIndex, after[digits.endIndex] == "}" {
                if literalStart < open { result.append(.literal(template[literalStart..<open])) }
                result.append(.placeholder(Int(digits)!))
                rest = after[after.index(after: digits.endIndex)...]
                literalStart = rest.startIndex
            } else {
                rest = after
            }
        }
        if literalStart < template.endIndex { result.append(.literal(template[literalStart...])) }
        return result
    }
}
