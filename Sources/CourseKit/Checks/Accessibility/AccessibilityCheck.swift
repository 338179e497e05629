/// The images, headings and links of every lesson and quiz, read as a
/// screen reader reads them: alternative text that is a placeholder
/// (CS0221), heading levels that skip (CS0222), link text that says nothing
/// out of context (CS0223).
public struct AccessibilityCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AccessibilityRules.placeholderAltText, AccessibilityRules.skippedHeadingLevel, AccessibilityRules.vagueLinkText] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for lesson in course.lessons { check(lesson.markdown, context.sink) }
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) { check(quiz.markdown, context.sink) }
        }
    }

    func check(_ markdown: MarkdownSummary, _ sink: DiagnosticSink) {
        for image in markdown.images where !image.alt.isEmpty && Self.isPlaceholder(image.alt, url: image.url) {
            sink.report(AccessibilityRules.placeholderAltText, at: image.range,
                        "the alternative text '\(image.alt)' says nothing about the image; describe what it shows, as you would to a learner who cannot see it")
        }
        var previous = 1  // the page's title is the heading of level 1
        for heading in markdown.headings {
            if heading.level > previous + 1 {
                let wanted = previous + 1
                let marks = String(repeating: "#", count: wanted)
                let fixes = heading.isATX
                    ? [Diagnostic.Fix(range: SourceRange(file: heading.range.file, line: heading.range.start.line,
                                                         column: heading.range.start.column, length: heading.level),
                                      replacement: marks, summary: "write \(marks)")]
                    : []
                sink.report(AccessibilityRules.skippedHeadingLevel, at: heading.range,
                            "this heading of level \(heading.level) follows one of level \(previous), so level \(wanted) is skipped; write it \(marks)",
                            fixes: fixes)
            }
            previous = heading.level
        }
        for link in markdown.links where Self.vagueLinkTexts.contains(Self.folded(link.alt)) {
            sink.report(AccessibilityRules.vagueLinkText, at: link.range,
                        "the link text '\(link.alt.trimmed)' does not say where the link leads; screen readers list links by their text, so make the link the words that name its destination")
        }
    }

    static let placeholderWords: Set<String> = [
        "imagen", "image", "img", "foto", "fotografia", "photo", "picture", "pic", "figura", "figure", "fig", "grafica",
        "grafico", "graph", "diagrama", "diagram", "dibujo", "ilustracion", "illustration", "captura", "captura de pantalla",
        "screenshot", "icono", "icon", "imagen de la leccion",
    ]

    static let vagueLinkTexts: Set<String> = [
        "aqui", "click aqui", "clic aqui", "click", "clic", "haz click aqui", "haz clic aqui", "da click aqui", "da clic aqui",
        "dale click", "dale clic", "dale click aqui", "dale clic aqui", "pulsa aqui", "presiona aqui", "este enlace", "este link",
        "esta liga", "enlace", "link", "liga", "ver mas", "leer mas", "mas informacion", "mas info", "here", "click here",
        "this link", "read more", "more", "link here",
    ]

    /// A placeholder word (with or without a number: "figura 2") or the
    /// image's file name (with or without its extension).
    static func isPlaceholder(_ alt: String, url: String) -> Bool {
        let text = folded(alt)
        let word = String(text.reversed().drop { $0.isNumber || $0 == " " || $0 == "." || $0 == "-" }.reversed())
        if placeholderWords.contains(word) { return true }
        let name = folded(String(url.split(separator: "/").last ?? ""))
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        return !text.isEmpty && (text == name || text == stem)
    }

    /// Lowercase, accents off, `_` and `-` as spaces, spaces collapsed,
    /// final punctuation dropped: how two texts are compared here.
    static func folded(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text.lowercased() {
            let base: Character
            switch character {
            case "á", "à", "ä": base = "a"
            case "é", "è", "ë": base = "e"
            case "í", "ì", "ï": base = "i"
            case "ó", "ò", "ö": base = "o"
            case "ú", "ù", "ü": base = "u"
            case "_", "-": base = " "
            default: base = character
            }
            if base == " " || base.isNewline { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(base)
        }
        while let last = out.last, ".:,;!¡?¿»«\"'()…".contains(last) { out.removeLast() }
        while let first = out.first, "¡¿«\"'(".contains(first) { out.removeFirst() }
        return out.trimmed
    }
}
