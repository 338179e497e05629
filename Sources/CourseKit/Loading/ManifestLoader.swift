/// Reads `coursec.yaml`: the repository's name, language, frameworks,
/// phases, courses and policy.
struct ManifestLoader {
    struct Manifest {
        var name: String
        var language: String
        var frameworkPaths: [Located<String>]
        var phases: [Phase]
        var courseFolders: [Located<String>]
        var policy: Policy
        var range: SourceRange
    }

    let reader: SourceReader
    var sink: DiagnosticSink { reader.sink }

    func load() -> Manifest? {
        guard let (file, node) = reader.yaml("coursec.yaml", referencedFrom: nil),
              let map = MappingReader(node, table: FieldTables.manifest, sink: sink) else { return nil }
        let name = map.string("name").map { InputLimits.title($0, what: "the repository's name", sink: sink).value } ?? ""
        let language = LanguageTag.checked(map.string("language"), sink: sink)?.value ?? "es"
        let frameworks = map.stringList("frameworks")
        var phases: [Phase] = []
        for phaseNode in map.sequence("phases") ?? [] {
            if let phase = loadPhase(phaseNode) { phases.append(phase) }
        }
        let courses = distinct(map.stringList("courses"))
        let policy = map.mapping("policy").map { PolicyLoader(sink: sink).load($0) } ?? Policy()
        map.finish()
        return Manifest(name: name, language: language, frameworkPaths: frameworks, phases: phases,
                        courseFolders: courses, policy: policy, range: .file(file.path))
    }

    private func loadPhase(_ node: YAMLNode) -> Phase? {
        guard let map = MappingReader(node, table: FieldTables.phase, sink: sink) else { return nil }
        let id = map.string("id")
        let title = map.string("title").map { InputLimits.title($0, what: "the phase's title", sink: sink) }
        let start = map.string("start")
        let end = map.string("end")
        map.finish()
        guard let id else { return nil }
        IDSyntax.check(id, what: "phase", sink: sink)
        for date in [start, end].compactMap({ $0 }) where !Self.isDate(date.value) {
            let message: Message = Self.isDateShaped(date.value)
                ? "'\(date.value)' is not a day of the calendar (check the month's number of days)"
                : "'\(date.value)' is not a date; write YYYY-MM-DD, e.g. 2022-03-12"
            sink.report(Rules.invalidValue, at: date.range, message)
        }
        if let start, let end, Self.isDate(start.value), Self.isDate(end.value), end.value < start.value {
            sink.report(Rules.invalidValue, at: end.range, "phase '\(id.value)' ends (\(end.value)) before it starts (\(start.value))")
        }
        return Phase(id: id.value, title: title?.value ?? id.value, start: start?.value ?? "", end: end?.value ?? "",
                     range: id.range)
    }

    /// The course folders as listed, each once and at most
    /// `InputLimits.coursesPerRepository` of them: a folder listed twice
    /// would be loaded, checked and built twice.
    private func distinct(_ listed: [Located<String>]) -> [Located<String>] {
        var first: [String: SourceRange] = [:]
        var result: [Located<String>] = []
        for (index, folder) in listed.enumerated() {
            guard index < InputLimits.coursesPerRepository else {
                sink.report(LimitRules.tooManyCourses, at: folder.range,
                            "coursec.yaml lists \(listed.count) courses; a repository has at most \(InputLimits.coursesPerRepository), and those from here on are not read")
                break
            }
            let key = (try? RepositoryPath.resolve(folder.value, relativeTo: "").get()) ?? folder.value
            if let earlier = first[key] {
                sink.report(Rules.misplacedFile, at: folder.range, "course folder '\(folder.value)' is already listed",
                            notes: [.init(range: earlier, message: "first listed here")])
                continue
            }
            first[key] = folder.range
            result.append(folder)
        }
        return result
    }

    /// `YYYY-MM-DD` naming a day of the proleptic Gregorian calendar
    /// (`2022-02-30` and `2021-02-29` are not).
    static func isDate(_ text: String) -> Bool {
        guard let (year, month, day) = dateParts(text), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return year >= 1 && (1...days).contains(day)
    }

    /// Whether the text has the form `YYYY-MM-DD`, digits only, whatever the numbers.
    static func isDateShaped(_ text: String) -> Bool { dateParts(text) != nil }

    private static func dateParts(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (year, month, day)
    }
}
