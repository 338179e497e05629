/// Rules about what media files contain, reported by `MediaContentCheck`:
/// a file must be what its extension says, because the platform, the
/// browser and the offline site decide how to open it by its name.
public enum MediaRules {
    static func lesson(_ body: String) -> String { "---\nid: leccion\ntitle: Lección\n---\n\n\(body)\n" }
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20">
          <defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>
          <rect id="recta" width="100" height="2" y="9" fill="url(#g)"/>
          <use href="#recta" y="5"/>
        </svg>

        """

    public static let emptyMedia = Rule(
        id: "CS0209", name: "empty-media", severity: .error, category: .references,
        summary: "A media file is empty.",
        explanation: """
        An image, video, audio, PDF, subtitle or linked file has no bytes at \
        all, usually because a copy or a download did not finish. The \
        platform would show a broken image or refuse the upload. Copy the \
        file again.
        """,
        examples: [
            RuleExample(["curso/leccion.md": lesson("![Recta numérica](↓media/recta.png)"), "curso/media/recta.png": ""],
                        triggers: true),
            RuleExample(["curso/leccion.md": lesson("![Recta numérica](media/recta.svg)"), "curso/media/recta.svg": svg],
                        triggers: false),
        ])

    public static let mediaContentMismatch = Rule(
        id: "CS0210", name: "media-content-mismatch", severity: .error, category: .references,
        summary: "A media file's content is not what its extension says.",
        explanation: """
        coursec reads the first bytes of every medium the course uses (its \
        signature, or "magic number") and compares them with the extension: \
        a web page saved as `.pdf`, a JPEG renamed `.png`, a text file named \
        `.mp4`. Browsers and the platform choose how to open a file by its \
        name, so such a file shows as broken. The message says what the \
        file really is; convert it, or give it its real extension (and use \
        a format the platform accepts). An SVG that is not well-formed XML, \
        and subtitles that are not UTF-8, are reported here too.
        """,
        examples: [
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\nkind: pdf\nfile: ↓media/guia.pdf\n---\n",
                         "curso/media/guia.pdf": "<!DOCTYPE html>\n<html><body>Guía</body></html>\n"],
                        triggers: true),
            RuleExample(["curso/leccion.md": lesson("Descarga la [tabla](↓media/tabla.png)."),
                         "curso/media/tabla.png": "x,y\n1,2\n"],
                        triggers: true),
            RuleExample(["curso/leccion.md": lesson("Descarga la [tabla](media/tabla.csv)."),
                         "curso/media/tabla.csv": "x,y\n1,2\n"],
                        triggers: false),
        ])

    public static let unsafeSVG = Rule(
        id: "CS0211", name: "unsafe-svg", severity: .error, category: .references,
        summary: "An SVG image runs scripts or loads other files.",
        explanation: """
        An SVG is a document as well as an image: opened by itself (from a \
        link, or in the offline course) a browser runs its scripts and \
        loads what it references. An image in a course must be inert and \
        self-contained: no `<script>`, no event handlers (`onload`, \
        `onclick`…), no `javascript:` addresses, and no references to other \
        files or to the web (`href`, `xlink:href`, `<?xml-stylesheet?>`, CSS \
        `url()` or `@import`), except to parts of the image itself \
        (`#id`) and to images embedded as `data:` addresses. Entity \
        declarations are refused too. Export the drawing again as a plain \
        SVG, or as PNG.
        """,
        examples: [
            RuleExample(["curso/leccion.md": lesson("![Recta numérica](↓media/recta.svg)"),
                         "curso/media/recta.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n"],
                        triggers: true),
            RuleExample(["curso/leccion.md": lesson("![Recta numérica](↓media/recta.svg)"),
                         "curso/media/recta.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://example.com/a.png\"/></svg>\n"],
                        triggers: true),
            RuleExample(["curso/leccion.md": lesson("![Recta numérica](media/recta.svg)"), "curso/media/recta.svg": svg],
                        triggers: false),
        ])

    public static let all: [Rule] = [emptyMedia, mediaContentMismatch, unsafeSVG]
}
