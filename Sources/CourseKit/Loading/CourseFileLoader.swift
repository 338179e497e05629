/// Reads a `course.yaml` into a course whose outline still holds file paths;
/// `RepositoryLoader` then loads those files in parallel and fills it in.
struct CourseFileLoader {
    struct Draft: Sendable {
        var course: Course
        /// Per unit, the repository-relative paths of its items, in order.
        var unitPaths: [[Located<String>]]
        var assessmentPath: Located<String>?
        /// Every Markdown file the course loads: its outline's, then its assessment.
        var requests: [Located<String>] { unitPaths.flatMap { $0 } + (assessmentPath.map { [$0] } ?? []) }
    }

    let reader: SourceReader
    let defaultLanguage: String
    var sink: DiagnosticSink { reader.sink }

    func load(folder: Located<String>) -> Draft? {
        let path = RepositoryPath.join(folder.value, "course.yaml")
        guard let (file, node) = reader.yaml(path, referencedFrom: folder.range),
              let map = MappingReader(node, table: FieldTables.course, sink: sink) else { return nil }
        let id = map.string("id") ?? Located(folder.value, at: .file(file.path))
        IDSyntax.check(id, what: "course", sink: sink)
        let title = InputLimits.title(map.string("title") ?? Located(id.value, at: id.range),
                                      what: "the course's title", sink: sink)
        let description = map.string("description")?.value ?? ""
        let language = LanguageTag.checked(map.string("language"), sink: sink)?.value ?? defaultLanguage
        let subject = map.string("subject")?.value ?? ""
        let grades = loadGrades(map)
        let models = map.stringList("education-models").map(\.value)
        let subsystems = map.stringList("subsystems").map(\.value)
        var version = Located(SemanticVersion(major: 0, minor: 0, patch: 0), at: map.range)
        if let text = map.string("version") {
            if let v = SemanticVersion(text.value) {
                version = Located(v, at: text.range)
            } else {
                sink.report(Rules.invalidValue, at: text.range,
                            "version '\(text.value)' must be MAJOR.MINOR.PATCH, e.g. 1.0.0")
            }
        }
        let platform = loadPlatform(map)
        let resolver = FileReferenceResolver(fileSystem: reader.fileSystem, sink: sink)
        let thumbnail = map.string("thumbnail").flatMap {
            resolver.resolve($0, from: folder.value, allowed: MediaTypes.thumbnail)
        }
        let targets = loadTargets(map)
        var units: [CourseUnit] = []
        var unitPaths: [[Located<String>]] = []
        // Units and files count as entries; past the limit they are not read.
        var entries = 0
        func withinLimit(_ range: SourceRange) -> Bool {
            entries += 1
            guard entries > InputLimits.outlineEntries else { return true }
            if entries == InputLimits.outlineEntries + 1 {
                sink.report(LimitRules.outlineTooLong, at: range,
                            "the outline has more than \(InputLimits.outlineEntries) entries (units and files); this one and the rest are not read")
            }
            return false
        }
        for unitNode in map.sequence("outline") ?? [] {
            guard withinLimit(unitNode.range) else { break }
            guard let unitMap = MappingReader(unitNode, table: FieldTables.outlineUnit, sink: sink) else { continue }
            let unitTitle = InputLimits.title(unitMap.string("unit") ?? Located("", at: unitMap.range),
                                              what: "the unit's title", sink: sink)
            let unitID = unitMap.string("id")
            if let unitID { IDSyntax.check(unitID, what: "unit", sink: sink) }
            var paths: [Located<String>] = []
            for written in unitMap.stringList("items") {
                guard withinLimit(written.range) else { break }
                switch RepositoryPath.resolve(written.value, relativeTo: folder.value) {
                case .success(let p): paths.append(Located(p, at: written.range))
                case .failure:
                    sink.report(Rules.pathOutsideRepository, at: written.range, "'\(written.value)' leaves the course")
                }
            }
            unitMap.finish()
            units.append(CourseUnit(id: unitID?.value, title: unitTitle, items: [], range: unitMap.range))
            unitPaths.append(paths)
        }
        var assessmentPath: Located<String>?
        if let written = map.string("assessment") {
            if case .success(let p) = RepositoryPath.resolve(written.value, relativeTo: folder.value) {
                assessmentPath = Located(p, at: written.range)
            } else {
                sink.report(Rules.pathOutsideRepository, at: written.range, "'\(written.value)' leaves the course")
            }
        }
        map.finish()
        let course = Course(id: id, folder: folder.value, title: title, description: description, language: language,
                            subject: subject, grades: grades, educationModels: models, subsystems: subsystems,
                            version: version, platform: platform, thumbnail: thumbnail, targets: targets,
                            units: units, range: .file(file.path))
        return Draft(course: course, unitPaths: unitPaths, assessmentPath: assessmentPath)
    }

    private func loadGrades(_ map: MappingReader) -> [Int] {
        var grades: [Int] = []
        var allowed = 1...13
        if case .list(.integer(let range))? = FieldTables.course["grades"]?.type { allowed = range }
        for text in map.stringList("grades") {
            if let n = Int(text.value), allowed.contains(n) { grades.append(n) } else {
                sink.report(Rules.invalidValue, at: text.range,
                            "grade '\(text.value)' must be a number from \(allowed.lowerBound) to \(allowed.upperBound)")
            }
        }
        return grades
    }

    private func loadPlatform(_ map: MappingReader) -> Course.PlatformSettings {
        var settings = Course.PlatformSettings()
        guard let platform = map.mapping("platform", context: "`platform`") else { return settings }
        if let text = platform.choice("enrollment"), let e = Course.Enrollment(rawValue: text.value) {
            settings.enrollment = e
        }
        settings.certificate = platform.bool("certificate")?.value ?? false
        settings.restrictLessonOrdering = platform.bool("restrict-lesson-ordering")?.value ?? false
        platform.finish()
        return settings
    }

    private func loadTargets(_ map: MappingReader) -> Course.Targets {
        var targets = Course.Targets()
        guard let t = map.mapping("targets", context: "`targets`") else { return targets }
        targets.competencies = t.stringList("competencies")
        if let syllabus = t.mapping("syllabus", context: "`syllabus`") {
            for pair in syllabus.entries {
                guard let key = pair.key.scalar else { continue }
                syllabus.allow(key)
                let codes: [Located<String>]
                switch pair.value.value {
                case .sequence(let items): codes = items.compactMap { MappingReader.string($0, what: "a syllabus code", sink: sink) }
                case .scalar: codes = MappingReader.string(pair.value, what: "a syllabus code", sink: sink).map { [$0] } ?? []
                case .mapping:
                    sink.report(Rules.wrongType, at: pair.value.range, "the syllabus of '\(key)' must be a list of codes")
                    codes = []
                }
                targets.syllabus.append((Located(key, at: pair.key.range), codes))
            }
            syllabus.finish()
        }
        t.finish()
        return targets
    }
}
