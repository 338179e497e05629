import Foundation

/// Random edits to a copy of a course repository, as an author makes them:
/// text, front matter, YAML broken and fixed again, files added, removed
/// and restored, media replaced, the outline changed, a true/false option
/// that says neither, the policy's HTML allowlist added and removed. Deterministic for a
/// seed (SplitMix64), so a failing sequence can be replayed.
struct EditScript {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    let root: URL
    let course: String
    var random: Generator
    /// Each file's bytes as first seen, to restore after breaking or deleting it.
    private var originals: [String: Data] = [:]
    private var added = 0

    init(root: URL, course: String, seed: UInt64) {
        self.root = root
        self.course = course
        self.random = Generator(state: seed)
    }

    /// Applies one random edit and says what it did.
    mutating func step() throws -> String {
        let markdown = files(in: "lecciones", "md") + files(in: "practicas", "md") + ["\(course)/evaluacion.md"]
        let lessons = files(in: "lecciones", "md")
        let media = files(in: "media", "png")
        switch Int.random(in: 0..<15, using: &random) {
        case 0, 1:
            let file = lessons.randomElement(using: &random)!
            let n = Int.random(in: 1...999, using: &random)
            try edit(file) { $0 + "\nPárrafo nuevo \(n): si $x = \(n)$, entonces $x^2 = \(n * n)$.\n" }
            return "append a paragraph to \(file)"
        case 2:
            let file = markdown.randomElement(using: &random)!
            let n = Int.random(in: 1...99, using: &random)
            try edit(file) { Self.replacingLine(in: $0, starting: "title:", with: "title: Título cambiado \(n)") }
            return "retitle \(file)"
        case 3:
            let file = lessons.randomElement(using: &random)!
            let n = Int.random(in: 1...90, using: &random)
            try edit(file) { Self.replacingLine(in: $0, starting: "minutes:", with: "minutes: \(n)") }
            return "set the minutes of \(file)"
        case 4:
            let file = markdown.randomElement(using: &random)!
            try edit(file) { $0.replacingOccurrences(of: "---\n", with: "---\nobjectives: [sin cerrar\n", options: [],
                                                     range: $0.range(of: "---\n")) }
            return "break the YAML of \(file)"
        case 5:
            let file = markdown.randomElement(using: &random)!
            try edit(file) { text in
                // The closing line of the front matter, gone.
                guard let first = text.range(of: "---\n"), let second = text.range(of: "\n---\n", range: first.upperBound..<text.endIndex)
                else { return text }
                return text.replacingCharacters(in: second, with: "\n")
            }
            return "unclose the front matter of \(file)"
        case 6, 7:
            guard let file = originals.keys.sorted().randomElement(using: &random) else { return try step() }
            try originals[file]!.write(to: url(file))
            return "restore \(file)"
        case 8:
            let file = (markdown + media).randomElement(using: &random)!
            remember(file)
            try? FileManager.default.removeItem(at: url(file))
            return "delete \(file)"
        case 9:
            added += 1
            let name = "\(course)/lecciones/extra-\(added).md"
            let text = "---\nid: extra-\(added)\ntitle: Lección extra \(added)\nobjectives: [M1]\nminutes: 10\nsince: fase-1\n---\n\n"
                + "Una lección nueva que enlaza con [la anterior](01-naturales-y-enteros.md) y usa $a^2$.\n"
            try Data(text.utf8).write(to: url(name))
            if Bool.random(using: &random) {
                let number = added
                try edit("\(course)/course.yaml") { yaml in
                    yaml.replacingOccurrences(of: "    items:\n", with: "    items:\n      - lecciones/extra-\(number).md\n", options: [],
                                              range: yaml.range(of: "    items:\n"))
                }
                return "add \(name) to the outline"
            }
            return "add \(name) outside the outline"
        case 10:
            guard media.count >= 2 else { return try step() }
            let pair = media.shuffled(using: &random).prefix(2)
            remember(pair.first!)
            try Data(contentsOf: url(pair.last!)).write(to: url(pair.first!))
            return "replace \(pair.first!) with the bytes of \(pair.last!)"
        case 11:
            let file = files(in: "practicas", "md").randomElement(using: &random)!
            let n = Int.random(in: 1...99, using: &random)
            try edit(file) { $0.replacingOccurrences(of: "- [ ] ", with: "- [ ] Opción cambiada \(n): ", options: [],
                                                     range: $0.range(of: "- [ ] ")) }
            return "change an option of \(file)"
        case 12:
            // Resolution reports it (true-false-wording) and leaves the question unresolved.
            let file = files(in: "practicas", "md").randomElement(using: &random)!
            try edit(file) { $0.replacingOccurrences(of: "- [ ] Verdadero", with: "- [ ] Quizás", options: [],
                                                     range: $0.range(of: "- [ ] Verdadero")) }
            return "make a true/false option of \(file) say neither"
        case 13:
            // Raw HTML allowed or not: what questions read as and pages show changes.
            try edit("coursec.yaml") { yaml in
                let allowlist = "  html-allowlist:\n    elements: [abbr, kbd]\n    attributes: { \"*\": [class, title] }\n"
                return yaml.contains(allowlist) ? yaml.replacingOccurrences(of: allowlist, with: "")
                    : yaml.replacingOccurrences(of: "policy:\n", with: "policy:\n" + allowlist)
            }
            return "toggle the policy's html-allowlist"
        default:
            let n = Int.random(in: 1...99, using: &random)
            try edit("\(course)/course.yaml") { Self.replacingLine(in: $0, starting: "title:", with: "title: Matemáticas \(n)") }
            return "retitle the course"
        }
    }

    private func files(in folder: String, _ ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("\(course)/\(folder)").path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { "\(course)/\(folder)/\($0)" }
    }

    private func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    private mutating func remember(_ path: String) {
        if originals[path] == nil, let data = try? Data(contentsOf: url(path)) { originals[path] = data }
    }

    private mutating func edit(_ path: String, _ change: (String) -> String) throws {
        remember(path)
        let text = (try? String(contentsOf: url(path), encoding: .utf8)) ?? ""
        try Data(change(text).utf8).write(to: url(path))
    }

    static func replacingLine(in text: String, starting prefix: String, with line: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) { lines[index] = line }
        return lines.joined(separator: "\n")
    }
}
