import Testing
@testable import CourseKit

/// Code resolution: plain and qualified codes, ambiguity, suggestions, and
/// parents counting for their children.
@Suite struct CurriculumIndexTests {
    static func framework(_ id: String, _ items: [Framework.Item]) -> Framework {
        Framework(id: Located(id, at: .file("\(id).yaml")), title: id, items: items, path: "\(id).yaml")
    }
    static func item(_ code: String, _ children: [Framework.Item] = []) -> Framework.Item {
        Framework.Item(code: code, type: "competency", statement: "Enunciado \(code)", children: children, range: .file("x.yaml"))
    }

    static let index = CurriculumIndex(frameworks: [
        framework("mcc", [item("MAT", [item("M1"), item("M4")])]),
        framework("dgb-mat1", [item("B1"), item("B2")]),
        framework("dgeti-pm1", [item("B1"), item("U1")]),
    ])

    @Test func plainCodesResolveWhenOnlyOneFrameworkHasThem() throws {
        guard case .found(let n) = Self.index.resolve("M4") else { Issue.record("M4 not found"); return }
        #expect(Self.index.entries[n].qualified == "mcc:M4")
        #expect(Self.index.display(n) == "M4")
    }

    @Test func qualifiedCodesResolveToTheirFramework() throws {
        let n = try #require(Self.index.index(of: "dgeti-pm1:B1"))
        #expect(Self.index.entries[n].framework == "dgeti-pm1")
        #expect(Self.index.display(n) == "dgeti-pm1:B1")
    }

    @Test func ambiguousPlainCodesListTheCandidates() {
        #expect(Self.index.resolve("B1") == .ambiguous(["dgb-mat1:B1", "dgeti-pm1:B1"]))
        #expect(Self.index.index(of: "B1") == nil)
    }

    @Test func unknownCodesAndFrameworksComeWithSuggestions() {
        #expect(Self.index.resolve("M5") == .unknown(suggestion: "M1") || Self.index.resolve("M5") == .unknown(suggestion: "M4"))
        #expect(Self.index.resolve("mcc:M9") == .unknown(suggestion: "mcc:M1") || Self.index.resolve("mcc:M9") == .unknown(suggestion: "mcc:M4"))
        #expect(Self.index.resolve("mc:M1") == .unknownFramework("mc", suggestion: "mcc"))
        #expect(Self.index.resolve("ZZZZZZ") == .unknown(suggestion: nil))
    }

    @Test func parentsCountForTheirChildren() throws {
        let m1 = try #require(Self.index.index(of: "M1"))
        let field = try #require(Self.index.index(of: "MAT"))
        #expect(Self.index.selfAndAncestors(m1) == [m1, field])
        #expect(Self.index.selfAndAncestors(field) == [field])
    }

    @Test func theRepositoryRebuildsItsIndexWhenFrameworksChange() {
        var repository = Repository(name: "r", language: "es")
        #expect(repository.curriculum.isEmpty)
        repository.frameworks = [Self.framework("mcc", [Self.item("M1")])]
        #expect(repository.curriculum.index(of: "M1") != nil)
    }
}
