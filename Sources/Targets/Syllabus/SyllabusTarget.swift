import CourseKit
import CourseRendering

/// Target `syllabus`: `syllabus/<course-id>.html`, the syllabus teachers
/// were handed at the start of each phase. One self-contained printable page
/// (inline CSS, no script), in the course language, without answers.
public struct SyllabusTarget: BuildTarget {
    public init() {}
    public var name: String { "syllabus" }
    public var summary: Message { "the teachers' printable syllabus" }

    public func build(_ context: BuildContext) throws {
        let renderer = CourseRenderer(repository: context.repository, fileSystem: context.fileSystem, failures: context.failures, lessonTrees: context.lessonTrees)
        for course in context.repository.courses {
            let page = renderer.syllabusPage(course, phase: context.phase)
            try context.write(page.data, to: "syllabus/\(course.id.value).html", target: name, course: course.id.value)
        }
    }
}
