/// One parsed Mustache template: text, variables, sections and partials.
///
/// The subset `Templates/` uses, and nothing else, so a template cannot rely
/// on a feature that renders differently from what its author expects:
/// `{{name}}` (HTML-escaped), `{{{name}}}`, `{{#name}}…{{/name}}`,
/// `{{^name}}…{{/name}}`, dotted names (`nav.next`) and `{{> partial}}`.
/// A section, inverted section, closing or partial tag alone on its line
/// takes the line with it ("standalone" tags, as in the Mustache spec).
/// Comments, delimiter changes, lambdas and indented partials are refused
/// when the template is parsed.
struct Template: Sendable {
    indirect enum Node: Sendable, Equatable {
        case text(String)
        case variable(path: [String], escaped: Bool)
        case section(path: [String], inverted: Bool, body: [Node])
        case partial(name: String)
    }

    let nodes: [Node]

    init(nodes: [Node]) { self.nodes = nodes }

    /// Parses `source`; `name` is for error messages.
    init(parsing source: String, name: String) throws(TemplateError) {
        nodes = try TemplateParser(source: source, name: name).parse()
    }
}

/// A template that uses something outside the supported subset, or is
/// malformed; `line` is 1-based.
struct TemplateError: Error, CustomStringConvertible, Equatable {
    let template: String
    let line: Int
    let message: String

    var description: String { "Templates/\(template).mustache:\(line): \(message)" }
}
