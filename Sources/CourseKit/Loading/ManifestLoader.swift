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
        let name = map.string("name")?.value ?? ""
        let language = map.string("language")?.value ?? "es"
        let frameworks = map.stringList("frameworks")
        var phases: [Phase] = []
        for phaseNode in map.sequence("phases") ?? [] {
            if let phase = loadPhase(phaseNode) { phases.append(phase) }
        }
        let courses = map.stringList("courses")
        let policy = map.mapping("policy").map { PolicyLoader(sink: sink).load($0) } ?? Policy()
        map.finish()
        return Manifest(name: name, language: language, frameworkPaths: frameworks, phases: phases,
                        courseFolders: courses, policy: policy, range: .file(file.path))
    }

    private func loadPhase(_ node: YAMLNode) -> Phase? {
        guard let map = MappingReader(node, table: FieldTables.phase, sink: sink) else { return nil }
        let id = map.string("id")
        let title = map.string("title")
        let start = map.string("start")
        let end = map.string("end")
        map.finish()
        guard let id else { return nil }
        IDSyntax.check(id, what: "phase", sink: sink)
        for date in [start, end].compactMap({ $0 }) where !Self.isDate(date.value) {
            sink.report(Rules.invalidValue, at: date.range, "'\(date.value)' is not a date; write YYYY-MM-DD, e.g. 2022-03-12")
        }
        if let start, let end, Self.isDate(start.value), Self.isDate(end.value), end.value < start.value {
            sink.report(Rules.invalidValue, at: end.range, "phase '\(id.value)' ends (\(end.value)) before it starts (\(start.value))")
        }
        return Phase(id: id.value, title: title?.value ?? id.value, start: start?.value ?? "", end: end?.value ?? "",
                     range: id.range)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
