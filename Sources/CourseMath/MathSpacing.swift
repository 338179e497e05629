/// TeX's spacing rules that MathML Core would otherwise get wrong, applied to
/// the children of one row once it is complete.
///
/// - A binary operator where TeX sees a sign (`= -3`, `(-2)`, `, -1`) gets
///   `form="prefix"`: MathML infers the prefix form only for the first child
///   of a row and would set `−` with binary spacing.
/// - A named function (`sin`, `lim`, `\operatorname{…}`) is followed by U+2061
///   FUNCTION APPLICATION and, unless a fence or operator follows, the thin
///   space TeX puts between an operator name and its argument.
enum MathSpacing {
    static func finish(_ nodes: [MathNode]) -> [MathNode] {
        guard nodes.contains(where: { $0.atom == .bin || $0.isNamedFunction }) else { return nodes }
        var result: [MathNode] = []
        result.reserveCapacity(nodes.count + 2)
        var previous: AtomClass?
        for index in nodes.indices {
            var node = nodes[index]
            if node.atom == .bin {
                switch previous {
                case nil:
                    // First in the row: the prefix form is inferred, unless spaces precede it.
                    if !result.isEmpty && node.isBareOperator { node.attributes.append(("form", "prefix")) }
                    node.atom = .ord
                case .bin?, .op?, .rel?, .open?, .punct?:
                    if node.isBareOperator { node.attributes.append(("form", "prefix")) }
                    node.atom = .ord
                default:
                    break
                }
            }
            result.append(node)
            if node.isNamedFunction, let next = nextAtom(in: nodes, after: index) {
                result.append(.token("mo", "\u{2061}", atom: .space))
                switch next {
                case .ord, .op, .inner, .bin: result.append(.space(width: "0.1667em"))
                default: break
                }
            }
            if node.atom != .space { previous = node.atom }
        }
        return result
    }

    private static func nextAtom(in nodes: [MathNode], after index: Int) -> AtomClass? {
        var next = index + 1
        while next < nodes.count {
            if nodes[next].atom != .space { return nodes[next].atom }
            next += 1
        }
        return nil
    }
}
