import Testing
@testable import CourseKit

/// Blanks are found and replaced in one pass; replacing them one at a time
/// from the end (the former implementation, simple and slow) is the oracle.
@Suite struct BlankReplacementTests {
    static func oneAtATime(_ stem: String, _ replacement: (Int) -> String) -> String {
        var characters = Array(stem)
        for (n, blank) in BlankSyntax.occurrences(in: stem).enumerated().reversed() {
            characters.replaceSubrange(blank.offset..<(blank.offset + blank.length), with: Array(replacement(n)))
        }
        return String(characters)
    }

    @Test func agreesWithReplacingOneAtATime() {
        var random = SplitMix(seed: 50)
        let pieces = ["[[", "]]", "[[4 | cuatro]]", "[[~foto]]", "ñ", "é́", "👩‍👩‍👧", " ", "[", "]", "x", "\n", "[[]]"]
        for _ in 0..<500 {
            let stem = (0..<Int(random.next() % 30)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(BlankSyntax.replacingBlanks(in: stem) { n, _ in "<\(n)>" } == Self.oneAtATime(stem) { "<\($0)>" }, "\(stem)")
            #expect(BlankSyntax.replaceBlanks(in: stem, with: "|") == Self.oneAtATime(stem) { _ in "|" })
        }
    }

    /// Every `[[` of a line, left to right, without overlaps: searching again
    /// from each hit (the former way) is the oracle.
    @Test func everyOccurrenceOnALineInOnePass() {
        var random = SplitMix(seed: 51)
        let pieces = ["[[", "[", "á", "😀", "x", " ", "[[[", "]]"]
        for _ in 0..<300 {
            let line = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let file = SourceFile(path: "a.md", text: "antes\n" + line + "\ndespués")
            var expected: [SourceRange] = []
            var column = 1
            while let range = file.range(of: "[[", onLine: 2, from: column) {
                expected.append(range)
                column = range.start.column + 2
            }
            #expect(file.ranges(of: "[[", onLine: 2) == expected, "\(line)")
        }
    }
}
