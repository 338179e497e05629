import CoursecTestSupport
import Testing
@testable import CourseMarkdown

/// Hostile inputs must parse without trapping and in reasonable time.
@Suite struct PathologicalInputTests {
    @Test func hugeSingleLine() {
        let text = String(repeating: "word *em* $x$ ", count: 10_000_000 / 14)
        let doc = MarkdownParser.parse(text)
        #expect(doc.children.count == 1)
    }

    @Test func nulBytesAndRandomBytes() {
        let doc = MarkdownParser.parse("a\u{0}b\n\n\u{0}$x\u{0}$")
        #expect(doc.plainText.contains("a\u{FFFD}b"))
        var generator = SplitMix(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = MarkdownParser.parse(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func deeplyNestedBlockquotes() {
        let doc = MarkdownParser.parse(String(repeating: ">", count: 10_000) + " deep $x$")
        #expect(doc.plainText == "deep x")
    }

    @Test func manyBrackets() {
        _ = MarkdownParser.parse(String(repeating: "[", count: 50_000))
        _ = MarkdownParser.parse(String(repeating: "[a](", count: 20_000))
        _ = MarkdownParser.parse(String(repeating: "*a ", count: 50_000))
    }

    @Test func manyDollarsAndBackticks() {
        _ = MarkdownParser.parse(String(repeating: "$a ", count: 200_000))
        _ = MarkdownParser.parse(String(repeating: "$$a ", count: 200_000))
        var ticks = ""
        for k in 1...400 { ticks += String(repeating: "`", count: k) + " a " }
        _ = MarkdownParser.parse(ticks)
        _ = MarkdownParser.parse(String(repeating: "- ", count: 10_000) + "x")
    }
}
