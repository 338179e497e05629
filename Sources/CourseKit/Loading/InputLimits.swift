import CourseMarkdown

/// Sizes no real course approaches, beyond which coursec refuses its input
/// (the rules in `LimitRules`, which cannot be turned off). Each is enforced
/// while loading, and the model keeps only what is within the limit: checks
/// and targets, which start while loading ends, never see more.
///
/// A limit is used only where work cannot be made linear in the input
/// (cmark-gfm's tables), or where the input multiplies work downstream (a
/// title is written into every page, a course into every target).
public enum InputLimits {
    /// Cells of a table row (`TableWidthLimit`; CS0010).
    public static let tableCells = TableWidthLimit.maximumCells
    /// Blanks of one fill-in question (CS0011).
    public static let blanksPerQuestion = 50
    /// Questions of one practice quiz or assessment (CS0012).
    public static let questionsPerQuiz = 400
    /// Units and files of one course's outline together (CS0013).
    public static let outlineEntries = 2_000
    /// Characters of a title: the repository's name, a phase, course, unit,
    /// lesson, quiz, resource or framework title (CS0014).
    public static let titleCharacters = 300
    /// Courses `coursec.yaml` lists (CS0015).
    public static let coursesPerRepository = 200

    /// `title` cut to `titleCharacters`, after reporting it when longer.
    static func title(_ title: Located<String>, what: Message, sink: DiagnosticSink) -> Located<String> {
        let text = title.value
        guard let end = text.index(text.startIndex, offsetBy: titleCharacters, limitedBy: text.endIndex),
              end < text.endIndex else { return title }
        sink.report(LimitRules.titleTooLong, at: title.range,
                    "\(what) is \(text.count) characters long; titles have at most \(titleCharacters) characters")
        return Located(String(text[..<end]), at: title.range)
    }
}
