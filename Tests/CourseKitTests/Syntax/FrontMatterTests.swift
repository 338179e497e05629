import Testing
@testable import CourseKit

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyKeepingLines() throws {
        let parts = try #require(FrontMatter.split("---\nid: a\ntitle: b\n---\n\n# Hola\n"))
        #expect(parts.yaml == "id: a\ntitle: b\n")
        #expect(parts.bodyLine == 5)
        #expect(parts.body == "\n# Hola\n")
    }

    @Test func unclosedOrAbsentFrontMatter() {
        #expect(FrontMatter.split("# Hola\n") == nil)
        #expect(FrontMatter.split("---\nid: a\n") == nil)
    }

    @Test func emptyBody() throws {
        let parts = try #require(FrontMatter.split("---\nid: a\n---"))
        #expect(parts.body.isEmpty)
    }
}
