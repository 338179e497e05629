import Testing
@testable import CourseKit

/// The YAML mistakes new authors make, each reported once, in plain words, at
/// the line to change. Where coursec offers a fix, the fixed text is read by
/// an independent parser (PyYAML) and must give what the author meant; the
/// original must be refused by it too, so every case is a real YAML error.
@Suite struct YAMLMistakeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        /// Where the diagnostic must point (line, column of the YAML text).
        var line: Int
        var column: Int
        var says: String
        /// What the fixed text means (nil: no fix may be offered).
        var fixed: (@Sendable () -> Any)?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a colon in a title", yaml: "id: a\ntitle: Energía: trabajo y potencia\nminutes: 25\n", line: 2, column: 8,
             says: "put the value in quotes", fixed: { ["id": "a", "title": "Energía: trabajo y potencia", "minutes": "25"] }),
        Case(name: "no space after the colon", yaml: "id: a\ntitle: Energía\nminutes:25\n", line: 3, column: 1,
             says: "no space after `minutes:`", fixed: { ["id": "a", "title": "Energía", "minutes": "25"] }),
        Case(name: "no space after the colon, mid-document", yaml: "id: a\nminutes:25\ntitle: Energía\n", line: 2, column: 1,
             says: "write `minutes: 25`", fixed: { ["id": "a", "title": "Energía", "minutes": "25"] }),
        Case(name: "an unclosed double quote", yaml: "id: a\ntitle: \"Energía\nminutes: 25\n", line: 2, column: 8,
             says: "never closes it", fixed: { ["id": "a", "title": "Energía", "minutes": "25"] }),
        Case(name: "an unclosed single quote", yaml: "id: a\ntitle: 'Energía \nminutes: 25\n", line: 2, column: 8,
             says: "never closes it", fixed: { ["id": "a", "title": "Energía", "minutes": "25"] }),
        Case(name: "text after a quoted value", yaml: "title: \"Energía\" y trabajo\nminutes: 25\n", line: 1, column: 8,
             says: "put the whole value in quotes", fixed: { ["title": "\"Energía\" y trabajo", "minutes": "25"] }),
        Case(name: "an unclosed list", yaml: "id: a\nobjectives: [M1, M2\nminutes: 25\n", line: 2, column: 13,
             says: "end it with ]", fixed: { ["id": "a", "objectives": ["M1", "M2"], "minutes": "25"] }),
        Case(name: "an unclosed mapping", yaml: "subtitles: {es: media/a.vtt\nminutes: 25\n", line: 1, column: 12,
             says: "end it with }", fixed: { ["subtitles": ["es": "media/a.vtt"], "minutes": "25"] }),
        Case(name: "a key indented under a value", yaml: "id: a\ntitle: Energía\n  minutes: 25\n", line: 3, column: 3,
             says: "indented more than `title:`", fixed: { ["id": "a", "title": "Energía", "minutes": "25"] }),
        Case(name: "a key indented less than its siblings", yaml: "resources:\n  - provider: web\n    url: https://x.org\n   title: Recta\n",
             line: 4, column: 4, says: "but `url:` on line 3 is indented 4 spaces",
             fixed: { ["resources": [["provider": "web", "url": "https://x.org", "title": "Recta"]]] }),
        Case(name: "a dash out of line", yaml: "tags:\n  - uno\n - dos\n", line: 3, column: 2,
             says: "line the dashes up", fixed: { ["tags": ["uno", "dos"]] }),
        Case(name: "a key at the level of the dashes", yaml: "outline:\n  - unit: Energía\n  items:\n    - a.md\n", line: 3, column: 3,
             says: "lined up with the dashes", fixed: { ["outline": [["unit": "Energía", "items": ["a.md"]]]] }),
        Case(name: "a list item and its content out of line",
             yaml: "outline:\n  - unit: A\n    items:\n      - a.md\n   - unit: B\n     items:\n       - b.md\n", line: 5, column: 4,
             says: "line the dashes up",
             fixed: { ["outline": [["unit": "A", "items": ["a.md"]], ["unit": "B", "items": ["b.md"]]]] }),
        Case(name: "a colon in a value over several lines", yaml: "description: Un curso de física\n  con temas: energía y trabajo\nid: a\n",
             line: 1, column: 14, says: "goes on to line 2",
             fixed: { ["description": "Un curso de física con temas: energía y trabajo", "id": "a"] }),
        Case(name: "a colon in a list item", yaml: "tags:\n  - Energía: trabajo: potencia\n", line: 2, column: 5,
             says: "put the item in quotes", fixed: { ["tags": ["Energía: trabajo: potencia"]] }),
        Case(name: "a colon in a unit title", yaml: "outline:\n  - unit: Energía: trabajo\n", line: 2, column: 11,
             says: "the value of `unit`", fixed: { ["outline": [["unit": "Energía: trabajo"]]] }),
        Case(name: "a value starting with an asterisk", yaml: "title: *Importante* energía\n", line: 1, column: 8,
             says: "an alias", fixed: { ["title": "*Importante* energía"] }),
        Case(name: "a value starting with @", yaml: "id: a\ntitle: @profe_ana\n", line: 2, column: 8,
             says: "put the value in quotes", fixed: { ["id": "a", "title": "@profe_ana"] }),
        Case(name: "a value starting with a backtick", yaml: "title: `F = ma` en acción\n", line: 1, column: 8,
             says: "put the value in quotes", fixed: { ["title": "`F = ma` en acción"] }),
        Case(name: "a value starting with %", yaml: "title: % de rendimiento\n", line: 1, column: 8,
             says: "put the value in quotes", fixed: { ["title": "% de rendimiento"] }),
        Case(name: "a value starting with a bracket", yaml: "title: [Opcional] Energía\n", line: 1, column: 8,
             says: "read as a list", fixed: { ["title": "[Opcional] Energía"] }),
        Case(name: "a backslash in double quotes", yaml: "file: \"media\\sol.png\"\n", line: 1, column: 7,
             says: "single quotes", fixed: { ["file": "media\\sol.png"] }),
        Case(name: "an indented first line", yaml: "  id: a\ntitle: x\n", line: 1, column: 3,
             says: "starts indented 2 spaces", fixed: { ["id": "a", "title": "x"] }),
        Case(name: "a key without its colon", yaml: "id: a\ntitle Energía\nminutes: 25\n", line: 2, column: 1,
             says: "`title` is not followed by `:`", fixed: nil),
        Case(name: "a line of prose among the keys", yaml: "id: a\ntitle: Energía\nEsta lección trata de energía\nminutes: 25\n",
             line: 3, column: 1, says: "this line is not `key: value`", fixed: nil),
        Case(name: "an indentation between two levels", yaml: "platform:\n  enrollment: self\n certificate: true\n", line: 3, column: 2,
             says: "line it up with `enrollment:` on line 2 (2 spaces) or `platform:` on line 1 (0 spaces)", fixed: nil),
    ]

    static func parse(_ yaml: String, lineOffset: Int = 0) -> (YAMLNode?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let file = SourceFile(path: "x.yaml", text: yaml)
        return (YAMLParser.parse(yaml, in: file, lineOffset: lineOffset, sink: sink), sink.diagnostics)
    }

    @Test(arguments: cases)
    func eachMistakeIsReportedOnceAtTheLineToChange(_ example: Case) throws {
        let (node, diagnostics) = Self.parse(example.yaml)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.id == Rules.yamlSyntax.id)
        #expect(diagnostic.range.start == SourcePosition(line: example.line, column: example.column), "\(diagnostic)")
        #expect(diagnostic.message.description.contains(example.says), "\(diagnostic.message)")
        // libyaml's own words are not the message.
        for phrase in ["mapping values are not allowed", "could not find expected", "did not find expected", "while scanning"] {
            #expect(!diagnostic.message.description.contains(phrase), "\(diagnostic.message)")
        }
        #expect(node != nil, "the document is read on after the mistake")
        #expect(diagnostic.fixes.isEmpty == (example.fixed == nil), "\(diagnostic.fixes)")
    }

    /// The fixed texts, read by PyYAML, mean what the author meant; the
    /// originals are refused by PyYAML as well.
    @Test func fixesReadBackAsMeantByAnIndependentParser() throws {
        let fixable = Self.cases.filter { $0.fixed != nil }
        var texts: [String] = []
        for example in fixable {
            let (_, diagnostics) = Self.parse(example.yaml)
            texts.append(example.yaml)
            texts.append(FixApplier.apply(diagnostics.flatMap(\.fixes), to: example.yaml))
        }
        let outcomes = try PyYAML.load(texts)
        for (index, example) in fixable.enumerated() {
            #expect(outcomes[2 * index].isError, "\(example.name): PyYAML reads the original")
            #expect(outcomes[2 * index + 1].isValue(example.fixed!()), "\(example.name): \(texts[2 * index + 1]) → \(outcomes[2 * index + 1])")
        }
    }

    /// After a certain fix, reading goes on and reports the next mistake.
    @Test func severalMistakesInOneDocumentAreEachReported() throws {
        let yaml = "id: a\ntitle: Energía: trabajo\nminutes:25\nobjectives: [M1, M2\ntags: [uno]\n"
        let (node, diagnostics) = Self.parse(yaml, lineOffset: 1)
        #expect(diagnostics.map(\.range.start.line) == [3, 4, 5], "\(diagnostics.map(\.message))")
        guard case .mapping(let pairs)? = node?.value else { Issue.record("not read on"); return }
        #expect(pairs.map { $0.key.scalar ?? "" } == ["id", "title", "minutes", "objectives", "tags"])
        #expect(try PyYAML.load([FixApplier.apply(diagnostics.flatMap(\.fixes), to: "\n" + yaml)])[0]
            .isValue(["id": "a", "title": "Energía: trabajo", "minutes": "25", "objectives": ["M1", "M2"], "tags": ["uno"]]))
    }

    /// Found by `make fuzz` (frontmatter): after the fix that indents
    /// `resource:` into the list item, libyaml failed again on that line of
    /// the repaired text, and the mistake was reported at column 11 of the
    /// author's 9-character line. A mistake on a line coursec itself changed
    /// is not the author's, and is not reported.
    @Test func noMistakeIsReportedWhereARepairChangedTheLine() throws {
        let yaml = "- link\nresource:\n  provider: phet\n  url: https://phet.colorado.edu/es\n  title: Parque\n---\n"
        let (_, diagnostics) = Self.parse(yaml)
        let file = SourceFile(path: "x.yaml", text: yaml)
        #expect(diagnostics.map(\.range.start) == [SourcePosition(line: 2, column: 1)], "\(diagnostics.map(\.message))")
        for diagnostic in diagnostics {
            let start = diagnostic.range.start
            #expect(start.column <= file.line(start.line).unicodeScalars.count + 1, "\(diagnostic)")
        }
    }

    /// After a guess (a line left out), what follows could come from the
    /// guess: nothing more is reported, but the document is still read.
    @Test func afterAGuessNothingMoreIsReported() {
        let (node, diagnostics) = Self.parse("id: a\ntitle Energía\nminutes:25\n")
        #expect(diagnostics.map(\.range.start.line) == [2])
        guard case .mapping(let pairs)? = node?.value else { Issue.record("not read on"); return }
        #expect(pairs.map { $0.key.scalar ?? "" } == ["id", "title", "minutes"])
    }

    @Test func tabsAreReportedAndReadAsSpaces() throws {
        let (node, diagnostics) = Self.parse("id: a\ntags:\n\t- uno\n\t- dos\n")
        #expect(diagnostics.map(\.id) == [Rules.yamlTab.id, Rules.yamlTab.id])
        guard case .mapping(let pairs)? = node?.value, case .sequence(let tags) = pairs[1].value.value else {
            Issue.record("not read on"); return
        }
        #expect(tags.compactMap(\.scalar) == ["uno", "dos"])
        // The fix writes the two spaces the tab was read as; PyYAML refuses the tabs and reads the fix.
        let yaml = "id: a\ntags:\n\t- uno\n\t- dos\n"
        #expect(diagnostics.allSatisfy { $0.fixes.map(\.replacement) == ["  "] })
        let outcomes = try PyYAML.load([yaml, FixApplier.apply(diagnostics.flatMap(\.fixes), to: yaml)])
        #expect(outcomes[0].isError)
        #expect(outcomes[1].isValue(["id": "a", "tags": ["uno", "dos"]]), "\(outcomes[1])")
    }

    /// A document that keeps failing is given up after a bounded number of
    /// attempts, never looped on.
    @Test func aHopelessDocumentIsGivenUpOnAfterTheLimit() {
        let yaml = (1...40).map { "k\($0): a: b" }.joined(separator: "\n")
        let (_, diagnostics) = Self.parse(yaml)
        #expect(diagnostics.count == YAMLParser.maximumReportedMistakes, "\(diagnostics.count)")
    }
}
