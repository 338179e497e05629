/// An atom that scripts attach to, with where its scripts go.
struct ScriptBase {
    var node: MathNode
    var limits: LimitsPlacement = .never
}

/// The scripts read after one atom.
struct Scripts {
    var base: ScriptBase
    /// The subscript (`_`), and the superscript (`^`) without primes.
    var lower: MathNode?
    var upper: MathNode?
    var primes = 0

    /// `msub`/`msup`/`msubsup`, or `munder`/`mover`/`munderover` for limits.
    func node(displayStyle: Bool) -> MathNode {
        var upper = upper
        if primes > 0 {
            let prime = MathNode.token("mo", Self.primes(primes))
            upper = upper.map { .element("mrow", [prime] + $0.rowChildren) } ?? prime
        }
        let underOver = base.limits == .always || (base.limits == .display && displayStyle)
        let tag: String
        var children = [base.node]
        switch (lower, upper) {
        case (let sub?, let sup?):
            children += [sub, sup]
            tag = underOver ? "munderover" : "msubsup"
        case (let sub?, nil):
            children.append(sub)
            tag = underOver ? "munder" : "msub"
        case (nil, let sup?):
            children.append(sup)
            tag = underOver ? "mover" : "msup"
        case (nil, nil):
            return base.node
        }
        var node = MathNode.element(tag, children, atom: base.node.atom)
        node.isNamedFunction = base.node.isNamedFunction
        return node
    }

    static func primes(_ count: Int) -> String {
        switch count {
        case 1: return "′"
        case 2: return "″"
        case 3: return "‴"
        case 4: return "⁗"
        default: return String(repeating: "′", count: count)
        }
    }
}
