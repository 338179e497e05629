/// TeX's classes of math atoms. They decide spacing in TeX; here they decide
/// where a `-` is a sign rather than a binary minus, and where a function
/// name such as `sin` needs a thin space before its argument.
enum AtomClass {
    case ord, op, bin, rel, open, close, punct, inner
    /// Spacing such as `\,`: transparent when looking for neighbours.
    case space
}

/// How `TeXToText` writes a node whose plain-text form its MathML alone
/// does not tell.
enum TextForm {
    case plain
    /// The cells of an `aligned`-like table: halves of one equation, written together.
    case alignedTable
    /// `\cancel` and friends: the content struck through.
    case cancelled
}

/// One MathML element in the tree the parser builds before it is written out.
struct MathNode {
    enum Content {
        /// Character data of a token element (`mi`, `mn`, `mo`, `mtext`).
        case text(String)
        case children([MathNode])
        /// Always empty, written self-closing (`mspace`).
        case none
    }

    var tag: String
    var attributes: [(name: String, value: String)]
    var content: Content
    var atom: AtomClass
    /// A named function (`sin`, `lim`, `\operatorname{…}`): followed by U+2061
    /// FUNCTION APPLICATION, and a thin space as TeX puts before an argument.
    var isNamedFunction = false
    /// What `TeXToText` needs to know that the MathML does not say.
    var textForm = TextForm.plain

    init(_ tag: String, _ attributes: [(name: String, value: String)] = [], content: Content, atom: AtomClass = .ord) {
        self.tag = tag
        self.attributes = attributes
        self.content = content
        self.atom = atom
    }

    static func token(_ tag: String, _ text: String, _ attributes: [(name: String, value: String)] = [],
                      atom: AtomClass = .ord) -> MathNode {
        MathNode(tag, attributes, content: .text(text), atom: atom)
    }

    static func element(_ tag: String, _ attributes: [(name: String, value: String)],
                        _ children: [MathNode], atom: AtomClass = .ord) -> MathNode {
        MathNode(tag, attributes, content: .children(children), atom: atom)
    }

    static func element(_ tag: String, _ children: [MathNode], atom: AtomClass = .ord) -> MathNode {
        MathNode(tag, [], content: .children(children), atom: atom)
    }

    static func space(width: String) -> MathNode {
        MathNode("mspace", [("width", width)], content: .none, atom: .space)
    }

    static var emptyRow: MathNode { .element("mrow", []) }

    /// A group `{…}`: one element stays itself, anything else becomes an
    /// `mrow`. A lone operator keeps its `mrow` so that, as in TeX, `{-}` or
    /// `{,}` is an ordinary symbol without operator spacing.
    static func group(_ nodes: [MathNode]) -> MathNode {
        if nodes.count == 1, nodes[0].tag != "mo" {
            var node = nodes[0]
            node.atom = node.atom == .space ? .space : .ord
            node.isNamedFunction = false
            return node
        }
        return .element("mrow", nodes)
    }

    /// Like `group`, for places that need exactly one element but where the
    /// content keeps its class (arguments of `\frac`, scripts, table cells).
    static func row(_ nodes: [MathNode]) -> MathNode {
        nodes.count == 1 ? nodes[0] : .element("mrow", nodes)
    }

    /// Children when this is an `mrow`, else the node itself: for elements
    /// such as `msqrt` that take their content as an inferred row.
    var rowChildren: [MathNode] {
        if tag == "mrow", attributes.isEmpty, case .children(let children) = content { return children }
        return [self]
    }

    var isBareOperator: Bool { tag == "mo" }

    /// The single child of a plain `mrow`, else the node itself.
    var ungrouped: MathNode {
        if tag == "mrow", attributes.isEmpty, case .children(let children) = content, children.count == 1 {
            return children[0]
        }
        return self
    }
}
