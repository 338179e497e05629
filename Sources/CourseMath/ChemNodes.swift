/// The MathML pieces of mhchem's output, built as mhchem's TeX builds them
/// (see `ChemParser`): formulas are upright, counts and charges are scripts
/// on an invisible `X` so that every subscript and every charge sits at the
/// same height whatever precedes it, charges follow subscripts (IUPAC's
/// staggered `SO₄²⁻`), and reaction arrows stretch over their conditions.
enum ChemNodes {
    /// mhchem's `{\vphantom{X}}`: the height of an X, no width.
    static var scriptBase: MathNode {
        .element("mpadded", [("width", "0")], [.element("mphantom", [.token("mi", "X")])])
    }

    /// A count or an explicit `_…`: `H₂`.
    static func lowered(_ content: MathNode) -> MathNode {
        .element("msub", [scriptBase, content])
    }

    /// A charge or oxidation number: `Fe³⁺`.
    static func raised(_ content: MathNode) -> MathNode {
        .element("msup", [scriptBase, content])
    }

    /// Letters set upright, as mhchem's `\mathrm{…}`.
    static func upright(_ text: String) -> MathNode {
        .token("mi", text, text.unicodeScalars.count == 1 ? [("mathvariant", "normal")] : [])
    }

    static func number(_ text: String) -> MathNode {
        .token("mn", text)
    }

    /// A sign that belongs to what it is written against (a charge `+`, a
    /// bond, the hydrate dot): no operator spacing.
    static func tight(_ text: String) -> MathNode {
        .token("mo", text, [("lspace", "0"), ("rspace", "0")])
    }

    /// `+`, `-` or `=` between species: a binary operator or a relation.
    static func between(_ text: String) -> MathNode {
        .token("mo", text, atom: text == "=" ? .rel : .bin)
    }

    static func space(_ width: String) -> MathNode {
        .space(width: width)
    }

    /// Reaction arrows, their Unicode characters, and what authors type.
    /// mhchem draws `<=>>` and `<<=>` as unequal harpoons; Unicode has no
    /// such harpoons, so they are the arrows over a short arrow that say the
    /// same (⥂ ⥄) rather than a plain equilibrium, which would say less.
    static let arrows: [(spelling: StaticString, text: String)] = [
        ("<-->", "⇄"), ("<=>>", "⥂"), ("<<=>", "⥄"), ("<=>", "⇌"), ("<->", "↔"), ("->", "→"), ("<-", "←"),
    ]

    /// A reaction arrow at least 2.5em long (in script size: about 1.8em), stretched under and over its
    /// conditions (`->[above][below]`), each padded by 0.3em as mhchem does.
    /// MathML Core honours no `minsize` along the inline axis, so the
    /// minimum length is an empty `mspace` in the otherwise unused script.
    static func arrow(_ text: String, above: [MathNode]?, below: [MathNode]?) -> MathNode {
        let mark = MathNode.token("mo", text, [("stretchy", "true")])
        let minimum = MathNode.space(width: "2.5em")
        let node: MathNode
        switch (above, below) {
        case (nil, nil):
            node = .element("mover", [mark, minimum], atom: .rel)
        case (let above?, nil):
            node = .element("munderover", [mark, minimum, padded(above)], atom: .rel)
        case (nil, let below?):
            node = .element("munderover", [mark, padded(below), minimum], atom: .rel)
        case (let above?, let below?):
            node = .element("munderover", [mark, padded(below), padded(above)], atom: .rel)
        }
        return node
    }

    private static func padded(_ label: [MathNode]) -> MathNode {
        .element("mrow", [.space(width: "0.3em")] + label + [.space(width: "0.3em")])
    }
}
