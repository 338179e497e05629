import CMarkdownArena
import Foundation
import Testing
@testable import CourseMarkdown

/// cmark-gfm allocates from a per-thread arena (`CMarkdownArena`): trees must
/// come out the same as ever, large blocks and growing buffers must survive,
/// and nothing may stay reserved once a parse is over.
@Suite struct CmarkArenaTests {
    @Test func largeBlocksAndGrowingBuffersKeepTheirBytes() {
        // A 3 MB fenced code block: its buffer grows by realloc far past a
        // chunk, so it moves and ends in a chunk of its own.
        let line = "let x = 42 // línea con acentos\n"
        let code = String(repeating: line, count: 3_000_000 / line.utf8.count)
        let doc = MarkdownParser.parse("Antes\n\n```swift\n\(code)```\n\nDespués con **negrita**.\n")
        let blocks = nodes(doc) { if case .codeBlock = $0 { true } else { false } }
        #expect(blocks.count == 1)
        #expect(blocks.first?.literal == code)
        #expect(doc.plainText.hasSuffix("Después con negrita."))
    }

    @Test func tablesAndInlineExtensionsParseInTheArena() {
        // The table extension keeps rows and cells in parser memory and frees
        // them while parsing: with the arena those frees do nothing.
        var text = "| a | b |\n| --- | :-: |\n"
        for n in 0..<2_000 { text += "| ~~\(n)~~ | www.example.org/\(n) |\n" }
        let doc = MarkdownParser.parse(text)
        let cells = nodes(doc) { if case .tableCell = $0 { true } else { false } }
        let struck = nodes(doc) { $0 == .strikethrough }
        let links = nodes(doc) { if case .link = $0 { true } else { false } }
        #expect(cells.count == 2 * 2_001)
        #expect(struck.count == 2_000)
        #expect(links.count == 2_000)
    }

    @Test func concurrentParsesGiveTheSameTreesAsSerialOnes() {
        let documents = (0..<64).map { n in
            "# Tema \(n)\n\n| x | y |\n|---|---|\n| ~~\(n)~~ | $x^\(n)$ |\n\n- [x] hecho\n- [ ] pendiente https://example.org/\(n)\n"
        }
        let serial = documents.map { signature(MarkdownParser.parse($0)) }
        let results = ParallelResults(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count * 4) { i in
            results.set(i % documents.count, signature(MarkdownParser.parse(documents[i % documents.count])))
        }
        #expect(results.values == serial)
    }

    @Test func nothingStaysReservedAfterAParse() {
        let before = markdown_arena_reserved_bytes()
        _ = MarkdownParser.parse(String(repeating: "párrafo *con* énfasis\n\n", count: 10_000))
        #expect(markdown_arena_reserved_bytes() == before)
    }

    @Test func arenasNestAndRestoreTheOuterOne() {
        let outer = markdown_arena_begin()
        let doc = MarkdownParser.parse("texto dentro de otra arena")
        #expect(doc.plainText == "texto dentro de otra arena")
        #expect(markdown_arena_reserved_bytes() == 0)
        markdown_arena_end(outer)
    }
}

/// Everything a node holds, children included, as one comparable string.
private func signature(_ node: MarkdownNode) -> String {
    "\(node.kind)|\(node.literal ?? "-")|\(node.span)|[" + node.children.map(signature).joined(separator: ",") + "]"
}

private final class ParallelResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: String) { lock.lock(); slots[i] = value; lock.unlock() }
    var values: [String] { slots.map { $0! } }
}
