/// What learners who use a screen reader, or who cannot hear a video, get
/// from a lesson: a transcript, alternative text that describes, headings
/// that nest, links that say where they lead.
public enum AccessibilityRules {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]
    static let mp4 = "\u{0}\u{0}\u{0}\u{18}ftypmp42\u{0}\u{0}\u{0}\u{0}mp42isom"

    public static let mediaWithoutTranscript = Rule(
        id: "CS0220", name: "media-without-transcript", severity: .warning, category: .accessibility,
        summary: "A video or audio lesson has neither subtitles nor a transcript.",
        explanation: """
        Learners who cannot hear (deaf learners, or anyone in a classroom \
        without headphones) get nothing from a video or an audio lesson \
        without its words in writing. A video lesson has a transcript when \
        it has `subtitles:` (WebVTT, any language) or when its body has at \
        least `min-words` words (default 100); an audio lesson, which takes \
        no subtitles, when its body has. The body is shown with the medium \
        in the offline course: write there what is said (a summary of each \
        part will do for a long recording).
        """,
        examples: [
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Caída libre\nkind: video\nfile: ↓media/clase.mp4\n---\n\nMira el video.\n",
                         "curso/media/clase.mp4": mp4], triggers: true),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Caída libre\nkind: video\nfile: media/clase.mp4\nsubtitles: { es: media/clase.es.vtt }\n---\n\nMira el video.\n",
                         "curso/media/clase.mp4": mp4,
                         "curso/media/clase.es.vtt": "WEBVTT\n\n00:00.000 --> 00:04.000\nSoltamos una pelota desde el techo.\n"], triggers: false),
        ],
        parameters: ["min-words": RuleParameter(.integer(0...100_000), default: "100")])

    public static let placeholderAltText = Rule(
        id: "CS0221", name: "placeholder-alt-text", severity: .warning, category: .accessibility,
        summary: "An image's alternative text is a placeholder such as \"imagen\" or its file name.",
        explanation: """
        A screen reader reads the alternative text instead of showing the \
        image: "imagen", "foto", "figura 2" or the file name tell the \
        learner only that there is an image. Describe what it shows and \
        what matters in it: `![Gráfica de la velocidad contra el tiempo: \
        una recta que sube de 0 a 20 m/s en 2 s](media/caida.png)`. \
        Reported words (any case, accents ignored, with or without a \
        number): imagen, image, img, foto, fotografía, photo, picture, \
        figura, figure, fig, gráfica, gráfico, graph, diagrama, diagram, \
        dibujo, ilustración, captura, screenshot, icono, icon; and the \
        image's file name, with or without its extension.
        """,
        examples: [
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\n↓![imagen](media/recta.png)\n"],
                        bytes: ["curso/media/recta.png": png], triggers: true),
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\n---\n\n![La recta numérica del −3 al 3](media/recta.png)\n"],
                        bytes: ["curso/media/recta.png": png], triggers: false),
        ])

    public static let skippedHeadingLevel = Rule(
        id: "CS0222", name: "skipped-heading-level", severity: .warning, category: .accessibility,
        summary: "A heading skips a level (`#` then `###`).",
        explanation: """
        Screen readers list a page's headings by level and let learners \
        jump between them; a `###` right after a `#` (or as the first \
        heading, after the page's title, which is level 1) looks like a \
        missing section. Choose the level by the outline, not by the size \
        of the text: each heading is at most one level deeper than the one \
        before it. The fix writes the level that follows.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n## Energía\n\nTexto.\n\n↓#### Trabajo\n\nTexto.\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\n## Energía\n\nTexto.\n\n### Trabajo\n\nTexto.\n\n## Potencia\n"),
        ])

    public static let vagueLinkText = Rule(
        id: "CS0223", name: "vague-link-text", severity: .warning, category: .accessibility,
        summary: "A link's text, such as \"aquí\" or \"click here\", does not say where it leads.",
        explanation: """
        Screen readers let learners jump from link to link, reading only \
        their text: a page of "aquí", "haz clic aquí" and "este enlace" \
        gives them nothing to choose by. Make the words that say where the \
        link leads the link: `Explora la [simulación de caída libre de \
        PhET](https://…)`. Reported texts (any case, accents and final \
        punctuation ignored): aquí, click/clic aquí, haz clic aquí, da \
        clic aquí, dale clic, este enlace, este link, esta liga, enlace, \
        link, liga, ver más, leer más, más información, here, click here, \
        this link, read more, more.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nPara ver la simulación, haz clic ↓[aquí](https://phet.colorado.edu/es/simulations/energy-skate-park).\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nExplora la [simulación de la pista de patinaje](https://phet.colorado.edu/es/simulations/energy-skate-park).\n"),
        ])

    public static let all: [Rule] = [mediaWithoutTranscript, placeholderAltText, skippedHeadingLevel, vagueLinkText]
}
