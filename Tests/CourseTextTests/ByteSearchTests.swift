import CoursecTestSupport
import Foundation
import Testing
@testable import CourseText

/// The word-at-a-time searches must find exactly what a byte-by-byte loop
/// finds, wherever the byte sits in a word and whatever surrounds it.
@Suite struct ByteSearchTests {
    private func naiveNonASCII(_ bytes: [UInt8], from start: Int) -> Int {
        (start..<bytes.count).first { bytes[$0] >= 0x80 } ?? bytes.count
    }

    private func naiveIndex(_ bytes: [UInt8], _ targets: Set<UInt8>, from start: Int) -> Int {
        (start..<bytes.count).first { targets.contains(bytes[$0]) } ?? bytes.count
    }

    @Test func findsWhatAByteLoopFindsInRandomText() {
        // Mostly prose bytes, with `$`, backticks, backslashes, accents and
        // bytes one away from the targets (a borrow must not fake a match).
        let alphabet: [UInt8] = Array("abc xyz.\n&<>\"'=;".utf8) + [0x24, 0x25, 0x23, 0x60, 0x5F, 0x61, 0x5C, 0x5B, 0x5D, 0xC3, 0xA1, 0x7F, 0x80, 0xFF, 0x00, 0x01]
        var generator = SplitMix(seed: 42)
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 64, 333] {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in
                    generator.next() % 4 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(ascii: "e")
                }
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...length {
                        #expect(ByteSearch.firstNonASCII(in: buffer, from: start) == naiveNonASCII(bytes, from: start))
                        #expect(ByteSearch.firstIndex(of: 0x24, 0x60, 0x5C, in: buffer, from: start)
                                == naiveIndex(bytes, [0x24, 0x60, 0x5C], from: start))
                        #expect(ByteSearch.firstIndex(of: 0x26, 0x3C, 0x3E, 0x22, in: buffer, from: start)
                                == naiveIndex(bytes, [0x26, 0x3C, 0x3E, 0x22], from: start))
                    }
                }
            }
        }
    }

    @Test func findsATargetAtEveryPositionOfALongRun() {
        for position in 0..<40 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
            bytes[position] = 0xC3
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteSearch.firstNonASCII(in: buffer, from: 0) == position)
            }
            bytes[position] = UInt8(ascii: "\\")
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteSearch.firstIndex(of: 0x24, 0x60, 0x5C, in: buffer, from: 0) == position)
                #expect(ByteSearch.firstIndex(of: 0x24, 0x60, 0x5C, in: buffer, from: position + 1) == 40)
            }
        }
    }

    /// Foundation's byte search over the bytes with ASCII letters folded to
    /// lower case: the independent answer `contains` must give.
    private func oracleContains(_ needle: [UInt8], in bytes: [UInt8], ignoringCase: Bool) -> Bool {
        let fold: (UInt8) -> UInt8 = { ignoringCase && $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if needle.isEmpty { return true }
        return Data(bytes.map(fold)).range(of: Data(needle.map(fold))) != nil
    }

    @Test func containsFindsWhatFoundationFindsInRandomText() {
        // Letters of both cases around the needles' first bytes, `[`, `{`
        // and `#` (CS0106's needles), accents and bytes next to the targets.
        let alphabet: [UInt8] = Array("aAbBxX[]{#}<p>&;q ".utf8) + [0x5A, 0x7A, 0x40, 0x60, 0xC3, 0xA1, 0x80, 0x00]
        let needles: [[UInt8]] = ["[x]", "{#", "nteriores", "<p>", "&quot;", "a", "Ab", "aaa", "x]", ""].map { Array($0.utf8) }
        var generator = SplitMix(seed: 7)
        for length in [0, 1, 2, 3, 7, 8, 9, 16, 17, 40, 129] {
            for _ in 0..<60 {
                let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                bytes.withUnsafeBufferPointer { buffer in
                    for needle in needles {
                        needle.withUnsafeBufferPointer { pattern in
                            for ignoring in [false, true] {
                                #expect(ByteSearch.contains(pattern, in: buffer, ignoringASCIICase: ignoring)
                                        == oracleContains(needle, in: bytes, ignoringCase: ignoring),
                                        "needle \(needle) in \(bytes), ignoring case: \(ignoring)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func containsOnStringsAndSubstrings() {
        #expect(ByteSearch.contains("[x]", in: "1. ¿Qué?\n   - [X] sí", ignoringASCIICase: true))
        #expect(!ByteSearch.contains("[x]", in: "1. ¿Qué?\n   - [X] sí"))
        #expect(ByteSearch.contains("Nteriores", in: "Todas las ANTERIORES", ignoringASCIICase: true))
        #expect(!ByteSearch.contains("<p>", in: "<p>uno</p>".dropFirst(3)))
        #expect(ByteSearch.contains("<p>", in: "<p>uno</p><p>dos</p>".dropFirst(3)))
        #expect(!ByteSearch.contains("ñ", in: "n"))
        #expect(ByteSearch.contains("año", in: "el año"))
    }
}
