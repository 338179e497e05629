import CourseKit
import CourseText

/// The panel the preview lays over a page while the repository has
/// problems: how many, and each one as `file:line:col`, its severity, the
/// message and the rule id, the file linked to its page when it has one.
/// The problems of the page's own file come first. It carries its own
/// styles, so it looks the same over every page and needs no stylesheet
/// of the site. Written in the preview's language, like the messages.
struct PreviewOverlay {
    /// Problems listed at most (the terminal has them all).
    static let limit = 50

    var diagnostics: [Diagnostic]
    /// The repository could not be loaded at all (no `coursec.yaml`).
    var failure: Message?
    /// The page shown is the last good one: its file has errors now.
    var staleSource: String?
    /// The repository path of the page's file, whose problems come first.
    var pageSource: String?
    /// The page of a source file, by its repository path (`/curso/lecciones/x.html`).
    var pageLinks: [String: String]
    var language: Language = .es

    private func text(_ message: Message) -> String { message.text(in: language) }

    /// The overlay's HTML, empty when there is nothing to say.
    var html: String {
        guard failure != nil || staleSource != nil || !diagnostics.isEmpty else { return "" }
        var html = "<aside id=\"coursec-preview\" role=\"alert\" aria-label=\"\(escape(text("Problems of the course")))\">\n" + Self.style
        html += "<div class=\"coursec-preview-head\"><strong>coursec serve: \(escape(headline))</strong>"
        html += "<button type=\"button\" data-coursec-hide>\(escape(text("Hide")))</button></div>\n"
        if let failure {
            html += "<p class=\"coursec-preview-note\">\(escape(text("The repository cannot be loaded: \(failure)")))</p>\n"
        }
        if let staleSource {
            html += "<p class=\"coursec-preview-note\">"
                + text("This is the last good version of the page: <code>\(escape(staleSource))</code> has errors and the page cannot be made again.")
                + "</p>\n"
        }
        let ordered = diagnostics.filter { $0.range.file == pageSource } + diagnostics.filter { $0.range.file != pageSource }
        if !ordered.isEmpty {
            html += "<ol>\n"
            for diagnostic in ordered.prefix(Self.limit) { html += item(diagnostic) }
            html += "</ol>\n"
        }
        if ordered.count > Self.limit {
            html += "<p class=\"coursec-preview-note\">\(escape(text("And \(ordered.count - Self.limit) more: the terminal shows them all.")))</p>\n"
        }
        return html + "</aside>\n"
    }

    /// "2 errors, 1 warning" ("2 errores, 1 advertencia").
    var headline: String {
        let summary = DiagnosticSummary(diagnostics)
        var parts: [Message] = []
        if summary.errors > 0 { parts.append(summary.errors == 1 ? "1 error" : "\(summary.errors) errors") }
        if summary.warnings > 0 { parts.append(summary.warnings == 1 ? "1 warning" : "\(summary.warnings) warnings") }
        if summary.notes > 0 { parts.append(summary.notes == 1 ? "1 note" : "\(summary.notes) notes") }
        guard let first = parts.first else { return text(failure != nil ? "the repository cannot be loaded" : "no problems") }
        return text(parts.dropFirst().reduce(first) { "\($0), \($1)" })
    }

    private func item(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.range
        let place = "\(range.file):\(range.start.line):\(range.start.column)"
        let location = pageLinks[range.file].map { "<a href=\"\(escape($0))\">\(escape(place))</a>" } ?? escape(place)
        return "<li class=\"coursec-preview-\(diagnostic.severity == .error ? "error" : "other")\">\(location) "
            + "<span class=\"coursec-preview-severity\">\(escape(text(diagnostic.severity.label)))</span> \(escape(text(diagnostic.message))) "
            + "<code>[\(escape(diagnostic.id))]</code></li>\n"
    }

    private func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, .apostrophes)
    }

    private static let style = """
        <style>
        #coursec-preview { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; max-height: 45vh; overflow: auto;
          margin: 0; padding: 0.6rem 1rem 0.8rem; background: #fff7f5; color: #1a1a1a; border-top: 4px solid #a12a2a;
          font: 0.95rem/1.45 system-ui, sans-serif; box-shadow: 0 -2px 12px rgba(0,0,0,0.2); }
        #coursec-preview[hidden] { display: none; }
        #coursec-preview .coursec-preview-head { display: flex; justify-content: space-between; gap: 1rem; align-items: center; }
        #coursec-preview button { font: inherit; padding: 0.2rem 0.8rem; }
        #coursec-preview ol { margin: 0.4rem 0 0; padding-left: 1.4rem; }
        #coursec-preview li { margin: 0.25rem 0; overflow-wrap: anywhere; }
        #coursec-preview a { color: #1f5f8b; font-family: ui-monospace, monospace; }
        #coursec-preview .coursec-preview-severity { font-weight: 600; }
        #coursec-preview .coursec-preview-error .coursec-preview-severity { color: #a12a2a; }
        #coursec-preview .coursec-preview-other .coursec-preview-severity { color: #7a5a00; }
        #coursec-preview .coursec-preview-note { margin: 0.4rem 0 0; }
        </style>

        """
}
