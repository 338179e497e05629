/// Which raw-HTML elements and attributes authors may use.
///
/// This only ever narrows what `HTMLSanitizer` lets through: scripts, styles,
/// embeds, event handlers, `style` attributes and unsafe URLs are removed even
/// when an allowlist names them (see `HTMLSanitizer.forbiddenElements`).
public struct HTMLAllowlist: Sendable, Hashable {
    /// Lowercase element names.
    public var elements: Set<String>
    /// Lowercase attribute names per element; the key `"*"` applies to all elements.
    public var attributes: [String: Set<String>]

    public init(elements: Set<String>, attributes: [String: Set<String>]) {
        self.elements = elements
        self.attributes = attributes
    }

    /// No raw HTML at all: the renderer drops HTML nodes without a trace.
    public static let none = HTMLAllowlist(elements: [], attributes: [:])

    /// Inline semantics and disclosure widgets that cannot run code or load
    /// anything, with `class`, `title` and `lang` on each.
    public static let `default` = HTMLAllowlist(
        elements: ["abbr", "b", "i", "em", "strong", "sub", "sup", "br", "span", "kbd", "mark",
                   "small", "u", "details", "summary", "figure", "figcaption"],
        attributes: ["*": ["class", "title", "lang"]])

    func allows(attribute: String, on element: String) -> Bool {
        attributes[element]?.contains(attribute) == true || attributes["*"]?.contains(attribute) == true
    }
}
