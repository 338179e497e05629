import CourseLocalization
import Foundation
import Testing
@testable import CourseArchive

/// Hostile archives are written by Python's zipfile, which stores names and
/// entry types verbatim (it only sanitises on extraction). Byte-level
/// attacks no tool writes are in `HostileArchiveTests`.
private let zipScript = #"""
import sys, zipfile
kind, path = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("imsmanifest.xml", "<manifest/>")
    if kind == "parent": z.writestr("../evil.txt", "x")
    elif kind == "nested-parent": z.writestr("a/../../evil.txt", "x")
    elif kind == "absolute": z.writestr("/abs.txt", "x")
    elif kind == "backslash": z.writestr("..\\evil.txt", "x")
    elif kind == "drive": z.writestr("C:/evil.txt", "x")
    elif kind == "symlink":
        info = zipfile.ZipInfo("link")
        info.create_system = 3
        info.external_attr = 0o120777 << 16
        z.writestr(info, "/etc/passwd")
    elif kind == "big": z.writestr("big.bin", "a" * 10000)
    elif kind == "two": z.writestr("one.bin", "a" * 600); z.writestr("two.bin", "b" * 600)
    elif kind == "many":
        for i in range(5): z.writestr("f%d.txt" % i, "x")
"""#

/// A deflated entry whose headers claim 100 bytes but which inflates to
/// 1 MB: counting bytes as they are inflated stops it at byte 101.
private let lyingScript = #"""
import sys, zipfile, struct
path = sys.argv[1]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("bomb.bin", "\0" * 1000000)
raw = bytearray(open(path, "rb").read())
struct.pack_into("<I", raw, 22, 100)
cd = raw.index(b"PK\x01\x02")
struct.pack_into("<I", raw, cd + 24, 100)
open(path, "wb").write(raw)
"""#

@Suite struct SafeArchiveReaderTests {
    func hostileZip(_ kind: String, in folder: TempFolder) throws -> URL {
        let url = folder.file("\(kind).zip")
        try python(zipScript, [kind, url.path])
        return url
    }

    func expectUnsafe(_ url: URL, limits: SafeArchiveReader.Limits = .default, path expected: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let entries = try SafeArchiveReader(url: url, limits: limits).entries()
            Issue.record("accepted \(entries.map(\.path))", sourceLocation: sourceLocation)
        } catch let ArchiveError.unsafeEntry(path, _) {
            #expect(path == expected, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    /// A refusal of the whole archive whose reason contains `reason`.
    func expectUnsafeArchive(_ url: URL, limits: SafeArchiveReader.Limits = .default, reason expected: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let entries = try SafeArchiveReader(url: url, limits: limits).entries()
            Issue.record("accepted \(entries.map(\.path))", sourceLocation: sourceLocation)
        } catch let ArchiveError.unsafeArchive(archive, reason) {
            #expect(archive == url.path, sourceLocation: sourceLocation)
            #expect(reason.text(in: .en).contains(expected), "\(reason)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        ("parent", "../evil.txt"), ("nested-parent", "a/../../evil.txt"), ("absolute", "/abs.txt"),
        // The name as stored: a backslash is refused before anything reads it as a separator.
        ("backslash", "..\\evil.txt"), ("drive", "C:/evil.txt"), ("symlink", "link"),
    ])
    func rejectsEscapingZipEntries(kind: String, path: String) throws {
        let folder = try TempFolder("hostile")
        defer { folder.cleanup() }
        expectUnsafe(try hostileZip(kind, in: folder), path: path)
    }

    /// Only ZIP is read; a tar file is "not a ZIP archive", not a crash or an empty listing.
    @Test func aTarFileIsNotAZip() throws {
        let folder = try TempFolder("tar")
        defer { folder.cleanup() }
        let url = folder.file("plain.tar")
        try python("import tarfile, io, sys\nwith tarfile.open(sys.argv[1], 'w') as t:\n    i = tarfile.TarInfo('a.txt'); i.size = 5; t.addfile(i, io.BytesIO(b'hello'))", [url.path])
        #expect(throws: ArchiveError.unreadableArchive(archive: url.path, reason: "it is not a ZIP archive")) {
            try SafeArchiveReader(url: url).entries()
        }
    }

    @Test func enforcesSizeAndCountLimits() throws {
        let folder = try TempFolder("limits")
        defer { folder.cleanup() }
        let small = SafeArchiveReader.Limits(maxEntries: 100, maxEntrySize: 1000, maxTotalSize: 1000)
        expectUnsafe(try hostileZip("big", in: folder), limits: small, path: "big.bin")
        expectUnsafeArchive(try hostileZip("two", in: folder), limits: small, reason: "more than 1000 bytes in all")
        let few = SafeArchiveReader.Limits(maxEntries: 3, maxEntrySize: 1000, maxTotalSize: 1000)
        expectUnsafeArchive(try hostileZip("many", in: folder), limits: few, reason: "it has 6 entries; at most 3")
        // Within limits the same archives are fine.
        #expect(try SafeArchiveReader(url: folder.file("two.zip")).entries().map(\.size) == [11, 600, 600])
    }

    @Test func countsActualBytesNotDeclaredSizes() throws {
        let folder = try TempFolder("lying")
        defer { folder.cleanup() }
        let url = folder.file("lying.zip")
        try python(lyingScript, [url.path])
        let small = SafeArchiveReader.Limits(maxEntries: 10, maxEntrySize: 1000, maxTotalSize: 1000)
        expectUnsafe(url, limits: small, path: "bomb.bin")
    }

    @Test func readsSmallEntriesAndRefusesLargeOrMissingOnes() throws {
        let folder = try TempFolder("read")
        defer { folder.cleanup() }
        let url = try hostileZip("big", in: folder)
        let reader = SafeArchiveReader(url: url)
        #expect(try reader.read(entry: "imsmanifest.xml", maxBytes: 1024) == Data("<manifest/>".utf8))
        #expect(try reader.read(entry: "big.bin", maxBytes: 10_000).count == 10_000)
        #expect(throws: ArchiveError.entryTooLarge(path: "big.bin", maxBytes: 9_999)) {
            try reader.read(entry: "big.bin", maxBytes: 9_999)
        }
        #expect(throws: ArchiveError.entryNotFound(path: "nope.xml", archive: url.path)) {
            try reader.read(entry: "nope.xml", maxBytes: 10)
        }
        // A hostile archive is refused even when reading a harmless entry.
        let evil = try hostileZip("parent", in: folder)
        #expect(throws: ArchiveError.self) {
            try SafeArchiveReader(url: evil).read(entry: "nothing-here", maxBytes: 10)
        }
    }

    @Test func garbageIsAnUnreadableArchiveNamingTheFile() throws {
        let folder = try TempFolder("garbage")
        defer { folder.cleanup() }
        let url = try folder.write("notes.zip", "this is not a zip file at all")
        do {
            _ = try SafeArchiveReader(url: url).entries()
            Issue.record("garbage accepted")
        } catch let error as ArchiveError {
            guard case .unreadableArchive(let archive, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(archive == url.path)
            #expect(error.description.contains("notes.zip"))
        }
    }
}
