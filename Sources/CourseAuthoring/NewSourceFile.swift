import CourseKit
import Foundation

/// `coursec new lesson|quiz|assessment PATH`: a new file from
/// `Templates/new/`, with a fresh id that no lesson, quiz, question or unit
/// of its course has, added to the course's outline (`OutlineEditor`).
public struct NewSourceFile {
    public enum Kind: String, CaseIterable, Sendable {
        case lesson, quiz, assessment
    }

    /// Why the file could not be created.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case notInCourse(String, [String])
        case notMarkdown(String)

        /// What went wrong, for the author.
        public var message: Message {
            switch self {
            case .exists(let path): "'\(path)' already exists"
            case .notInCourse(let path, let folders):
                "'\(path)' is not inside a course's folder (courses: \(folders.joined(separator: ", ")))"
            case .notMarkdown(let path): "'\(path)' must end in .md"
            }
        }

        public var description: String { message.description }
    }

    /// What was done, for the command's message.
    public struct Outcome: Equatable, Sendable {
        public var id: String
        public var title: String
        /// The file's and course.yaml's paths, repository-relative.
        public var path: String
        public var courseFile: String
        /// The new file's text and course.yaml's new text.
        public var contents: String
        public var courseText: String
    }

    public var kind: Kind
    /// The new file, repository-relative.
    public var path: String
    public var title: String?
    public var unit: String?

    public init(kind: Kind, path: String, title: String? = nil, unit: String? = nil) {
        self.kind = kind
        self.path = path
        self.title = title
        self.unit = unit
    }

    /// The new file and course.yaml's new text, from the loaded repository
    /// and course.yaml's current text. Writes nothing.
    public func plan(repository: Repository, courseText: (String) throws -> String) throws -> Outcome {
        guard path.lowercased().hasSuffix(".md") else { throw Problem.notMarkdown(path) }
        guard let course = repository.courses.first(where: { path.hasPrefix($0.folder + "/") }) else {
            throw Problem.notInCourse(path, repository.courses.map(\.folder))
        }
        let name = String(path.split(separator: "/").last ?? "").dropLast(3)
        let title = self.title ?? Self.title(fromFileName: String(name))
        let id = Self.uniqueID(IDSyntax.suggest(self.title ?? Self.stripNumber(String(name))), taken: Self.ids(in: course))
        let template = AuthoringTemplates.files["new/\(kind.rawValue).md"] ?? ""
        let contents = template.replacingOccurrences(of: "{{id}}", with: id)
            .replacingOccurrences(of: "{{title}}", with: OutlineEditor.yamlText(title))
            .replacingOccurrences(of: "{{objectives}}", with: course.targets.competencies.first.map { " objectives=\($0.value)" } ?? "")
            .replacingOccurrences(of: "{{objective}}", with: course.targets.competencies.first?.value ?? "")
        let courseFile = course.folder + "/course.yaml"
        var editor = OutlineEditor(text: try courseText(courseFile))
        let relative = String(path.dropFirst(course.folder.count + 1))
        if kind == .assessment {
            try editor.setAssessment(relative)
        } else {
            try editor.addItem(relative, unit: unit)
        }
        return Outcome(id: id, title: title, path: path, courseFile: courseFile, contents: contents, courseText: editor.text)
    }

    /// Every id in a course a new file must not reuse.
    static func ids(in course: Course) -> Set<String> {
        var ids: Set<String> = [course.id.value]
        for unit in course.units {
            if let id = unit.id { ids.insert(id) }
            for item in unit.items {
                ids.insert(item.id.value)
                if let quiz = item.quiz { ids.formUnion(quiz.items.map(\.id.value)) }
            }
        }
        if let assessment = course.assessment {
            ids.insert(assessment.id.value)
            ids.formUnion(assessment.items.map(\.id.value))
        }
        return ids
    }

    /// `base`, or `base-2`, `base-3`… when taken (and its question id `base-1` too).
    static func uniqueID(_ base: String, taken: Set<String>) -> String {
        var candidate = base
        var n = 2
        while taken.contains(candidate) || taken.contains(candidate + "-1") {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    /// `02-fracciones-equivalentes` → `fracciones-equivalentes`.
    static func stripNumber(_ name: String) -> String {
        let rest = name.drop { $0.isNumber }
        guard rest.count < name.count, let first = rest.first, first == "-" || first == "_" || first == " " else { return name }
        let stripped = String(rest.dropFirst())
        return stripped.isEmpty ? name : stripped
    }

    /// `02-fracciones-equivalentes` → `Fracciones equivalentes`.
    static func title(fromFileName name: String) -> String {
        let words = stripNumber(name).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
