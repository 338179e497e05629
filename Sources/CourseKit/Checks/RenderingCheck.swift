import CourseMarkdown

/// What pages will show differently from what the author wrote, found from
/// the model before anything is rendered: an image on the web becomes a link
/// (CS0604), a video or audio browsers cannot play becomes a download
/// (CS0603), and math shows as TeX source when KaTeX is not installed
/// (CS0601). The renderer applies the same decisions (`URLSafety`,
/// `MediaTypes.playableVideo`) without reporting anything. The missing
/// KaTeX is said once, at the repository's first math (a repository check,
/// from each course's summary).
public struct RenderingCheck: CourseCheck, RepositoryCheck {
    public init() {}

    public var rules: [Rule] { [RenderingRules.mathAssetsMissing, RenderingRules.unsupportedMedium, RenderingRules.externalImage] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for lesson in course.lessons {
                bodies(lesson.markdown, context.sink)
                guard let file = lesson.file, lesson.kind == .video || lesson.kind == .audio else { continue }
                let ext = RepositoryPath.pathExtension(file.value)
                let playable = lesson.kind == .video ? MediaTypes.playableVideo : MediaTypes.playableAudio
                if !playable.contains(ext) {
                    context.sink.report(RenderingRules.unsupportedMedium, at: file.range,
                                        "browsers cannot play '.\(ext)' files; the offline course and SCORM packages offer the file as a download (convert it to MP4 to show a player)")
                }
            }
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) {
                bodies(quiz.markdown, context.sink)
            }
        }
    }

    public func run(_ context: RepositoryCheckContext) {
        if let firstMath = context.courses.lazy.compactMap(\.firstMath).first, !context.katex.isAvailable {
            context.sink.report(RenderingRules.mathAssetsMissing, at: firstMath,
                                "KaTeX is not installed (\(context.katex.scriptFolder.path)): pages will show math as TeX source; install libjs-katex and fonts-katex (make setup)")
        }
    }

    private func bodies(_ markdown: MarkdownSummary, _ sink: DiagnosticSink) {
        for image in markdown.images where URLSafety.isWebImage(image.url) {
            sink.report(RenderingRules.externalImage, at: image.range,
                        "the image '\(image.url)' is on the web; pages show it as a link, not loaded (copy it into the course's media/ folder)")
        }
    }
}
