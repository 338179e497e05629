/// What pages will show differently from what the author wrote, reported
/// by `coursec check` (`RenderingCheck`) before anything is rendered: the
/// build still produces usable pages, so these are warnings, and each
/// message says what the learner gets instead.
public enum RenderingRules {
    public static let mathAssetsMissing = Rule(
        id: "CS0601", name: "math-assets-missing", severity: .warning, category: .rendering,
        summary: "A page uses math but the KaTeX files are not installed.",
        explanation: """
        Math (`$…$`, `$$…$$`) is typeset in the learner's browser by KaTeX, \
        taken from Debian's `libjs-katex` and `fonts-katex` packages and \
        bundled into packages whose pages use math, so math works offline. \
        When `/usr/share/javascript/katex/katex.min.js` is missing the pages \
        still build, but learners see the TeX source. Install the packages \
        (`apt-get install libjs-katex fonts-katex`, or `make setup`).
        """,
        examples: [
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\nLa razón es ↓$\\frac{1}{2}$.\n"],
                        triggers: true, withoutKaTeX: true),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nLa razón es $\\frac{1}{2}$.\n"),
        ])

    public static let unsupportedMedium = Rule(
        id: "CS0603", name: "unsupported-medium", severity: .warning, category: .rendering,
        summary: "A medium cannot be shown in a browser page.",
        explanation: """
        The platform accepts video formats that browsers cannot play \
        (AVI, WMV, MKV…). In the offline course and in SCORM packages such a \
        file is offered as a download instead of a player. Convert the video \
        to MP4 (H.264) so that every learner can watch it in the page.
        """,
        examples: [
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Video\nkind: video\nfile: ↓clase.avi\n---\n\nMira el video.\n",
                         "curso/clase.avi": "RIFF\u{24}\u{0}\u{0}\u{0}AVI LIST\u{4}\u{0}\u{0}\u{0}hdrl"], triggers: true),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Video\nkind: video\nfile: clase.mp4\n---\n\nMira el video.\n",
                         "curso/clase.mp4": "\u{0}\u{0}\u{0}\u{18}ftypmp42\u{0}\u{0}\u{0}\u{0}mp42isom"], triggers: false),
        ])

    public static let externalImage = Rule(
        id: "CS0604", name: "external-image", severity: .warning, category: .rendering,
        summary: "An image is loaded from the web.",
        explanation: """
        Pages must work without a connection and make no network request on \
        their own. An image whose address is on the web is rendered as a \
        link the learner may choose to open, not loaded. Copy the image into \
        the course's `media/` folder instead.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n↓![Mapa de México](https://example.org/mapa.png)\n"),
            .triggering("curso/practica.md", "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Qué estado es? {#estado}\n\n   ↓![Mapa](//example.org/mapa.png)\n\n   - [x] Jalisco\n   - [ ] Colima\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nConsulta [el mapa](https://example.org/mapa.png).\n"),
        ])

    public static let all: [Rule] = [mathAssetsMissing, unsupportedMedium, externalImage]
}
