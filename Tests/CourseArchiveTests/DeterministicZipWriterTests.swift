import Foundation
import Testing
@testable import CourseArchive

@Suite struct DeterministicZipWriterTests {
    static let lesson = "Lección 1 — Números"

    /// A small course: nested folders, accents, emoji, an explicit empty
    /// folder, stored media and deflated text.
    func buildSample(in folder: TempFolder, flushesToDisk: Bool = true) throws -> (URL, ArchiveSummary) {
        let source = try folder.write("src/index.html", String(repeating: "<p>Hola</p>\n", count: 200))
        let video = try folder.write("src/clip.mp4", "not really a video")
        let zip = folder.file("out/nested/\(Self.lesson).zip")
        let writer = DeterministicZipWriter(destination: zip, timestamp: DeterministicZipWriter.dosEpoch,
                                            flushesToDisk: flushesToDisk)
        try writer.addData(Data("<manifest/>".utf8), as: "imsmanifest.xml")
        try writer.addFile(at: video, as: "media/clip.mp4")
        try writer.addFile(at: source, as: "\(Self.lesson)/index.html")
        try writer.addData(Data("🎉".utf8), as: "\(Self.lesson)/🎉 fiesta.txt")
        writer.addDirectory("empty/")
        return (zip, try writer.finish())
    }

    /// Byte-wise UTF-8 order: upper-case "L" (0x4C) sorts before "e"
    /// (0x65), and each folder precedes its children.
    static let expectedOrder = [
        "Lección 1 — Números", "Lección 1 — Números/index.html", "Lección 1 — Números/🎉 fiesta.txt",
        "empty", "imsmanifest.xml", "media", "media/clip.mp4",
    ]

    @Test func flushingToDiskDoesNotChangeTheBytes() throws {
        let flushed = try TempFolder(), unflushed = try TempFolder()
        defer { flushed.cleanup(); unflushed.cleanup() }
        let (a, _) = try buildSample(in: flushed)
        let (b, summary) = try buildSample(in: unflushed, flushesToDisk: false)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        #expect(summary.entryCount == Self.expectedOrder.count)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: b.deletingLastPathComponent().path)
        #expect(leftovers == [b.lastPathComponent], "no temporary file is left next to the archive")
    }

    @Test func archivePassesExternalToolsAndListsInDesignedOrder() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let (zip, summary) = try buildSample(in: folder)

        #expect(summary.entryCount == Self.expectedOrder.count)
        #expect(summary.url == zip)
        let size = try FileManager.default.attributesOfItem(atPath: zip.path)[.size] as? Int
        #expect(Int64(size ?? -1) == summary.byteSize)

        let test = try runTool("unzip", ["-t", zip.path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("No errors detected"))

        let listing = try runTool("bsdtar", ["-tf", zip.path])
        #expect(listing.status == 0, "\(listing.stderr)")
        let bsdNames = listing.stdout.split(separator: "\n").map(String.init)
        #expect(bsdNames.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } == Self.expectedOrder)

        let entries = try SafeArchiveReader(url: zip).entries()
        #expect(entries.map(\.path) == Self.expectedOrder)
        #expect(entries.first { $0.path == "imsmanifest.xml" }?.size == 11)
        #expect(entries.filter { $0.type == .directory }.map(\.path)
                == ["Lección 1 — Números", "empty", "media"])
    }

    @Test func zipinfoShowsFixedModesUnixOriginAndMethods() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let (zip, _) = try buildSample(in: folder)
        let info = try runTool("zipinfo", [zip.path])
        #expect(info.status == 0, "\(info.stderr)")
        // perms ver os size tx method date time name
        let rows = info.stdout.split(separator: "\n")
            .map { $0.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true).map(String.init) }
            .filter { $0.count == 9 && ($0[0].hasPrefix("-") || $0[0].hasPrefix("d")) }
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0[8], $0) })
        #expect(rows.map { $0[8] } == ["Lección 1 — Números/", "Lección 1 — Números/index.html",
                                        "Lección 1 — Números/🎉 fiesta.txt", "empty/", "imsmanifest.xml",
                                        "media/", "media/clip.mp4"])
        for row in rows {
            #expect(row[2] == "unx")
            #expect(row[0] == (row[8].hasSuffix("/") ? "drwxr-xr-x" : "-rw-r--r--"), "\(row)")
            #expect(row[6] == "80-Jan-01" && row[7] == "00:00", "\(row)")
        }
        #expect(byName["media/clip.mp4"]?[5] == "stor")
        #expect(byName["Lección 1 — Números/index.html"]?[5] == "defN")
    }

    @Test func nonASCIINamesCarryTheUTF8Flag() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let (zip, _) = try buildSample(in: folder)
        let bytes = try Data(contentsOf: zip)
        // Walk local headers: general-purpose flag bit 11 iff the name is non-ASCII.
        var offset = 0
        var checked = 0
        while le32(bytes, offset) == 0x0403_4B50 {
            let flags = UInt16(bytes[offset + 6]) | UInt16(bytes[offset + 7]) << 8
            let nameLength = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
            let extraLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            let name = bytes[(offset + 30)..<(offset + 30 + nameLength)]
            #expect((flags & 0x0800 != 0) == name.contains { $0 >= 0x80 },
                    "\(String(decoding: name, as: UTF8.self))")
            checked += 1
            // Data descriptors follow the data; find the next header via the central directory instead.
            guard let next = bytes.range(of: Data([0x50, 0x4B, 0x03, 0x04]),
                                         in: (offset + 30 + nameLength + extraLength)..<bytes.count) else { break }
            offset = next.lowerBound
        }
        #expect(checked == Self.expectedOrder.count)
    }

    /// Every central-directory record carries exactly one extra field with
    /// fixed content: 'UT' with only the mtime. Anything else (atime, a
    /// real uid) would vary from machine to machine.
    @Test func extraFieldsAreConstant() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let (zip, summary) = try buildSample(in: folder)
        let bytes = try Data(contentsOf: zip)
        let eocd = bytes.count - 22
        #expect(le32(bytes, eocd) == 0x0605_4B50)
        var cursor = Int(le32(bytes, eocd + 16))
        for _ in 0..<summary.entryCount {
            #expect(le32(bytes, cursor) == 0x0201_4B50)
            func u16(_ at: Int) -> Int { Int(bytes[cursor + at]) | Int(bytes[cursor + at + 1]) << 8 }
            #expect(bytes[cursor + 5] == 3) // made by: Unix
            #expect(le32(bytes, cursor + 12) == 0x0021_0000) // DOS 1980-01-01 00:00
            let nameLength = u16(28), extraLength = u16(30)
            let mode = le32(bytes, cursor + 38) >> 16
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            #expect(mode == (name.hasSuffix("/") ? 0o040755 : 0o100644), "\(name)")
            let extra = [UInt8](bytes[(cursor + 46 + nameLength)..<(cursor + 46 + nameLength + extraLength)])
            #expect(extra == [0x55, 0x54, 5, 0, 1, 0x00, 0xA6, 0xCE, 0x12], "\(name)")
            cursor += 46 + nameLength + extraLength + u16(32)
        }
    }

    @Test(arguments: ["/abs.txt", "../up.txt", "a/../b", "a//b", "a/", "a\\b", "", "./a", "C:/x", "a\u{1}b"])
    func rejectsUnsafeArchivePaths(path: String) throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        #expect(throws: ArchiveError.self) { try writer.addData(Data(), as: path) }
    }

    @Test func rejectsDuplicatesIncludingUnicodeEquivalentNames() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        try writer.addData(Data("a".utf8), as: "Lecci\u{F3}n.txt")          // NFC ó
        #expect(throws: ArchiveError.duplicatePath("Lecci\u{F3}n.txt")) {
            try writer.addData(Data("b".utf8), as: "Leccio\u{301}n.txt")     // NFD o + ◌́
        }
        #expect(throws: ArchiveError.duplicatePath("Lecci\u{F3}n.txt")) {
            try writer.addData(Data("c".utf8), as: "Lecci\u{F3}n.txt")
        }
    }

    @Test func fileUsedAsFolderFailsAtFinish() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        try writer.addData(Data("a".utf8), as: "a")
        try writer.addData(Data("b".utf8), as: "a/b.txt")
        #expect(throws: ArchiveError.duplicatePath("a")) { try writer.finish() }
        #expect(try folder.contents().isEmpty)
    }

    @Test func explicitFolderUnderAFileFailsAtFinish() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        try writer.addData(Data("a".utf8), as: "a")
        writer.addDirectory("a/sub")
        #expect(throws: ArchiveError.duplicatePath("a")) { try writer.finish() }
    }

    @Test func invalidDirectoryIsReportedByFinish() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        writer.addDirectory("../outside")
        #expect(throws: ArchiveError.self) { try writer.finish() }
        #expect(try folder.contents().isEmpty)
    }

    @Test func finishTwiceIsAnError() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        try writer.addData(Data("a".utf8), as: "a.txt")
        try writer.finish()
        #expect(throws: ArchiveError.alreadyFinished(destination: folder.file("x.zip").path)) {
            try writer.finish()
        }
    }

    @Test func emptyArchiveIsValid() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let summary = try DeterministicZipWriter(destination: folder.file("empty.zip")).finish()
        #expect(summary.entryCount == 0)
        #expect(summary.byteSize == 22) // just the end-of-central-directory record
        #expect(try SafeArchiveReader(url: summary.url).entries().isEmpty)
    }

    @Test func errorsNameTheFile() {
        let message = ArchiveError.sourceChanged(source: "/c/video.mp4", expectedBytes: 10, actualBytes: 12).description
        #expect(message.contains("/c/video.mp4") && message.contains("10") && message.contains("12"))
        #expect(ArchiveError.unsafeEntry(path: "../x", reason: "r").description.contains("../x"))
    }
}
