import CourseText
/// The parsed templates of `Templates/`, by name (`lesson`,
/// `partials/head`), and the renderer that fills them.
///
/// Why not a general Mustache engine: contexts here are typed
/// (`TemplateValue`), so a lookup is a dictionary access. swift-mustache
/// resolves every tag through dynamic casts on `Any` values, which cost
/// about 130 µs per lesson page, a quarter of a full build's CPU time. The
/// tests render every page of the example courses with both and compare.
struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    init() {}

    mutating func register(_ source: String, named name: String) throws(TemplateError) {
        templates[name] = try Template(parsing: source, name: name)
    }

    var names: [String] { templates.keys.sorted() }

    /// nil when there is no template `name`.
    func render(_ name: String, _ context: TemplateValue) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        output.reserveCapacity(16 * 1024)
        var stack = [context]
        render(template.nodes, stack: &stack, into: &output)
        return output
    }

    private func render(_ nodes: [Template.Node], stack: inout [TemplateValue], into output: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let path, let escaped):
                guard let value = lookup(path, in: stack) else { continue }
                if escaped { HTMLEscape.append(value.rendered, to: &output) } else { output += value.rendered }
            case .section(let path, let inverted, let body):
                let value = lookup(path, in: stack)
                if inverted {
                    if !Self.isTruthy(value) { render(body, stack: &stack, into: &output) }
                    continue
                }
                switch value {
                case nil, .bool(false): break
                case .bool(true): render(body, stack: &stack, into: &output)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(body, stack: &stack, into: &output)
                        stack.removeLast()
                    }
                case .some(let value):
                    stack.append(value)
                    render(body, stack: &stack, into: &output)
                    stack.removeLast()
                }
            case .partial(let name):
                guard let partial = templates[name] else { continue }
                render(partial.nodes, stack: &stack, into: &output)
            }
        }
    }

    /// The first name is looked up from the innermost context outwards; the
    /// rest of a dotted name only inside what the first part found.
    private func lookup(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
        var found: TemplateValue?
        for value in stack.reversed() {
            if let child = value.child(path[0]) { found = child; break }
        }
        for name in path.dropFirst() {
            found = found?.child(name)
        }
        return found
    }

    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .bool(false): return false
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }
}

/// The five characters Mustache escapes (the project's one escaper).
enum HTMLEscape {
    static func append(_ text: String, to output: inout String) {
        MarkupEscaping.escape(text, into: &output, .apostrophes)
    }
}
