import CourseKit
import Foundation

/// What one package will hold, before anything is rendered: its identity,
/// its table of contents and its SCOs. Built from the phase-filtered model,
/// one per course or, with `--scorm-granularity lesson`, one per SCO.
struct SCORMPackagePlan: Sendable {
    /// A node of the organization: a unit groups SCOs; a SCO is a leaf.
    indirect enum Node: Sendable {
        case unit(identifier: String, title: Located<String>, children: [Node])
        case sco(SCORMSCO)
    }

    var course: Course
    /// Output path, relative to the build's output folder.
    var outputPath: String
    var manifestIdentifier: String
    /// The package's title: the course's, or the SCO's in a per-lesson package.
    var title: Located<String>
    var description: String
    var keywords: [String]
    var outline: [Node]

    /// The SCOs in organization order.
    var scos: [SCORMSCO] {
        func collect(_ nodes: [Node]) -> [SCORMSCO] {
            nodes.flatMap { node -> [SCORMSCO] in
                switch node {
                case .unit(_, _, let children): collect(children)
                case .sco(let sco): [sco]
                }
            }
        }
        return collect(outline)
    }
}

/// Turns a course into package plans.
enum SCORMPackagePlanner {
    /// One package: the diagnostic first, the units with their lessons and
    /// quizzes in outline order, the final last (the platform's graded
    /// assessment is always the last segment of a course).
    static func coursePlan(_ course: Course, phase: Phase) -> SCORMPackagePlan {
        var outline: [SCORMPackagePlan.Node] = []
        if let assessment = course.assessment {
            outline.append(.sco(SCORMSCO(content: .quiz(assessment, .diagnostic))))
        }
        for (index, unit) in course.units.enumerated() {
            outline.append(.unit(identifier: SCORMNaming.unitIdentifier(unit, index: index), title: unit.title,
                                 children: unit.items.map { .sco(sco(for: $0)) }))
        }
        if let assessment = course.assessment {
            outline.append(.sco(SCORMSCO(content: .quiz(assessment, .final))))
        }
        return SCORMPackagePlan(
            course: course, outputPath: SCORMNaming.coursePackagePath(phase: phase, course: course),
            manifestIdentifier: SCORMNaming.manifestIdentifier(course: course), title: course.title,
            description: course.description, keywords: courseKeywords(course), outline: outline)
    }

    /// One package per SCO, in the course package's order.
    static func lessonPlans(_ course: Course, phase: Phase) -> [SCORMPackagePlan] {
        let scos = coursePlan(course, phase: phase).scos
        return scos.enumerated().map { index, sco in
            SCORMPackagePlan(
                course: course,
                outputPath: SCORMNaming.lessonPackagePath(phase: phase, course: course, sco: sco,
                                                          position: index + 1, count: scos.count),
                manifestIdentifier: SCORMNaming.manifestIdentifier(course: course, sco: sco),
                title: sco.sourceTitle, description: course.description,
                keywords: scoKeywords(sco, course: course), outline: [.sco(sco)])
        }
    }

    static func sco(for item: OutlineItem) -> SCORMSCO {
        switch item {
        case .lesson(let lesson): SCORMSCO(content: .lesson(lesson))
        case .quiz(let quiz): SCORMSCO(content: .quiz(quiz, .practice))
        }
    }

    /// LOM keywords: what the course is about and for whom, then the
    /// lessons' own search tags, each once, in order of first use.
    static func courseKeywords(_ course: Course) -> [String] {
        unique([course.subject] + course.educationModels + course.subsystems + course.lessons.flatMap(\.tags))
    }

    static func scoKeywords(_ sco: SCORMSCO, course: Course) -> [String] {
        if case .lesson(let lesson) = sco.content { return unique([course.subject] + lesson.tags) }
        return unique([course.subject])
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
