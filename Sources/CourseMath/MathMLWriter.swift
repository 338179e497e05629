import CourseText
/// Serializes `MathNode` trees as XML text.
///
/// Text and attribute values escape `& < > "`. Invisible or easily confused
/// characters (no-break space, function application) are written as numeric
/// references so the markup can be read and compared.
struct MathMLWriter {
    private(set) var output = ""

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    mutating func write(_ node: MathNode) {
        output += "<"
        output += node.tag
        for attribute in node.attributes {
            output += " "
            output += attribute.name
            output += "=\""
            appendEscaped(attribute.value)
            output += "\""
        }
        switch node.content {
        case .none:
            output += "/>"
            return
        case .text(let text):
            output += ">"
            appendEscaped(text)
        case .children(let children):
            output += ">"
            for child in children { write(child) }
        }
        output += "</"
        output += node.tag
        output += ">"
    }

    mutating func appendRaw(_ text: String) {
        output += text
    }

    /// Escaped with the project's one escaper; the no-break space and the
    /// invisible function application as references, so the source shows them.
    mutating func appendEscaped(_ text: String) {
        MarkupEscaping.escape(text, into: &output, .invisibleCharacters)
    }
}
