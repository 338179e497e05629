import Foundation

/// The files of `Templates/`, embedded in the binary (see
/// `scripts/embed-templates.sh`), so `coursec` works after `make install`
/// copies only the executable. Targets read shared assets (`coursec.css`,
/// `quiz.js`, `scorm12/runtime.js`…) from here.
public enum TemplateAssets {
    /// Template-relative paths of every embedded file, sorted.
    public static var paths: [String] { EmbeddedTemplates.files.keys.sorted() }

    public static func text(_ path: String) -> String? { EmbeddedTemplates.files[path] }

    /// The bytes of an embedded file (UTF-8), e.g. `data("scorm12/runtime.js")`.
    public static func data(_ path: String) -> Data? { text(path).map { Data($0.utf8) } }

    /// Every `.mustache` file, registered under its path without the extension
    /// (`lesson`, `partials/head`), parsed once per process.
    static let library: TemplateLibrary = {
        var library = TemplateLibrary()
        for (path, text) in EmbeddedTemplates.files where path.hasSuffix(".mustache") {
            do {
                try library.register(text, named: String(path.dropLast(".mustache".count)))
            } catch {
                // The embedded templates are tested; a parse error is a coursec bug.
                preconditionFailure("\(error)")
            }
        }
        return library
    }()

    /// Renders a template with a context of dictionaries, arrays, strings,
    /// numbers and booleans.
    static func render(_ template: String, _ context: [String: Any]) -> String {
        guard let html = library.render(template, TemplateValue(context)) else {
            preconditionFailure("no template named \(template) in Templates/")
        }
        renderObserver?(template, context, html)
        return html
    }

    /// Tests set this to see every page rendered: template, context and
    /// result (to render it again with swift-mustache and compare). Set
    /// before rendering starts, never while pages render.
    nonisolated(unsafe) static var renderObserver: (@Sendable (String, [String: Any], String) -> Void)?
}
