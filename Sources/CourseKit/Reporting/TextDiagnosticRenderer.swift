/// clang/swiftc-style text: `path:line:col: error: message [CS0103]`, the
/// source line with a caret under the range, notes and fix-its, then a
/// summary line, in the context's language (`…: advertencia: …`). Colour
/// only when asked (a terminal without NO_COLOR).
public struct TextDiagnosticRenderer: DiagnosticRenderer {
    /// Excerpts of very long lines (a 10 MB one-line file) are cut around the caret.
    static let maximumExcerpt = 160

    /// The word before a suggested edit.
    static let fixLabel: Message = "fix"

    public init() {}

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        var out = ""
        for d in diagnostics {
            out += location(d.range, context) + ": " + paint(context.text(d.severity.label) + ":", severityColor(d.severity), context)
            out += " " + paint(context.text(d.message), "1", context) + " [\(d.id)]\n"
            out += excerpt(d.range, context)
            for note in d.notes {
                let place = note.range.map { location($0, context) + ": " } ?? ""
                out += place + paint(context.text(Severity.note.label) + ":", "36", context) + " " + context.text(note.message) + "\n"
                if let range = note.range { out += excerpt(range, context) }
            }
            for fix in d.fixes {
                out += location(fix.range, context) + ": " + paint(context.text(Self.fixLabel) + ":", "32", context) + " "
                    + context.text(fix.summary) + "\n"
            }
        }
        out += DiagnosticSummary(diagnostics).line(in: context.language) + "\n"
        return out
    }

    private func location(_ range: SourceRange, _ context: RenderContext) -> String {
        "\(context.displayPath(range.file)):\(range.start.line):\(range.start.column)"
    }

    private func excerpt(_ range: SourceRange, _ context: RenderContext) -> String {
        guard let file = context.source(range.file), range.start.line <= file.lineCount else { return "" }
        var line = Array(String(file.line(range.start.line)).unicodeScalars)
        guard !line.isEmpty else { return "" }
        var caretColumn = range.start.column
        if line.count > Self.maximumExcerpt {
            let start = max(0, min(caretColumn - 1 - Self.maximumExcerpt / 2, line.count - Self.maximumExcerpt))
            line = Array(line[start..<min(line.count, start + Self.maximumExcerpt)])
            caretColumn -= start
        }
        let text = String(String.UnicodeScalarView(line.map { $0 == "\t" ? " " : $0 }))
        let width = range.end.line == range.start.line ? max(1, range.end.column - range.start.column) : 1
        let pad = String(repeating: " ", count: max(0, caretColumn - 1))
        let marks = "^" + String(repeating: "~", count: max(0, min(width, line.count - caretColumn + 1) - 1))
        return "  " + text + "\n  " + pad + paint(marks, "32", context) + "\n"
    }

    private func severityColor(_ s: Severity) -> String {
        switch s {
        case .error: "1;31"
        case .warning: "1;35"
        case .note: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String, _ context: RenderContext) -> String {
        context.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
