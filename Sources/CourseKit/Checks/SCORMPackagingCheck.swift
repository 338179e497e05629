import CourseXML

/// What the SCORM 1.2 packages must change in the author's text, found from
/// the model: titles longer than 200 characters are shortened (CS0801),
/// characters XML cannot carry are left out of the manifest (CS0802), and an
/// HTML or SCORM ZIP lesson travels as its introduction page only (CS0803).
/// The `scorm12` target fits the text with the same rules (`SCORMText`)
/// without reporting anything.
public struct SCORMPackagingCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { Rules.scormRules }

    public func run(_ context: CheckContext) {
        let sink = context.sink
        for course in context.repository.courses {
            title(course.title, what: "the course title", sink)
            text(course.description, at: course.range, what: "the course description", sink)
            for keyword in [course.subject] + course.educationModels + course.subsystems {
                text(keyword, at: course.range, what: "a keyword", sink)
            }
            for unit in course.units { title(unit.title, what: "the unit title", sink) }
            for lesson in course.lessons {
                title(lesson.title, what: "the lesson title", sink)
                for tag in lesson.tags { text(tag, at: lesson.range, what: "a keyword", sink) }
                if lesson.kind == .html || lesson.kind == .scorm {
                    sink.report(Rules.scormNestedPackage, at: lesson.file?.range ?? lesson.id.range,
                                "lesson '\(lesson.id.value)' is a \(lesson.kind.rawValue) ZIP, which cannot be nested in a SCORM package; the package carries its introduction page only")
                }
            }
            for quiz in course.quizzes { title(quiz.title, what: "the quiz title", sink) }
            if let assessment = course.assessment {
                // Its two items carry the longer of the two labels.
                var labelled = assessment.title
                labelled.value += " (\(SCORMText.longestAssessmentLabel(language: course.language)))"
                title(labelled, what: "the assessment's title", sink)
            }
        }
    }

    private func title(_ title: Located<String>, what: Message, _ sink: DiagnosticSink) {
        let clean = text(title.value, at: title.range, what: what, sink)
        let (limited, shortened) = SCORMTitle.limit(clean)
        if shortened {
            sink.report(Rules.scormTitleShortened, at: title.range,
                        "\(what) is \(clean.unicodeScalars.count) characters long; SCORM 1.2 allows 200, so the package shows \"\(String(limited.suffix(40)))\" at its end")
        }
    }

    @discardableResult
    private func text(_ value: String, at range: SourceRange, what: Message, _ sink: DiagnosticSink) -> String {
        let (clean, removed) = SCORMText.representable(value)
        if removed > 0 {
            sink.report(Rules.scormTextUnrepresentable, at: range,
                        "\(what) holds \(removed) character(s) XML cannot represent (control characters); they are left out of the SCORM manifest")
        }
        return clean
    }
}
