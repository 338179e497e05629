import CourseArchive
import CourseKit
import CourseRendering
import Foundation

/// Where everything of one course goes on the platform, in order.
///
/// Numbering: every segment of the course gets a number in outline order —
/// lessons, external links *and* quizzes — starting at 01, with the
/// diagnostic as 00 and the final as the last number. Only lessons are in
/// the bulk-upload ZIP, so their numbers have gaps exactly where the
/// deployer adds a quiz or a link by hand; the platform's alphabetical
/// order of the uploaded files is then the outline order, and the names the
/// deployer types for quizzes and links (`04 Práctica 1`) sort into the
/// same order. Numbers are zero-padded to the width of the largest.
///
/// Nothing the author wrote is dropped: a lesson the platform takes as a
/// file or a link (video, audio, PDF, link, an author's HTML or SCORM
/// package) cannot carry the Markdown body written around it, so a lesson
/// with a body gets an HTML lesson of its own just before it, numbered in
/// turn: `20 Formulario de álgebra (PDF) — introducción` then
/// `21 Formulario de álgebra (PDF)`.
///
/// A class: each job of a build holds its course's plan, and copying a
/// struct that holds a `Course` retained every field of it (4% of an mct
/// build).
final class CoursePlan: Sendable {
    struct Entry: Sendable {
        enum Kind: String, Sendable { case diagnostic, lesson, link, quiz, final }
        var kind: Kind
        var number: String
        var title: String
        var unit: String?
        var lesson: Lesson?
        var quiz: Quiz?
        /// Name on the platform: number and title.
        var platformName: String { number + " " + title }
        /// File name inside the course folder of `courses.zip` (lessons that can be bulk-uploaded).
        var fileName: String?
        /// Question CSV in the course's output folder (quizzes, diagnostic, final).
        var csvName: String?
        /// For the HTML lesson that carries another lesson's body: the
        /// platform name of the lesson it introduces (the next entry).
        var introduces: String?
        /// Subtitle files the deployer attaches to this video, in the
        /// course's output folder: language and file name.
        var subtitles: [(language: String, file: String)] = []
        var isIntroduction: Bool { introduces != nil }
    }

    let course: Course
    /// `01 Matemáticas 1`: the course folder in `courses.zip` and the course name on the platform.
    let folderName: String
    let entries: [Entry]

    init(course: Course, position: Int, courseCount: Int) {
        self.course = course
        folderName = Self.name(number: Self.padded(position, width: Self.width(courseCount)), title: course.title.value)
        // Each outline item, preceded by its introduction when it needs one.
        let outline = course.units.flatMap { unit in
            unit.items.flatMap { item -> [(String, OutlineItem, Bool)] in
                guard case .lesson(let lesson) = item, Self.needsIntroduction(lesson) else { return [(unit.title.value, item, false)] }
                return [(unit.title.value, item, true), (unit.title.value, item, false)]
            }
        }
        let hasAssessment = course.assessment != nil
        let width = Self.width(outline.count + (hasAssessment ? 1 : 0))
        var entries: [Entry] = []
        if let assessment = course.assessment {
            entries.append(Entry(kind: .diagnostic, number: Self.padded(0, width: width),
                                 title: "Evaluación diagnóstica — " + course.title.value, quiz: assessment,
                                 csvName: Self.csvName(assessment)))
        }
        for (index, (unit, item, isIntroduction)) in outline.enumerated() {
            let number = Self.padded(index + 1, width: width)
            if isIntroduction, case .lesson(let lesson) = item {
                let title = lesson.title.value + " — introducción"
                let next = Self.padded(index + 2, width: width) + " " + lesson.title.value
                entries.append(Entry(kind: .lesson, number: number, title: title, unit: unit, lesson: lesson,
                                     fileName: Self.name(number: number, title: title, extension: ".zip"), introduces: next))
                continue
            }
            switch item {
            case .quiz(let quiz):
                entries.append(Entry(kind: .quiz, number: number, title: quiz.title.value, unit: unit, quiz: quiz,
                                     csvName: number + "-" + quiz.id.value + ".csv"))
            case .lesson(let lesson) where lesson.kind == .link:
                entries.append(Entry(kind: .link, number: number, title: lesson.title.value, unit: unit, lesson: lesson))
            case .lesson(let lesson):
                let ext = Self.fileExtension(for: lesson)
                let subtitles = lesson.subtitles.map { subtitle in
                    (language: subtitle.language, file: "subtitulos/\(number)-\(lesson.id.value).\(subtitle.language).vtt")
                }
                entries.append(Entry(kind: .lesson, number: number, title: lesson.title.value, unit: unit, lesson: lesson,
                                     fileName: Self.name(number: number, title: lesson.title.value, extension: ext),
                                     subtitles: subtitles))
            }
        }
        if let assessment = course.assessment {
            entries.append(Entry(kind: .final, number: Self.padded(outline.count + 1, width: width),
                                 title: "Evaluación final — " + course.title.value, quiz: assessment,
                                 csvName: Self.csvName(assessment)))
        }
        self.entries = entries
    }

    var lessons: [Entry] { entries.filter { $0.kind == .lesson } }

    /// A lesson whose body the platform would not show: one delivered as a
    /// file, a link or an author's package, with text in its body.
    static func needsIntroduction(_ lesson: Lesson) -> Bool {
        lesson.kind != .text && CourseRenderer.hasBodyText(lesson)
    }

    /// The assessment is written once and imported twice from one file.
    static func csvName(_ assessment: Quiz) -> String { assessment.id.value + ".csv" }

    /// `.zip` for generated and author packages, the source's own extension for media.
    static func fileExtension(for lesson: Lesson) -> String {
        switch lesson.kind {
        case .text, .html, .scorm, .link: return ".zip"
        case .video, .audio, .pdf:
            let name = lesson.file?.value.split(separator: "/").last.map(String.init) ?? ""
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
            return name[dot...].lowercased()
        }
    }

    /// `NN Title.ext`, Windows-safe; the extension is kept whole however
    /// long the title, since the platform recognises lesson types by it.
    static func name(number: String, title: String, extension ext: String = "") -> String {
        let base = WindowsSafeName.sanitizeComponent(number + " " + title, maxUTF8Bytes: 120 - ext.utf8.count)
        return base + ext
    }

    static func width(_ count: Int) -> Int { max(2, String(count).count) }

    static func padded(_ n: Int, width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
