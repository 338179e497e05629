import CourseText
/// Filters author-written raw HTML down to an allowlist.
///
/// A small tokenizer, not a full HTML5 parser: it splits the fragment into
/// text, tags and comments, and re-serializes only what is allowed, always in
/// canonical form (lowercase names, double-quoted escaped values). Anything it
/// cannot read as a tag is escaped as text, so odd markup degrades into visible
/// characters rather than into live HTML. Output is deterministic.
public enum HTMLSanitizer {
    /// Removed whatever the allowlist says. Elements whose content is code or
    /// foreign markup also lose their content.
    static let forbiddenElements: Set<String> = [
        "script", "style", "iframe", "object", "embed", "frame", "frameset", "applet", "base",
        "link", "meta", "form", "input", "button", "textarea", "select", "option", "noscript",
        "template", "svg", "math", "title", "xmp", "plaintext", "noembed", "noframes", "param",
        "portal", "html", "head", "body",
    ]
    static let dropContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "frameset", "applet", "noscript", "template",
        "svg", "math", "title", "xmp", "plaintext", "noembed", "noframes", "textarea", "select",
    ]
    static let urlAttributes: Set<String> = [
        "href", "src", "cite", "action", "formaction", "poster", "background", "longdesc",
        "usemap", "xlink:href", "srcset", "data", "codebase", "ping", "manifest", "dynsrc", "lowsrc",
    ]
    static let voidElements: Set<String> = ["br", "img", "hr", "wbr", "source", "track", "area", "col"]

    public static func sanitize(_ html: String, allowlist: HTMLAllowlist) -> String {
        var tokenizer = HTMLTokenizer(html)
        var out = ""
        // Name of the element whose content is being dropped, if any.
        var skipping: String?
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                if skipping == nil { MarkupEscaping.escape(text, into: &out) }
            case .comment:
                continue
            case .startTag(let name, let attributes, let selfClosing):
                if skipping != nil { continue }
                if dropContent.contains(name), !selfClosing {
                    skipping = name
                    continue
                }
                guard allowlist.elements.contains(name), !forbiddenElements.contains(name) else { continue }
                out += "<" + name
                for (attribute, value) in attributes {
                    guard let value = safeValue(attribute, value, element: name, allowlist: allowlist) else { continue }
                    out += " " + attribute + "=\""
                    MarkupEscaping.escape(value, into: &out)
                    out += "\""
                }
                out += voidElements.contains(name) ? " />" : ">"
            case .endTag(let name):
                if let skipped = skipping {
                    if skipped == name { skipping = nil }
                    continue
                }
                guard allowlist.elements.contains(name), !forbiddenElements.contains(name),
                      !voidElements.contains(name) else { continue }
                out += "</" + name + ">"
            }
        }
        return out
    }

    /// The decoded value to keep, or nil to drop the attribute.
    static func safeValue(_ attribute: String, _ raw: String, element: String,
                          allowlist: HTMLAllowlist) -> String? {
        guard !attribute.hasPrefix("on"), attribute != "style",
              allowlist.allows(attribute: attribute, on: element) else { return nil }
        let value = HTMLEntities.decode(raw)
        if urlAttributes.contains(attribute) {
            // srcset and friends hold several URLs; one unsafe URL drops all.
            let candidates = attribute == "srcset"
                ? value.split(separator: ",").map { String($0.split(separator: " ").first ?? "") }
                : [value]
            let forImage = element == "img" && (attribute == "src" || attribute == "srcset")
            guard candidates.allSatisfy({ URLSafety.isSafe($0, forImage: forImage) }) else { return nil }
        }
        return value
    }

    /// Name of a content-dropping element (script, style…) opened and not
    /// closed by this fragment, for the renderer's inline skipping.
    static func contentDroppingStartTag(_ fragment: String) -> String? {
        var tokenizer = HTMLTokenizer(fragment)
        var open: String?
        while let token = tokenizer.next() {
            switch token {
            case .startTag(let name, _, let selfClosing) where dropContent.contains(name) && !selfClosing:
                open = name
            case .endTag(let name) where name == open:
                open = nil
            default:
                continue
            }
        }
        return open
    }

    /// Name of the first end tag in the fragment, if any.
    static func endTagName(_ fragment: String) -> String? {
        var tokenizer = HTMLTokenizer(fragment)
        while let token = tokenizer.next() {
            if case .endTag(let name) = token { return name }
        }
        return nil
    }
}
