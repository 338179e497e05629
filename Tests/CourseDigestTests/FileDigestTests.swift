import CourseDigest
import CoursecTestSupport
import Foundation
import Testing

@Suite("File digests")
struct FileDigestTests {
    @Test("SHA-256 known test vectors (FIPS 180-2)")
    func sha256Vectors() throws {
        #expect(FileDigest.sha256Hex(data: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.sha256Hex(data: Data("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let dir = try ScratchFolder.make("digest")
        let file = dir.appendingPathComponent("abc.txt")
        try Data("abc".utf8).write(to: file)
        #expect(try FileDigest.sha256Hex(fileAt: file)
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // One million "a" (FIPS vector), spanning many 64 KiB chunks.
        let million = dir.appendingPathComponent("a.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 1_000_000).write(to: million)
        #expect(try FileDigest.sha256Hex(fileAt: million)
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("streamed file digest equals the in-memory digest across chunk boundaries")
    func sha256Streaming() throws {
        let dir = try ScratchFolder.make("digest")
        for size in [0, 1, 65_535, 65_536, 65_537, 300_001] {
            let data = Data((0..<size).map { _ in UInt8.random(in: 0...255) })
            let url = dir.appendingPathComponent("r\(size)")
            try data.write(to: url)
            #expect(try FileDigest.sha256Hex(fileAt: url) == FileDigest.sha256Hex(data: data))
        }
        #expect(throws: FileChunkReader.Unreadable.self) { try FileDigest.sha256Hex(fileAt: dir.appendingPathComponent("missing")) }
    }

    @Test("the digest agrees with sha256sum")
    func agreesWithCoreutils() throws {
        let dir = try ScratchFolder.make("digest")
        let url = dir.appendingPathComponent("sample.bin")
        try Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.split(separator: " ").first.map(String.init) == (try FileDigest.sha256Hex(fileAt: url)))
    }
}
