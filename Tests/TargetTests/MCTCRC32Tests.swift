import Foundation
import Testing
@testable import TargetMCT

/// The ZIP checksum of lesson packages, against the standard check value and
/// a plain one-byte-at-a-time CRC over data of every length and alignment.
@Suite struct MCTCRC32Tests {
    static func bytewise(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }

    @Test func standardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test func agreesWithTheBytewiseDefinitionInPiecesOfAnySize() {
        var generator = SystemRandomNumberGenerator()
        let data = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for length in [1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000] {
            let slice = Array(data.prefix(length))
            #expect(CRC32.checksum(slice) == Self.bytewise(slice), "length \(length)")
            // Fed in uneven pieces, as the writer does with file chunks.
            var crc = CRC32()
            var start = 0
            for piece in [3, 11, 1, 29] where start < slice.count {
                let end = min(start + piece, slice.count)
                slice[start..<end].withUnsafeBytes { crc.update($0) }
                start = end
            }
            if start < slice.count { slice[start...].withUnsafeBytes { crc.update($0) } }
            #expect(crc.value == Self.bytewise(slice), "pieces, length \(length)")
        }
    }
}
