import CourseMarkdown

/// A rich-text cell of the platform's CSV as a tree: elements with their
/// attributes and children, and text (character references decoded).
/// Built from `HTMLTokenizer`, the tokenizer the sanitizer uses; end tags
/// that close nothing are dropped and elements left open are closed at the
/// end, as a browser would show them. Nesting is bounded (`maximumDepth`).
indirect enum HTMLFragment: Equatable {
    case text(String)
    case element(name: String, attributes: [Attribute], children: [HTMLFragment])

    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    /// Elements nested deeper than this are read as their text: a hostile
    /// cell of a million `<b>` must not exhaust the stack of the writer.
    static let maximumDepth = 64

    /// Elements that have no content and no end tag.
    static let void: Set<String> = ["br", "img", "hr", "wbr", "input", "col", "area", "source"]

    /// The nodes of `html`, in order.
    static func parse(_ html: String) -> [HTMLFragment] {
        var tokenizer = HTMLTokenizer(html)
        // A stack of open elements; index 0 is the fragment itself.
        var stack: [(name: String, attributes: [Attribute], children: [HTMLFragment])] = [("", [], [])]
        func close() {
            let open = stack.removeLast()
            stack[stack.count - 1].children.append(.element(name: open.name, attributes: open.attributes, children: open.children))
        }
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                let decoded = HTMLEntities.decode(text)
                if case .text(let previous)? = stack[stack.count - 1].children.last {
                    stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + decoded)
                } else {
                    stack[stack.count - 1].children.append(.text(decoded))
                }
            case .startTag(let name, let attributes, let selfClosing):
                let attributes = attributes.map { Attribute(name: $0.0, value: HTMLEntities.decode($0.1)) }
                if selfClosing || void.contains(name) {
                    stack[stack.count - 1].children.append(.element(name: name, attributes: attributes, children: []))
                } else if stack.count > maximumDepth {
                    continue
                } else {
                    stack.append((name, attributes, []))
                }
            case .endTag(let name):
                guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { continue }
                while stack.count > index { close() }
            case .comment:
                continue
            }
        }
        while stack.count > 1 { close() }
        return stack[0].children
    }

    var name: String? {
        if case .element(let name, _, _) = self { return name }
        return nil
    }

    var children: [HTMLFragment] {
        if case .element(_, _, let children) = self { return children }
        return []
    }

    func attribute(_ name: String) -> String? {
        guard case .element(_, let attributes, _) = self else { return nil }
        return attributes.first { $0.name == name }?.value
    }

    /// The text a reader sees, without markup.
    var plainText: String {
        switch self {
        case .text(let text): text
        case .element(let name, _, let children): name == "img" ? (attribute("alt") ?? "") : children.map(\.plainText).joined()
        }
    }
}
