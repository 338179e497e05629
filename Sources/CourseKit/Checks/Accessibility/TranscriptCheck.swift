/// Video and audio lessons have their words in writing (CS0220): subtitles
/// (video only), or a body of at least `min-words` words, the transcript.
public struct TranscriptCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { [AccessibilityRules.mediaWithoutTranscript] }

    public func run(_ context: CheckContext) {
        for course in context.repository.courses {
            for lesson in course.lessons where lesson.kind == .video || lesson.kind == .audio {
                guard let file = lesson.file, lesson.subtitles.isEmpty else { continue }
                let minimum = context.policy.integer("min-words", for: AccessibilityRules.mediaWithoutTranscript, at: lesson.path, default: 100)
                let words = Self.wordCount(lesson.body)
                guard words < minimum else { continue }
                let message: Message = lesson.kind == .video
                    ? "the video of lesson '\(lesson.id.value)' has no transcript, so learners who cannot hear it get nothing; add `subtitles:` (a WebVTT file) or write what is said in the lesson's body (it has \(words) words, a transcript at least \(minimum))"
                    : "the audio of lesson '\(lesson.id.value)' has no transcript, so learners who cannot hear it get nothing; write what is said in the lesson's body (it has \(words) words, a transcript at least \(minimum))"
                context.sink.report(AccessibilityRules.mediaWithoutTranscript, at: file.range, message)
            }
        }
    }

    /// Runs of letters or digits: Markdown marks and punctuation are not words.
    static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for scalar in text.unicodeScalars {
            let letter = TextScan.isLetter(scalar) || ("0"..."9").contains(scalar)
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }
}
