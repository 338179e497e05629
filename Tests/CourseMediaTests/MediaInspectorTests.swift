import Foundation
import Testing
@testable import CourseMedia

/// What the inspector concludes about a named file, and how much of it it reads.
@Suite struct MediaInspectorTests {
    /// Inspects `bytes` as a file with `ext`, counting the bytes read.
    func inspect(_ bytes: [UInt8], as ext: String, declaredSize: UInt64? = nil) throws -> (MediaInspector.Verdict, read: Int, largestRead: Int) {
        var read = 0, largest = 0
        let verdict = try MediaInspector.inspect(fileExtension: ext, size: declaredSize ?? UInt64(bytes.count), name: "f.\(ext)") { offset, count in
            largest = max(largest, count)
            guard offset < UInt64(bytes.count) else { return [] }
            let piece = Array(bytes[Int(offset)..<min(bytes.count, Int(offset) + count)])
            read += piece.count
            return piece
        }
        return (verdict, read, largest)
    }

    @Test func emptyAndMislabelledFilesAreReported() throws {
        #expect(try inspect([], as: "png").0 == .empty)
        #expect(try inspect([], as: "pdf").0 == .empty)
        let html = Array("<!DOCTYPE html><html><body>Guía</body></html>".utf8)
        #expect(try inspect(html, as: "pdf").0 == .mismatch(actual: .html, leadingBytes: Array(html.prefix(8))))
        #expect(try inspect(Array("solo texto".utf8), as: "png").0 == .mismatch(actual: .text, leadingBytes: Array("solo tex".utf8)))
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF".utf8)
        #expect(try inspect(jpeg, as: "png").0 == .mismatch(actual: .jpeg, leadingBytes: Array(jpeg.prefix(8))))
        #expect(try inspect([0, 0, 0, 0, 0, 0, 0, 0, 9], as: "mp4").0 == .mismatch(actual: nil, leadingBytes: [0, 0, 0, 0, 0, 0, 0, 0]))
        // Extensions the sniffer does not know are left alone.
        #expect(try inspect(Array("x".utf8), as: "xyz").0 == .fine)
    }

    /// A video costs one read of the first bytes, whatever its size.
    @Test func aLargeVideoIsNotRead() throws {
        let header = MediaSamples.specified.first { $0.ext == "mp4" }!.bytes
        let (verdict, read, largest) = try inspect(header, as: "mp4", declaredSize: 1 << 30)
        #expect(verdict == .fine)
        #expect(read <= MediaSniffer.prefixLength && largest <= MediaSniffer.prefixLength)
    }

    /// SVG and WebVTT are streamed in pieces, never read whole.
    @Test func svgAndSubtitlesAreStreamedInPieces() throws {
        let big = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + String(repeating: "<rect width=\"1\" height=\"1\"/>\n", count: 20_000) + "</svg>"
        let (verdict, read, largest) = try inspect(Array(big.utf8), as: "svg")
        #expect(verdict == .fine)
        #expect(read >= big.utf8.count, "the whole drawing was checked")
        #expect(largest <= max(MediaInspector.pieceSize, MediaSniffer.prefixLength))
        let latin1: [UInt8] = Array("WEBVTT\n\n00:00.000 --> 00:01.000\nA".utf8) + [0xF1, 0x6F] // "Año" in Latin-1
        guard case .malformed(let why) = try inspect(latin1, as: "vtt").0 else {
            Issue.record("Latin-1 subtitles accepted")
            return
        }
        #expect(why.description.contains("byte 34"), "\(why)")
        #expect(try inspect(Array("WEBVTT\n\n00:00.000 --> 00:01.000\nAño\n".utf8), as: "vtt").0 == .fine)
        #expect(try inspect(Array("1\n00:00:00,000 --> 00:00:01,000\nHola\n".utf8), as: "vtt").0
                == .mismatch(actual: .text, leadingBytes: Array("1\n00:00:".utf8)), "SubRip is not WebVTT")
    }

    @Test func utf8IsValidatedAcrossPieceBoundaries() {
        let text = Array("ñandú €𝄞".utf8)
        for cut in 0...text.count {
            var validator = UTF8Validator()
            validator.feed(Array(text[..<cut]))
            validator.feed(Array(text[cut...]))
            let valid = validator.finish()
            #expect(valid, "cut at \(cut)")
        }
        var truncated = UTF8Validator()
        truncated.feed(Array(text.dropLast()))
        let valid = truncated.finish()
        #expect(!valid)
        #expect(truncated.firstInvalidOffset == text.count - 4)
    }
}
