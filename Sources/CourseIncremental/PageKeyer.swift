import CourseKit
import CourseRendering
import Foundation

/// The key of a page request (`PageRequest`): a fingerprint of everything
/// the page is made from, so a page whose key did not change renders to the
/// same bytes (given the same media, which `PageCache` checks apart).
///
/// A page is made from its lesson or quiz (the fingerprint of its source
/// file, `SourceFingerprints`, and for a quiz the answers resolved from
/// it), the course's settings (`course.yaml`: its title, language…), its
/// neighbours (the titles and addresses of the previous and next pages),
/// the options of its package (links between lessons, unpacked activities,
/// where assets are) and the renderer's settings (the policy's HTML
/// allowlist, the providers it embeds, the media folder); the templates
/// and code are those of the running process. The index lists every page,
/// so its key covers every lesson and quiz of the course. Values other than
/// lessons and quizzes are fingerprinted through reflection, field by
/// field: a field added to `Course` or `PageRenderOptions` later is part of
/// the key without anyone touching this file.
///
/// A keyer serves one generation (`PageCache.begin`): the pages of one
/// loaded repository, where a course id names one course. Values that many
/// pages share are digested once per generation (`Shared`): each course's
/// settings (by id), and the renderer's settings, the package options and
/// a quiz's resolved answers (by value: they are `Hashable`).
struct PageKeyer: Sendable {
    /// A lesson or quiz file's fingerprint, nil when it was not memoized.
    let source: @Sendable (String) -> Fingerprint?
    let shared = Shared()

    /// Fingerprints of the values pages share, for one generation.
    final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var courses: [String: Fingerprint] = [:]
        private var values: [AnyHashable: Fingerprint] = [:]

        /// A course's settings (all but its content).
        func fingerprint(of course: Course) -> Fingerprint {
            if let hit = lock.withLock({ courses[course.id.value] }) { return hit }
            let fingerprint = Fingerprint { $0.add(structure: course, skipping: PageKeyer.courseContent) }
            lock.withLock { courses[course.id.value] = fingerprint }
            return fingerprint
        }

        /// Any value, by reflection, digested once for all equal values.
        func fingerprint<Value: Hashable & Sendable>(of value: Value) -> Fingerprint {
            let key = AnyHashable(value)
            if let hit = lock.withLock({ values[key] }) { return hit }
            let fingerprint = Fingerprint { $0.add(structure: value) }
            lock.withLock { values[key] = fingerprint }
            return fingerprint
        }
    }

    /// Fields of `Course` that hold its content, not its settings.
    static let courseContent: Set<String> = ["units", "items", "lessons", "quizzes", "assessment"]

    func key(for request: PageRequest, renderer: CourseRenderer) -> Fingerprint {
        Fingerprint { writer in
            writer.add("page 1")
            writer.add(shared.fingerprint(of: renderer.htmlAllowlist))
            writer.add(shared.fingerprint(of: renderer.embeds))
            writer.add(renderer.media.folder)
            writer.add(shared.fingerprint(of: request.course))
            writer.add(structure: request.navigation)
            writer.add(shared.fingerprint(of: request.options))
            switch request.content {
            case .lesson(let lesson, let continuation):
                writer.add("lesson")
                writer.add(structure: continuation as Any)
                add(lesson, to: &writer)
            case .quiz(let quiz, let mode):
                writer.add("quiz")
                writer.add(mode.rawValue)
                add(quiz, to: &writer)
            case .index(let links):
                writer.add("index")
                writer.add(structure: links)
                for unit in request.course.units {
                    writer.add(structure: unit, skipping: ["items"])
                    for item in unit.items {
                        switch item {
                        case .lesson(let lesson): add(lesson, to: &writer)
                        case .quiz(let quiz): add(quiz, to: &writer)
                        }
                    }
                }
                writer.add(request.course.assessment != nil)
                if let assessment = request.course.assessment { add(assessment, to: &writer) }
            }
        }
    }

    private func add(_ lesson: Lesson, to writer: inout FingerprintWriter) {
        if let fingerprint = source(lesson.path) {
            writer.add(fingerprint)
        } else {
            writer.add(structure: lesson)
        }
    }

    /// A quiz's source file, and the answers resolved from it after loading
    /// (from the policy, for one).
    private func add(_ quiz: Quiz, to writer: inout FingerprintWriter) {
        if let fingerprint = source(quiz.path) {
            writer.add(fingerprint)
            writer.add(shared.fingerprint(of: quiz.items.map(\.resolved)))
        } else {
            writer.add(structure: quiz)
        }
    }
}
