/// Problems found while rendering pages (build time, not `coursec check`):
/// the build still produces usable pages, so these are warnings, and each
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
        """)

    public static let missingMedium = Rule(
        id: "CS0602", name: "missing-medium", severity: .warning, category: .rendering,
        summary: "A page refers to a file that cannot be read at build time.",
        explanation: """
        Images, linked files, lesson files and fallbacks are copied into every \
        package by content. A file that cannot be read (deleted after the \
        check, unreadable, outside the repository) is left out of the page: \
        an image is replaced by its alt text and a link by its text, so the \
        learner never meets a broken link.
        """)

    public static let unsupportedMedium = Rule(
        id: "CS0603", name: "unsupported-medium", severity: .warning, category: .rendering,
        summary: "A medium cannot be shown in a browser page.",
        explanation: """
        The platform accepts video formats that browsers cannot play \
        (AVI, WMV, MKV…). In the offline course and in SCORM packages such a \
        file is offered as a download instead of a player. Convert the video \
        to MP4 (H.264) so that every learner can watch it in the page.
        """)

    public static let externalImage = Rule(
        id: "CS0604", name: "external-image", severity: .warning, category: .rendering,
        summary: "An image is loaded from the web.",
        explanation: """
        Pages must work without a connection and make no network request on \
        their own. An image whose address is on the web is rendered as a \
        link the learner may choose to open, not loaded. Copy the image into \
        the course's `media/` folder instead.
        """)

    public static let all: [Rule] = [mathAssetsMissing, missingMedium, unsupportedMedium, externalImage]
}
