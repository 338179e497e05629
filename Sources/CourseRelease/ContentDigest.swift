import CourseDigest
import CourseKit
import Foundation

/// Digests of a course's published content, computed from the phase-filtered
/// model (ids, titles, bodies, items, settings and the SHA-256 of every
/// medium), never from archive bytes: a new coursec that packages the same
/// content differently produces the same digest, so the version rules judge
/// what authors changed, not what the tool changed.
public struct ContentDigest {
    let fileSystem: CourseFileSystem
    /// Media digests by repository-relative path; a medium used twice is hashed once.
    private var mediaCache: [String: String] = [:]

    public init(fileSystem: CourseFileSystem) {
        self.fileSystem = fileSystem
    }

    /// The snapshot of `course` (already phase-filtered) with all its digests.
    public mutating func snapshot(of course: Course) -> ContentSnapshot {
        let units = course.units.map { ContentSnapshot.Unit(id: $0.id, title: $0.title.value) }
        var items: [ContentSnapshot.Item] = []
        for (unit, snapshotUnit) in zip(course.units, units) {
            for item in unit.items {
                switch item {
                case .lesson(let lesson): items.append(self.item(lesson, unit: snapshotUnit.key))
                case .quiz(let quiz): items.append(self.item(quiz, unit: snapshotUnit.key))
                }
            }
        }
        let assessment = course.assessment.map { item($0, unit: nil) }

        var details = CanonicalWriter()
        details.field("title", course.title.value)
        details.field("description", course.description)
        details.field("language", course.language)
        details.field("subject", course.subject)
        details.field("grades", course.grades.map(String.init))
        details.field("education-models", course.educationModels)
        details.field("subsystems", course.subsystems)
        details.field("enrollment", course.platform.enrollment.rawValue)
        details.field("certificate", course.platform.certificate)
        details.field("restrict-lesson-ordering", course.platform.restrictLessonOrdering)
        details.field("thumbnail", course.thumbnail.map { media($0.value) } ?? "-")
        details.field("competencies", course.targets.competencies.map(\.value))
        for entry in course.targets.syllabus {
            details.field("syllabus." + entry.subsystem.value, entry.codes.map(\.value))
        }

        var all = CanonicalWriter()
        all.field("id", course.id.value)
        all.field("details", details.sha256)
        for unit in units {
            all.begin("unit")
            all.field("id", unit.id ?? "-")
            all.field("title", unit.title)
            for item in items where item.unit == unit.key {
                all.field(item.kind.rawValue + ":" + item.id, item.digest)
            }
            all.end("unit")
        }
        all.field("assessment", assessment?.digest ?? "-")

        return ContentSnapshot(id: course.id.value, title: course.title.value, version: course.version.value.description,
                               language: course.language, digest: all.sha256, detailsDigest: details.sha256,
                               units: units, items: items, assessment: assessment)
    }

    private mutating func item(_ lesson: Lesson, unit: String?) -> ContentSnapshot.Item {
        var w = CanonicalWriter()
        w.field("id", lesson.id.value)
        w.field("kind", lesson.kind.rawValue)
        w.field("objectives", lesson.objectives.map(\.value))
        w.field("minutes", lesson.minutes)
        w.field("tags", lesson.tags)
        w.field("review-of", lesson.reviewOf.map(\.value))
        w.field("file", lesson.file.map { media($0.value) } ?? "-")
        for subtitle in lesson.subtitles {
            w.field("subtitles." + subtitle.language, media(subtitle.path.value))
        }
        // Resource addresses are left out of the content digest and added
        // to the item's digest below, so a changed URL is reported as such
        // and not also as an edited lesson.
        for resource in lesson.resources { write(resource, as: "resource", into: &w) }
        if let resource = lesson.resource { write(resource, as: "link", into: &w) }
        w.field("body", lesson.body)
        // Files the body shows or links to are content too: a replaced
        // diagram under the same name is an edit.
        let directory = RepositoryPath.directory(of: lesson.path)
        for reference in lesson.markdown.images + lesson.markdown.links {
            if let path = localPath(reference.url, from: directory) { w.field("media:" + path, media(path)) }
        }
        let content = w.sha256
        var all = CanonicalWriter()
        all.field("title", lesson.title.value)
        all.field("content", content)
        let resources = (lesson.resources + (lesson.resource.map { [$0] } ?? [])).map {
            ContentSnapshot.Resource(title: $0.title, provider: $0.provider.rawValue, url: $0.url.value)
        }
        all.field("urls", resources.map(\.url))
        return .init(kind: .lesson, id: lesson.id.value, title: lesson.title.value, unit: unit, digest: all.sha256,
                     contentDigest: content, questions: nil, resources: resources.isEmpty ? nil : resources)
    }

    private mutating func item(_ quiz: Quiz, unit: String?) -> ContentSnapshot.Item {
        var w = CanonicalWriter()
        w.field("id", quiz.id.value)
        w.field("kind", quiz.kind.rawValue)
        w.field("pass", quiz.settings.passPercentage)
        w.field("attempts", quiz.settings.attempts)
        w.field("shuffle", quiz.settings.shuffle)
        w.field("show-answers", quiz.settings.showAnswers)
        for entry in quiz.blueprint {
            w.field("blueprint." + entry.code.value, String(entry.percent.value))
        }
        w.field("introduction", quiz.introduction)
        let questions = quiz.items.map { ContentSnapshot.Question($0, digest: Self.digest(of: $0)) }
        for question in questions { w.field("item:" + question.id, question.digest) }
        let content = w.sha256
        var all = CanonicalWriter()
        all.field("title", quiz.title.value)
        all.field("content", content)
        return .init(kind: quiz.kind == .assessment ? .assessment : .quiz, id: quiz.id.value, title: quiz.title.value,
                     unit: unit, digest: all.sha256, contentDigest: content, questions: questions, resources: nil)
    }

    /// Digest of one question: everything a learner sees or is scored on.
    static func digest(of item: QuizItem) -> String {
        var w = CanonicalWriter()
        w.field("id", item.id.value)
        w.field("type", item.type.rawValue)
        w.field("stem", item.stem)
        w.field("objectives", item.objectives.map(\.value))
        w.field("difficulty", item.difficulty?.rawValue ?? "-")
        for option in item.options {
            w.begin("option")
            w.field("text", option.text)
            w.field("correct", option.isCorrect)
            w.field("explanation", option.explanation ?? "-")
            w.end("option")
        }
        for blank in item.blanks {
            w.field("blank." + blank.match.rawValue, blank.answers)
        }
        w.field("explanation", item.explanation ?? "-")
        return w.sha256
    }

    private mutating func write(_ resource: ExternalResource, as name: String, into w: inout CanonicalWriter) {
        w.begin(name)
        w.field("provider", resource.provider.rawValue)
        w.field("title", resource.title)
        w.field("license", resource.license ?? "-")
        w.field("fallback", resource.fallback.map { media($0.value) } ?? "-")
        w.end(name)
    }

    /// The repository-relative path of a Markdown reference to a local file,
    /// or nil for web addresses, anchors and paths that do not resolve.
    private func localPath(_ url: String, from directory: String) -> String? {
        if url.isEmpty || url.hasPrefix("#") || url.contains(":") { return nil }
        let bare = String(url.prefix { $0 != "?" && $0 != "#" })
        let decoded = bare.removingPercentEncoding ?? bare
        guard case .success(let path) = RepositoryPath.resolve(decoded, relativeTo: directory),
              case .file = fileSystem.status(of: path) else { return nil }
        return path
    }

    /// SHA-256 of a medium (streamed from disk when possible); "missing"
    /// when it cannot be read, which a checked repository never has.
    private mutating func media(_ path: String) -> String {
        if let cached = mediaCache[path] { return cached }
        var digest = "missing"
        if let url = fileSystem.url(for: path), let hex = try? FileDigest.sha256Hex(fileAt: url) {
            digest = hex
        } else if let bytes = try? fileSystem.contents(of: path) {
            digest = FileDigest.sha256Hex(data: Data(bytes))
        }
        mediaCache[path] = digest
        return digest
    }
}
