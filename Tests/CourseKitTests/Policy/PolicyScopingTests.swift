import Testing
@testable import CourseKit

/// `policy.rules` settings apply only under their `paths`: severity, off,
/// and the parameters the alignment, assessment and rhythm rules read.
@Suite struct PolicyScopingTests {
    static let noneOfTheAbove = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n1. ¿Cuál es par? {#par objectives=M1}\n\n   - [ ] 3\n   - [ ] 5\n   - [x] Ninguna de las anteriores\n"

    static func check(policy: String, _ overrides: [String: String] = [:]) throws -> CourseCompiler.Result {
        var files = ExampleFiles.aligned(overrides)
        files["coursec.yaml"] = ExampleFiles.manifest(policy: policy)
        return try TestRepository.check(files)
    }

    @Test func severityAppliesOnlyUnderItsPaths() throws {
        let inside = try Self.check(policy: "    CS0324:\n      severity: error\n      paths: [\"curso/practica.md\"]\n",
                                    ["curso/practica.md": Self.noneOfTheAbove])
        #expect(inside.with("CS0324").map(\.severity) == [.error], "\(inside.described)")
        let outside = try Self.check(policy: "    CS0324:\n      severity: error\n      paths: [\"otro/**\"]\n",
                                     ["curso/practica.md": Self.noneOfTheAbove])
        #expect(outside.with("CS0324").map(\.severity) == [.warning], "\(outside.described)")
    }

    @Test func offAppliesOnlyUnderItsPaths() throws {
        let inside = try Self.check(policy: "    CS0324:\n      severity: off\n      paths: [\"curso/**\"]\n",
                                    ["curso/practica.md": Self.noneOfTheAbove])
        #expect(inside.with("CS0324").isEmpty, "\(inside.described)")
        let outside = try Self.check(policy: "    CS0324:\n      severity: off\n      paths: [\"otro/**\"]\n",
                                     ["curso/practica.md": Self.noneOfTheAbove])
        #expect(outside.with("CS0324").count == 1, "\(outside.described)")
    }

    /// A rule is named in the policy by its id or its name, in any case,
    /// and the setting takes effect (it used to validate and do nothing).
    @Test(arguments: ["CS0324", "cs0324", "all-or-none-of-the-above", "All-Or-None-Of-The-Above"])
    func rulesAreNamedByIdOrNameInAnyCase(_ key: String) throws {
        let off = try Self.check(policy: "    \(key): off\n", ["curso/practica.md": Self.noneOfTheAbove])
        #expect(off.with("CS0324").isEmpty, "\(key): \(off.described)")
        #expect(off.with("CS0901").isEmpty, "\(key): \(off.described)")
        let error = try Self.check(policy: "    \(key):\n      severity: Error\n", ["curso/practica.md": Self.noneOfTheAbove])
        #expect(error.with("CS0324").map(\.severity) == [.error], "\(key): \(error.described)")
    }

    /// `min: uno` is an error at the value, not the default silently.
    @Test(arguments: ["uno", ".nan", ".inf", "-3", "12345678901234567890123", "2.5"])
    func parameterValuesAreTyped(_ value: String) throws {
        let result = try Self.check(policy: "    CS0503:\n      params: { every: \(value) }\n")
        let found = result.with("CS0904")
        #expect(found.count == 1, "\(value): \(result.described)")
        #expect(found.first?.range.start.line == 17, "\(value): \(result.described)")
    }

    @Test func parametersApplyOnlyUnderTheirPaths() throws {
        let twoLessons: [String: String] = [
            "curso/course.yaml": ExampleFiles.course(outline: ["leccion.md", "leccion-2.md", "practica.md"]),
            "curso/leccion-2.md": ExampleFiles.lesson(id: "leccion-2"),
        ]
        let inside = try Self.check(policy: "    CS0503:\n      params: { every: 1 }\n      paths: [\"curso/**\"]\n", twoLessons)
        #expect(inside.with("CS0503").map { "\($0.range.file):\($0.range.start.line)" } == ["curso/leccion-2.md:2"], "\(inside.described)")
        let outside = try Self.check(policy: "    CS0503:\n      params: { every: 1 }\n      paths: [\"otro/**\"]\n", twoLessons)
        #expect(outside.with("CS0503").isEmpty, "\(outside.described)")
    }

    @Test func courseSizeBoundsComeFromPolicy() throws {
        // The aligned course has 2 lessons and quizzes; the manifest's
        // `min: 1` is overridden by a later, path-scoped setting.
        let raised = try TestRepository.check(ExampleFiles.aligned([
            "coursec.yaml": ExampleFiles.manifest().replacingOccurrences(of: "      params: { min: 1 }", with:
                "      params: { min: 3 }\n      paths: [\"curso/**\"]"),
        ]))
        #expect(raised.with("CS0501").count == 1, "\(raised.described)")
        #expect(raised.with("CS0501").first?.message.description.contains("at least 3") == true)
        let elsewhere = try TestRepository.check(ExampleFiles.aligned([
            "coursec.yaml": ExampleFiles.manifest().replacingOccurrences(of: "      params: { min: 1 }", with:
                "      params: { min: 1 }\n      paths: [\"curso/**\"]"),
        ]))
        #expect(elsewhere.with("CS0501").isEmpty, "\(elsewhere.described)")
        let defaults = try TestRepository.check(ExampleFiles.aligned([
            "coursec.yaml": ExampleFiles.manifest().replacingOccurrences(of: "      params: { min: 1 }", with:
                "      severity: warning"),
        ]))
        #expect(defaults.with("CS0501").first?.message.description.contains("at least 60") == true, "\(defaults.described)")
    }

    @Test func assessmentParametersAreRead() throws {
        let sizes = try Self.check(policy: "    CS0320:\n      params: { sizes: [10, 19] }\n",
                                   ["curso/evaluacion.md": ExampleFiles.assessment(items: 19)])
        #expect(sizes.with("CS0320").isEmpty, "\(sizes.described)")
        let tolerance = try Self.check(policy: "    CS0408:\n      params: { tolerance: 50 }\n",
                                       ["curso/evaluacion.md": ExampleFiles.assessment(frontMatter: "blueprint: { M1: 50% }\n")])
        #expect(tolerance.with("CS0408").isEmpty, "\(tolerance.described)")
        let minItems = try Self.check(policy: "    CS0405:\n      params: { min-items: 21 }\n")
        #expect(minItems.with("CS0405").first?.message.description.contains("at least 21") == true, "\(minItems.described)")
    }

    @Test func anUnknownRuleInThePolicyIsReported() throws {
        let result = try Self.check(policy: "    CS0499: off\n")
        #expect(result.with("CS0901").count == 1, "\(result.described)")
    }
}
