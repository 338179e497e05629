/// Rules about files and ids that point elsewhere.
extension Rules {
    public static let missingFile = Rule(
        id: "CS0201", name: "missing-file", severity: .error, category: .references,
        summary: "A referenced file does not exist.",
        explanation: """
        A path in the outline, in `file:`, `thumbnail:`, `fallback:` or in a \
        Markdown image or link names a file that is not in the repository. \
        Paths are relative to the file that contains them and are case \
        sensitive (`Media/Foto.png` is not `media/foto.png`).
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n![Recta numérica](↓media/recta.png)\n")])

    public static let pathOutsideRepository = Rule(
        id: "CS0202", name: "path-outside-repository", severity: .error, category: .references,
        summary: "A path leaves the course repository.",
        explanation: """
        Everything a course uses must be inside its repository, so that a \
        build on another machine sees the same files. Absolute paths \
        (`/home/ana/foto.png`, `C:\\fotos`), `..` that climbs above the \
        repository root, and symbolic links that point outside it are \
        refused. Copy the file into the course's `media/` folder.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nkind: pdf\nfile: ↓/etc/passwd\n---\n")])

    public static let unsupportedMedia = Rule(
        id: "CS0203", name: "unsupported-media", severity: .error, category: .references,
        summary: "A file type is not accepted by the platform.",
        explanation: """
        The platform accepts, as lesson files: video (MP4, 3GP, 3G2, 3GP2, \
        AVI, MPEG, MPG, WMV, VOB, MKV, FLV, DV, TS, ASF, M4V, MOV), audio \
        (MP3, OGG), PDF, PPT, PPTX, DOCX, EPUB and Excel; HTML content and \
        SCORM 1.2 as ZIP files; subtitles only as WebVTT (`.vtt`); images in \
        lessons as PNG, JPEG, GIF, SVG or WebP. Convert the file (for example \
        a `.wav` to `.mp3`, a `.srt` to `.vtt`).
        """,
        examples: [RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\nkind: audio\nfile: ↓media/clase.wav\n---\n",
                               "curso/media/clase.wav": "RIFF"], triggers: true)])

    public static let unknownReference = Rule(
        id: "CS0204", name: "unknown-reference", severity: .error, category: .references,
        summary: "An id refers to nothing.",
        explanation: """
        A `review-of` names a lesson id, `since` names a phase id, and the \
        repository's `courses` name course folders. The referenced element \
        does not exist; check the spelling (the message suggests close \
        matches).
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nsince: ↓fase-9\n---\n")])

    public static let misplacedFile = Rule(
        id: "CS0205", name: "misplaced-file", severity: .error, category: .references,
        summary: "A file is used in the wrong place or twice.",
        explanation: """
        Each lesson or quiz file appears once in a course's outline; the \
        assessment is named by `assessment:`, not in the outline, and a file \
        named by `assessment:` must say `type: assessment`.
        """)

    public static let orphanFile = Rule(
        id: "CS0206", name: "orphan-file", severity: .warning, category: .references,
        summary: "A Markdown file in a course is not in its outline.",
        explanation: """
        The file looks like a lesson or quiz but no outline names it, so it \
        will not be published. Add it to `outline` in `course.yaml`, mark it \
        `draft: true` if it is work in progress, or delete it.
        """)

    public static let invalidURL = Rule(
        id: "CS0207", name: "invalid-url", severity: .error, category: .references,
        summary: "An external resource URL is not a valid https or http address.",
        explanation: """
        External resources are opened by learners' browsers: their `url` \
        must be a full `https://` (or `http://`) address. Prefer https; \
        schools' networks and the platform's app block many plain-http pages.
        """,
        examples: [.triggering("curso/leccion.md", """
            ---
            id: leccion
            title: Lección
            resources:
              - provider: geogebra
                url: ↓www.geogebra.org/m/abc
                title: Recta numérica
            ---
            """)])

    public static let missingAltText = Rule(
        id: "CS0208", name: "missing-alt-text", severity: .error, category: .references,
        summary: "An image has no alternative text.",
        explanation: """
        Learners who use a screen reader, and everyone whose connection drops \
        the image, only get the alternative text. Describe what the image \
        shows: `![Recta numérica con los puntos -2, 0 y 3](media/recta.png)`.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n↓![](media/recta.png)\n")])
}
