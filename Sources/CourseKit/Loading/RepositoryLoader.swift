/// Loads a whole course repository into the model: `coursec.yaml`, the
/// frameworks, each course and every lesson and quiz file (in parallel,
/// each read once). Problems become diagnostics; only a missing
/// `coursec.yaml` stops loading (`LoadError`, exit 2).
public struct RepositoryLoader: Sendable {
    public let fileSystem: CourseFileSystem
    public let sink: DiagnosticSink
    /// Where to keep each lesson's full tree for the targets (a build).
    public let lessonTrees: LessonTrees?
    /// Lessons and quizzes of an earlier load to reuse where unchanged (`coursec serve`).
    public let memo: LoadMemo?

    public init(fileSystem: CourseFileSystem, sink: DiagnosticSink, lessonTrees: LessonTrees? = nil, memo: LoadMemo? = nil) {
        self.fileSystem = fileSystem
        self.sink = sink
        self.lessonTrees = lessonTrees
        self.memo = memo
    }

    public func load() throws -> Repository {
        guard fileSystem.status(of: "") == .directory || fileSystem is InMemoryFileSystem else {
            throw LoadError.notADirectory(fileSystem.url(for: "")?.path ?? ".")
        }
        guard case .file = fileSystem.status(of: "coursec.yaml") else {
            throw LoadError.noManifest(fileSystem.url(for: "")?.path ?? ".")
        }
        let reader = SourceReader(fileSystem: fileSystem, sink: sink)
        guard let manifest = ManifestLoader(reader: reader).load() else {
            return Repository(name: "", language: "es")
        }
        let frameworks = Parallel.map(manifest.frameworkPaths) { written -> Framework? in
            guard case .success(let path) = RepositoryPath.resolve(written.value, relativeTo: "") else {
                sink.report(Rules.pathOutsideRepository, at: written.range, "'\(written.value)' leaves the repository")
                return nil
            }
            return FrameworkLoader(reader: reader).load(path, referencedFrom: written.range)
        }.compactMap { $0 }

        var drafts = Parallel.map(manifest.courseFolders) { folder -> CourseFileLoader.Draft? in
            guard case .success(let path) = RepositoryPath.resolve(folder.value, relativeTo: "") else {
                sink.report(Rules.pathOutsideRepository, at: folder.range, "'\(folder.value)' leaves the repository")
                return nil
            }
            if fileSystem.status(of: path) == .linkOutside {
                sink.report(Rules.pathOutsideRepository, at: folder.range,
                            "course folder '\(folder.value)' is a symbolic link to a folder outside the repository")
                return nil
            }
            guard fileSystem.status(of: RepositoryPath.join(path, "course.yaml")) != .missing else {
                sink.report(Rules.unknownReference, at: folder.range, "course folder '\(folder.value)' has no course.yaml")
                return nil
            }
            return CourseFileLoader(reader: reader, defaultLanguage: manifest.language)
                .load(folder: Located(path, at: folder.range))
        }.compactMap { $0 }

        // Every Markdown file of every course, loaded in one parallel pass.
        // A file named twice is reported and kept at its first place only:
        // the model holds each file once, so no target renders it twice.
        var requests: [Located<String>] = []
        var seen: [String: SourceRange] = [:]
        func firstUse(_ path: Located<String>) -> Bool {
            if let first = seen[path.value] {
                sink.report(Rules.misplacedFile, at: path.range, "'\(path.value)' is already used in an outline",
                            notes: [.init(range: first, message: "first used here")])
                return false
            }
            seen[path.value] = path.range
            requests.append(path)
            return true
        }
        for index in drafts.indices {
            drafts[index].unitPaths = drafts[index].unitPaths.map { $0.filter(firstUse) }
            if let assessment = drafts[index].assessmentPath, !firstUse(assessment) { drafts[index].assessmentPath = nil }
        }
        let loader = MarkdownFileLoader(reader: reader, lessonTrees: lessonTrees)
        let loaded = StageTimings.shared.measure("load lessons and quizzes") {
            Parallel.map(requests) { request in
                guard let memo else { return loader.load(request.value, referencedFrom: request.range) }
                return memo.load(request.value, referencedFrom: request.range, with: loader, sink: sink)
            }
        }
        memo?.keep(only: Set(requests.map(\.value)))
        var byPath: [String: MarkdownFileLoader.Loaded] = [:]
        for (request, result) in zip(requests, loaded) { if let result { byPath[request.value] = result } }

        let assembled = StageTimings.shared.measure("load assemble") { drafts.map { assemble($0, byPath) } }
        let courses = StageTimings.shared.measure("resolve questions") {
            RepositoryResolver(sink: sink, memo: memo).resolve(assembled, policy: manifest.policy)
        }
        StageTimings.shared.measure("load orphans") {
            // The file an outline entry that names nothing was meant to name
            // (CS0201 suggests it) is that entry's, not an orphan.
            let nearest = NearestPath(fileSystem: fileSystem)
            let meant = requests.filter { byPath[$0.value] == nil && fileSystem.status(of: $0.value) == .missing }
                .compactMap { nearest.suggestion(for: $0.value, from: "") }
            OrphanFinder(fileSystem: fileSystem, sink: sink).report(courses: drafts.map(\.course.folder), used: Set(seen.keys).union(meant))
        }
        return Repository(name: manifest.name, language: manifest.language, frameworks: frameworks,
                          phases: manifest.phases, courses: courses, policy: manifest.policy, manifestRange: manifest.range)
    }

    private func assemble(_ draft: CourseFileLoader.Draft, _ byPath: [String: MarkdownFileLoader.Loaded]) -> Course {
        var course = draft.course
        // Units are filled in a copy and assigned once: each assignment to
        // `units` re-derives the course's flattened outline.
        var units = course.units
        for (index, paths) in draft.unitPaths.enumerated() {
            units[index].items = paths.compactMap { path in
                switch byPath[path.value] {
                case .lesson(let lesson): return .lesson(lesson)
                case .quiz(let quiz) where quiz.kind == .practice: return .quiz(quiz)
                case .quiz:
                    sink.report(Rules.misplacedFile, at: path.range,
                                "'\(path.value)' is an assessment; name it with `assessment:` in course.yaml, not in the outline")
                    return nil
                case nil: return nil
                }
            }
        }
        course.units = units
        if let path = draft.assessmentPath {
            switch byPath[path.value] {
            case .quiz(let quiz) where quiz.kind == .assessment: course.assessment = quiz
            case .lesson(let lesson):
                // A file without `type:` is read as a lesson: the type was forgotten.
                let afterID = SourcePosition(line: lesson.id.range.start.line + 1, column: 1)
                sink.report(Rules.misplacedFile, at: path.range, "'\(path.value)' is not an assessment; its front matter needs `type: assessment`",
                            fixes: [.init(range: SourceRange(file: lesson.path, start: afterID, end: afterID),
                                          replacement: "type: assessment\n", summary: "add `type: assessment` to its front matter")])
            case .quiz:
                sink.report(Rules.misplacedFile, at: path.range, "'\(path.value)' is not an assessment; its front matter needs `type: assessment`")
            case nil: break
            }
        }
        return course
    }
}
