import Testing
@testable import CourseKit

/// `trimmed` removes Unicode white space (the `White_Space` property) from
/// both ends; its ASCII shortcut must change nothing. Compared with a plain
/// scalar-by-scalar trim over strings mixing ASCII, accents, combining
/// marks, controls and every kind of white space at both ends.
@Suite struct TextTrimTests {
    static func reference(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    @Test func trimsWhatTheReferenceTrims() {
        let pieces = ["a", "Z", "~", "!", "é", "ñ", "e\u{301}", "\u{301}", " ", "\t", "\n", "\r", "\u{B}", "\u{C}",
                      "\u{85}", "\u{A0}", "\u{2003}", "\u{2028}", "\u{3000}", "\u{1F}", "\u{7F}", "¿", "—", "🎉", "x y"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var compared = 0
        for _ in 0..<5000 {
            let text = (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(text.trimmed.unicodeScalars.elementsEqual(Self.reference(text).unicodeScalars), "\(text.debugDescription)")
            #expect(text[...].trimmed.unicodeScalars.elementsEqual(Self.reference(text).unicodeScalars))
            compared += 1
        }
        #expect(compared == 5000)
        #expect("  Lección 1 \n".trimmed == "Lección 1")
        #expect("plain".trimmed == "plain")
    }
}
