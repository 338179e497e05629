/// A command or character that stands for one token element: `\alpha`,
/// `\le`, `+`, `\infty`.
struct MathSymbol {
    var tag: String
    var text: String
    var atom: AtomClass
    var attributes: [(name: String, value: String)] = []

    var node: MathNode { .token(tag, text, attributes, atom: atom) }

    /// An identifier such as a Greek letter; single letters render italic.
    static func identifier(_ text: String) -> MathSymbol {
        MathSymbol(tag: "mi", text: text, atom: .ord)
    }

    /// An identifier that TeX sets upright (capital Greek, `\nabla`).
    static func upright(_ text: String) -> MathSymbol {
        MathSymbol(tag: "mi", text: text, atom: .ord, attributes: [("mathvariant", "normal")])
    }

    static func op(_ text: String, _ atom: AtomClass) -> MathSymbol {
        MathSymbol(tag: "mo", text: text, atom: atom)
    }

    /// A delimiter or vertical arrow written without `\left`/`\right`: TeX
    /// keeps it at its natural size, while MathML would stretch it by default.
    static func fixed(_ text: String, _ atom: AtomClass) -> MathSymbol {
        MathSymbol(tag: "mo", text: text, atom: atom, attributes: [("stretchy", "false")])
    }

    /// The same symbol as the operator of a `\left`…`\right` pair or `\middle`.
    static func fence(_ text: String) -> MathNode {
        .token("mo", text, [("fence", "true"), ("stretchy", "true")])
    }
}
