import CourseKit
import CourseText

/// The panel the preview lays over a page while the repository has
/// problems: how many, and each one as `file:line:col`, its severity, the
/// message and the rule id, the file linked to its page when it has one.
/// The problems of the page's own file come first. It carries its own
/// styles, so it looks the same over every page and needs no stylesheet
/// of the site. Written in Spanish, for authors; the messages themselves
/// are the check's.
struct PreviewOverlay {
    /// Problems listed at most (the terminal has them all).
    static let limit = 50

    var diagnostics: [Diagnostic]
    /// The repository could not be loaded at all (no `coursec.yaml`).
    var failure: String?
    /// The page shown is the last good one: its file has errors now.
    var staleSource: String?
    /// The repository path of the page's file, whose problems come first.
    var pageSource: String?
    /// The page of a source file, by its repository path (`/curso/lecciones/x.html`).
    var pageLinks: [String: String]

    /// The overlay's HTML, empty when there is nothing to say.
    var html: String {
        guard failure != nil || staleSource != nil || !diagnostics.isEmpty else { return "" }
        var html = "<aside id=\"coursec-preview\" role=\"alert\" aria-label=\"Problemas del curso\">\n" + Self.style
        html += "<div class=\"coursec-preview-head\"><strong>coursec serve: \(escape(headline))</strong>"
        html += "<button type=\"button\" data-coursec-hide>Ocultar</button></div>\n"
        if let failure {
            html += "<p class=\"coursec-preview-note\">No se puede cargar el repositorio: \(escape(failure))</p>\n"
        }
        if let staleSource {
            html += "<p class=\"coursec-preview-note\">Esta es la última versión correcta de la página: "
                + "<code>\(escape(staleSource))</code> tiene errores y la página no se puede generar de nuevo.</p>\n"
        }
        let ordered = diagnostics.filter { $0.range.file == pageSource } + diagnostics.filter { $0.range.file != pageSource }
        if !ordered.isEmpty {
            html += "<ol>\n"
            for diagnostic in ordered.prefix(Self.limit) { html += item(diagnostic) }
            html += "</ol>\n"
        }
        if ordered.count > Self.limit {
            html += "<p class=\"coursec-preview-note\">Y \(ordered.count - Self.limit) más: la terminal los muestra todos.</p>\n"
        }
        return html + "</aside>\n"
    }

    /// "2 errores, 1 advertencia".
    var headline: String {
        let summary = DiagnosticSummary(diagnostics)
        var parts: [String] = []
        if summary.errors > 0 { parts.append(Self.count(summary.errors, "error", "errores")) }
        if summary.warnings > 0 { parts.append(Self.count(summary.warnings, "advertencia", "advertencias")) }
        if summary.notes > 0 { parts.append(Self.count(summary.notes, "nota", "notas")) }
        if parts.isEmpty { return failure != nil ? "el repositorio no se puede cargar" : "sin problemas" }
        return parts.joined(separator: ", ")
    }

    private func item(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.range
        let place = "\(range.file):\(range.start.line):\(range.start.column)"
        let location = pageLinks[range.file].map { "<a href=\"\(escape($0))\">\(escape(place))</a>" } ?? escape(place)
        let severity: String
        switch diagnostic.severity {
        case .error: severity = "error"
        case .warning: severity = "advertencia"
        default: severity = "nota"
        }
        return "<li class=\"coursec-preview-\(diagnostic.severity == .error ? "error" : "other")\">\(location) "
            + "<span class=\"coursec-preview-severity\">\(severity)</span> \(escape(diagnostic.message)) "
            + "<code>[\(escape(diagnostic.id))]</code></li>\n"
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
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
