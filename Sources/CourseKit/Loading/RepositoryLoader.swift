/// Loads a whole course repository into the model: `coursec.yaml`, the
/// frameworks, each course and every lesson and quiz file (in parallel,
/// each read once). Problems become diagnostics; only a missing
/// `coursec.yaml` stops loading (`LoadError`, exit 2). The outline
/// (`loadOutline`) and the courses' files (`loadCourses`) load apart, so a
/// run can hold a few courses' lessons at a time (`CourseBatches`).
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
        let outline = try loadOutline()
        return outline.repository(with: loadCourses(outline.drafts.indices, of: outline))
    }

    /// `coursec.yaml`, the frameworks and every `course.yaml`: the
    /// repository without its lessons and quizzes (see `RepositoryOutline`).
    /// Reports what spans courses: a file named in two outlines is kept at
    /// its first place only, and files no outline names are reported.
    public func loadOutline() throws -> RepositoryOutline {
        guard fileSystem.status(of: "") == .directory || fileSystem is InMemoryFileSystem else {
            throw LoadError.notADirectory(fileSystem.url(for: "")?.path ?? ".")
        }
        guard case .file = fileSystem.status(of: "coursec.yaml") else {
            throw LoadError.noManifest(fileSystem.url(for: "")?.path ?? ".")
        }
        let reader = SourceReader(fileSystem: fileSystem, sink: sink)
        guard let manifest = ManifestLoader(reader: reader).load() else { return .empty() }
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

        // A file named twice is reported and kept at its first place only:
        // the model holds each file once, so no target renders it twice.
        var seen: [String: SourceRange] = [:]
        func firstUse(_ path: Located<String>) -> Bool {
            if let first = seen[path.value] {
                sink.report(Rules.misplacedFile, at: path.range, "'\(path.value)' is already used in an outline",
                            notes: [.init(range: first, message: "first used here")])
                return false
            }
            seen[path.value] = path.range
            return true
        }
        for index in drafts.indices {
            drafts[index].unitPaths = drafts[index].unitPaths.map { $0.filter(firstUse) }
            if let assessment = drafts[index].assessmentPath, !firstUse(assessment) { drafts[index].assessmentPath = nil }
        }
        let used = Set(seen.keys)
        let listed = StageTimings.shared.measure("load orphans") {
            let finder = OrphanFinder(fileSystem: fileSystem, sink: sink)
            let listing = finder.list(courses: drafts.map(\.course.folder))
            let sizes = Dictionary(listing.joined().map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
            // The file an outline entry that names nothing was meant to name
            // (CS0201 suggests it) is that entry's, not an orphan. A listed
            // file exists; any other is asked about.
            let nearest = NearestPath(fileSystem: fileSystem)
            let meant = used.sorted().filter { sizes[$0] == nil && fileSystem.status(of: $0) == .missing }
                .compactMap { nearest.suggestion(for: $0, from: "") }
            finder.report(listing, used: used.union(meant))
            return sizes
        }
        // The outline names every file a course will load: the memo forgets the others.
        memo?.keep(only: used)
        // What each course will read, to size batches by: the sizes the
        // course folders were listed with (a `stat` for a file elsewhere).
        let sourceBytes = drafts.map { draft in
            draft.requests.reduce(0) { total, path in
                if let size = listed[path.value] { return total + size }
                if case .file(let size) = fileSystem.status(of: path.value) { return total + size }
                return total
            }
        }
        let declared = Repository(name: manifest.name, language: manifest.language, frameworks: frameworks,
                                  phases: manifest.phases, courses: drafts.map(\.course), policy: manifest.policy,
                                  manifestRange: manifest.range)
        return RepositoryOutline(declared: declared, drafts: drafts, sourceBytes: sourceBytes)
    }

    /// The lessons, quizzes and assessments of the outline's courses at
    /// `indices`, loaded in one parallel pass, assembled into their courses
    /// and their questions resolved. Each course's files are its own (the
    /// outline kept a file named twice at its first place only), so any
    /// grouping of courses loads the same courses.
    public func loadCourses<Indices: Collection<Int>>(_ indices: Indices, of outline: RepositoryOutline) -> [Course] {
        let drafts = indices.map { outline.drafts[$0] }
        let reader = SourceReader(fileSystem: fileSystem, sink: sink)
        let requests = drafts.flatMap(\.requests)
        let loader = MarkdownFileLoader(reader: reader, lessonTrees: lessonTrees)
        let loaded = StageTimings.shared.measure("load lessons and quizzes") {
            Parallel.map(requests) { request in
                guard let memo else { return loader.load(request.value, referencedFrom: request.range) }
                return memo.load(request.value, referencedFrom: request.range, with: loader, sink: sink)
            }
        }
        var byPath: [String: MarkdownFileLoader.Loaded] = [:]
        for (request, result) in zip(requests, loaded) { if let result { byPath[request.value] = result } }

        let assembled = StageTimings.shared.measure("load assemble") { drafts.map { assemble($0, byPath) } }
        return StageTimings.shared.measure("resolve questions") {
            RepositoryResolver(sink: sink, memo: memo).resolve(assembled, policy: outline.declared.policy)
        }
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
