import CourseKit
import Testing
@testable import CoursePreview

/// The panel over the preview's pages speaks the run's language: its own
/// words and the diagnostics' messages and severities.
@Suite struct PreviewOverlayLanguageTests {
    static let diagnostics = [
        Diagnostic(id: "CS0103", severity: .error, range: SourceRange(file: "curso/leccion.md", line: 3, column: 1, length: 5),
                   message: "unknown field `\("titel")` in \("the front matter" as Message); did you mean `\("title")`?"),
        Diagnostic(id: "CS0206", severity: .warning, range: SourceRange(file: "curso/borrador.md", line: 1, column: 1, length: 1),
                   message: "'\("curso/borrador.md")' is not in the outline of its course, so it will not be published"),
    ]

    static func overlay(_ language: Language, failure: Message? = nil) -> PreviewOverlay {
        PreviewOverlay(diagnostics: diagnostics, failure: failure, staleSource: "curso/leccion.md", pageSource: "curso/leccion.md",
                       pageLinks: [:], language: language)
    }

    @Test func spanish() {
        let html = Self.overlay(.es).html
        #expect(html.contains("coursec serve: 1 error, 1 advertencia</strong>"), "\(html)")
        #expect(html.contains(">Ocultar</button>") && html.contains("aria-label=\"Problemas del curso\""))
        #expect(html.contains("Esta es la última versión correcta de la página: <code>curso/leccion.md</code>"))
        #expect(html.contains("<span class=\"coursec-preview-severity\">error</span> campo desconocido `titel` en el encabezado; ¿quisiste decir `title`?"))
        #expect(html.contains("<span class=\"coursec-preview-severity\">advertencia</span> &#39;curso/borrador.md&#39; no está en el temario"))
    }

    @Test func english() {
        let html = Self.overlay(.en, failure: LoadError.noManifest("/tmp/x").message).html
        #expect(html.contains("coursec serve: 1 error, 1 warning</strong>"), "\(html)")
        #expect(html.contains(">Hide</button>") && html.contains("This is the last good version of the page"))
        #expect(html.contains("The repository cannot be loaded: no coursec.yaml in &#39;/tmp/x&#39;"))
        #expect(html.contains("unknown field `titel` in the front matter; did you mean `title`?"))
        #expect(!html.contains("advertencia") && !html.contains("Ocultar"))
    }
}
