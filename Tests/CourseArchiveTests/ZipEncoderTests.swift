import Foundation
import Testing
@testable import CourseArchive

/// `ZipEncoder` writes every byte of the archives itself, so every test reads
/// the result back with an independent reader: Python's zipfile (which checks
/// each CRC), and `unzip -t` or `bsdtar` where the archive is small enough.
@Suite struct ZipEncoderTests {
    /// Entry name → [method, size, compressed size, CRC, SHA-256 of the content]
    /// as Python's zipfile reads them (after `testzip()` checked every CRC).
    private static let listing = #"""
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip() if len(sys.argv) < 3 else None
    out = {"bad": bad, "entries": {}}
    for i in z.infolist():
        digest = "" if i.is_dir() or i.file_size > (64 << 20) else hashlib.sha256(z.read(i)).hexdigest()
        out["entries"][i.filename] = [i.compress_type, i.file_size, i.compress_size, i.CRC, digest]
    print(json.dumps(out))
"""#

    struct Listing {
        var bad: String?
        var entries: [String: [AnyHashable]]
        func method(_ name: String) -> Int? { entries[name]?[0] as? Int }
        func size(_ name: String) -> Int? { entries[name]?[1] as? Int }
        func digest(_ name: String) -> String? { entries[name]?[4] as? String }
    }

    static func list(_ zip: URL, skipCRCCheck: Bool = false) throws -> Listing {
        let result = try runTool(pythonExecutable, ["-c", listing, zip.path] + (skipCRCCheck ? ["skip"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        let entries = (object["entries"] as? [String: [Any]] ?? [:]).mapValues { $0.compactMap { $0 as? AnyHashable } }
        return Listing(bad: object["bad"] as? String, entries: entries)
    }

    static func sha256(_ data: Data) throws -> String {
        let folder = try TempFolder("sha")
        defer { folder.cleanup() }
        let file = folder.file("data")
        try data.write(to: file)
        let result = try runTool("sha256sum", [file.path])
        return String(result.stdout.prefix(64))
    }

    static func encode(_ build: (inout ZipEncoder<MemoryZipSink>) throws -> Void, cache: ZipEntryCache? = nil,
                       into folder: TempFolder, name: String = "test.zip") throws -> URL {
        var encoder = ZipEncoder(sink: MemoryZipSink(), timestamp: 0, cache: cache)
        try build(&encoder)
        try encoder.finish()
        let url = folder.file(name)
        try encoder.sink.data.write(to: url)
        return url
    }

    @Test func crc32MatchesTheStandardCheckValueInAnyPieces() {
        let check = Array("123456789".utf8)
        let whole = check.withUnsafeBytes { DeflateCompressor.crc32($0) }
        #expect(whole == 0xCBF4_3926)
        var pieces: UInt32 = 0
        for byte in check { pieces = [byte].withUnsafeBytes { DeflateCompressor.crc32($0, continuing: pieces) } }
        #expect(pieces == whole)
        #expect([UInt8]().withUnsafeBytes { DeflateCompressor.crc32($0) } == 0)
    }

    @Test func dataIsDeflatedOnlyWhenThatMakesItSmaller() throws {
        let folder = try TempFolder("encoder")
        defer { folder.cleanup() }
        let text = Data(String(repeating: "<p>Hola, ¿cómo estás?</p>\n", count: 500).utf8)
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let zip = try Self.encode({ encoder in
            try encoder.addData(text, name: "texto.html", compress: true)
            try encoder.addData(noise, name: "ruido.bin", compress: true)
            try encoder.addData(Data(), name: "vacío.txt", compress: true)
            try encoder.addData(text, name: "guardado.html", compress: false)
            try encoder.addDirectory("carpeta/")
        }, into: folder)
        let listing = try Self.list(zip)
        #expect(listing.bad == nil)
        #expect(listing.method("texto.html") == 8)
        #expect(listing.method("ruido.bin") == 0, "random bytes do not deflate smaller")
        #expect(listing.method("vacío.txt") == 0)
        #expect(listing.method("guardado.html") == 0)
        #expect(listing.entries["carpeta/"] != nil)
        #expect(listing.digest("texto.html") == (try Self.sha256(text)))
        #expect(listing.digest("ruido.bin") == (try Self.sha256(noise)))
        #expect(listing.size("vacío.txt") == 0)
        let unzip = try runTool("unzip", ["-tq", zip.path])
        #expect(unzip.status == 0, "\(unzip.stdout)\(unzip.stderr)")
    }

    /// Files above `inMemoryLimit` are deflated by zlib, piece by piece.
    @Test func aLargeCompressibleFileIsStreamedThroughZlib() throws {
        let folder = try TempFolder("encoder-large", inMemory: true)
        defer { folder.cleanup() }
        let line = Data("1;Fracciones equivalentes;0.5;¿Qué fracción es igual a 1/2?\n".utf8)
        var content = Data()
        while UInt64(content.count) <= ZipEncoder<MemoryZipSink>.inMemoryLimit { content.append(line) }
        let source = folder.file("datos.csv")
        try content.write(to: source)
        let zip = try Self.encode({ try $0.addFile(at: source, name: "datos.csv", compress: true) }, into: folder)
        let listing = try Self.list(zip)
        #expect(listing.bad == nil)
        #expect(listing.method("datos.csv") == 8)
        #expect(listing.size("datos.csv") == content.count)
        #expect(listing.digest("datos.csv") == (try Self.sha256(content)))
        #expect((listing.entries["datos.csv"]?[2] as? Int ?? .max) < content.count / 10)
    }

    /// More than 65,535 entries need the Zip64 end records.
    @Test func manyEntriesUseZip64EndRecords() throws {
        let folder = try TempFolder("encoder-many", inMemory: true)
        defer { folder.cleanup() }
        let count = 70_000
        let zip = try Self.encode({ encoder in
            for n in 0..<count { try encoder.addData(Data("\(n)".utf8), name: "e/\(n).txt", compress: false) }
        }, into: folder)
        let bytes = try Data(contentsOf: zip)
        #expect(bytes.range(of: Data([0x50, 0x4B, 0x06, 0x06])) != nil) // Zip64 end record
        let listing = try Self.list(zip)
        #expect(listing.bad == nil)
        #expect(listing.entries.count == count)
        let bsdtar = try runTool("bsdtar", ["-tf", zip.path])
        #expect(bsdtar.status == 0, "\(bsdtar.stderr)")
        #expect(bsdtar.stdout.split(separator: "\n").count == count)
    }

    /// An entry over 4 GiB (a sparse file: no disk, the same bytes to stream)
    /// and an entry after it, whose offset only a Zip64 field can hold.
    @Test func entriesBeyondFourGiBUseZip64Fields() throws {
        let folder = try TempFolder("encoder-zip64", inMemory: true)
        defer { folder.cleanup() }
        let video = folder.file("video.mp4")
        #expect(FileManager.default.createFile(atPath: video.path, contents: nil))
        let handle = try FileHandle(forWritingTo: video)
        try handle.truncate(atOffset: (4 << 30) + 1234)
        try handle.close()
        let after = Data("después del video".utf8)
        let zip = folder.file("big.zip")
        let fd = open(zip.path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        defer { close(fd) }
        let sink = FileZipSink(fd: fd, name: zip.path)
        var encoder = ZipEncoder(sink: sink, timestamp: 0)
        try encoder.addFile(at: video, name: "video.mp4", compress: false)
        try encoder.addData(after, name: "z.txt", compress: true)
        try encoder.finish()
        try sink.flush()
        // zipfile follows the Zip64 fields to the second entry and checks its CRC.
        let listing = try Self.list(zip, skipCRCCheck: true)
        #expect(listing.size("video.mp4") == (4 << 30) + 1234)
        #expect(listing.method("video.mp4") == 0)
        #expect(listing.digest("z.txt") == (try Self.sha256(after)))
        let unzip = try runTool("unzip", ["-l", zip.path])
        #expect(unzip.status == 0, "\(unzip.stderr)")
        #expect(unzip.stdout.contains("4294968530"))
    }

    /// Source files are encoded once per cache; the archive does not change.
    @Test func cachedEntriesGiveTheSameBytesAndChangedFilesAreEncodedAgain() throws {
        let folder = try TempFolder("encoder-cache")
        defer { folder.cleanup() }
        let script = try folder.write("katex.min.js", String(repeating: "var katex = function () { return 1; };\n", count: 300))
        let font = try folder.write("font.woff2", String(repeating: "woff2", count: 100))
        let build: (inout ZipEncoder<MemoryZipSink>) throws -> Void = { encoder in
            try encoder.addFile(at: script, name: "katex/katex.min.js", compress: true)
            try encoder.addFile(at: font, name: "katex/font.woff2", compress: false)
        }
        let cache = ZipEntryCache()
        let plain = try Data(contentsOf: Self.encode(build, into: folder, name: "plain.zip"))
        let first = try Data(contentsOf: Self.encode(build, cache: cache, into: folder, name: "first.zip"))
        let second = try Data(contentsOf: Self.encode(build, cache: cache, into: folder, name: "second.zip"))
        #expect(first == plain)
        #expect(second == plain)

        // Rewritten with other bytes (another size, a later mtime): not served from the cache.
        let changed = String(repeating: "var katex = function () { return 2; };;\n", count: 300)
        try changed.write(to: script, atomically: false, encoding: .utf8)
        let third = try Self.encode(build, cache: cache, into: folder, name: "third.zip")
        #expect(try Self.list(third).digest("katex/katex.min.js") == (try Self.sha256(Data(changed.utf8))))
    }

    @Test func aSourceThatIsNotARegularFileIsAnError() throws {
        let folder = try TempFolder("encoder-fifo")
        defer { folder.cleanup() }
        #expect(throws: ArchiveError.self) {
            _ = try Self.encode({ try $0.addFile(at: URL(fileURLWithPath: "/dev/null"), name: "x", compress: true) },
                                into: folder)
        }
    }

    @Test func dosTimesAreUTCAndClamped() {
        func dos(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) -> UInt32 {
            UInt32(y - 1980) << 25 | UInt32(mo) << 21 | UInt32(d) << 16 | UInt32(h) << 11 | UInt32(mi) << 5 | UInt32(s / 2)
        }
        #expect(ZipRecords.dosDateTime(unixSeconds: 315_532_800) == 0x0021_0000)
        #expect(ZipRecords.dosDateTime(unixSeconds: 1_700_000_000) == dos(2023, 11, 14, 22, 13, 20))
        #expect(ZipRecords.dosDateTime(unixSeconds: 0) == 0x0021_0000) // before DOS: clamped
        #expect(ZipRecords.dosDateTime(unixSeconds: 4_294_967_295) == dos(2106, 2, 7, 6, 28, 15))
    }
}
