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
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n![Recta numérica](↓media/recta.png)\n"),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\n![Recta numérica](media/recta.png)\n"], bytes: ["curso/media/recta.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]], triggers: false),
        ])

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
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nkind: pdf\nfile: ↓/etc/passwd\n---\n"),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\nkind: pdf\nfile: media/guia.pdf\n---\n", "curso/media/guia.pdf": "%PDF-1.4\n%%EOF\n"], triggers: false),
        ])

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
                               "curso/media/clase.wav": "RIFF"], triggers: true),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\nkind: audio\nfile: media/clase.mp3\n---\n"], bytes: ["curso/media/clase.mp3": Array("ID3".utf8) + [3, 0, 0, 0, 0, 0, 0, 0xFF, 0xFB, 0x90, 0x64]], triggers: false),
        ])

    public static let unknownReference = Rule(
        id: "CS0204", name: "unknown-reference", severity: .error, category: .references,
        summary: "An id refers to nothing.",
        explanation: """
        A `review-of` names a lesson id, `since` names a phase id, and the \
        repository's `courses` name course folders. The referenced element \
        does not exist; check the spelling (the message suggests close \
        matches).
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nsince: ↓fase-9\n---\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nsince: fase-1\n---\n"),
        ])

    public static let misplacedFile = Rule(
        id: "CS0205", name: "misplaced-file", severity: .error, category: .references,
        summary: "A file is used in the wrong place or twice.",
        explanation: """
        Each lesson or quiz file appears once in a course's outline; the \
        assessment is named by `assessment:`, not in the outline, and a file \
        named by `assessment:` must say `type: assessment`.
        """,
        examples: [
            .triggering("curso/course.yaml", "id: curso\ntitle: Curso de ejemplo\ndescription: Un curso mínimo.\nsubject: matematicas\ngrades: [10]\nversion: 1.0.0\noutline:\n  - unit: Unidad 1\n    items:\n      - leccion.md\n      - practica.md\n      - ↓leccion.md\n"),
            .quiet("curso/course.yaml", "id: curso\ntitle: Curso de ejemplo\ndescription: Un curso mínimo.\nsubject: matematicas\ngrades: [10]\nversion: 1.0.0\noutline:\n  - unit: Unidad 1\n    items:\n      - leccion.md\n      - practica.md\n"),
        ])

    public static let orphanFile = Rule(
        id: "CS0206", name: "orphan-file", severity: .warning, category: .references,
        summary: "A Markdown file in a course is not in its outline.",
        explanation: """
        The file looks like a lesson or quiz but no outline names it, so it \
        will not be published. Add it to `outline` in `course.yaml`, mark it \
        `draft: true` if it is work in progress, or delete it.
        """,
        examples: [
            .triggering("curso/↓borrador.md", "---\nid: borrador\ntitle: Lección olvidada\n---\n\nTexto.\n"),
            .quiet("curso/borrador.md", "---\nid: borrador\ntitle: Lección en preparación\ndraft: true\n---\n\nTexto.\n"),
        ])

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
            """),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\nresources:\n  - provider: khan-academy\n    url: https://es.khanacademy.org/math\n    title: Matemáticas en Khan Academy\n---\n"),
        ])

    public static let missingAltText = Rule(
        id: "CS0208", name: "missing-alt-text", severity: .error, category: .references,
        summary: "An image has no alternative text.",
        explanation: """
        Learners who use a screen reader, and everyone whose connection drops \
        the image, only get the alternative text. Describe what the image \
        shows: `![Recta numérica con los puntos -2, 0 y 3](media/recta.png)`.
        """,
        examples: [.triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n↓![](media/recta.png)\n"),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\n![La recta numérica del −3 al 3](media/recta.png)\n"], bytes: ["curso/media/recta.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]], triggers: false),
        ])
}
