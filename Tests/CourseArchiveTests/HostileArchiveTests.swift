import CourseLocalization
import CoursecTestSupport
import Foundation
import Testing
@testable import CourseArchive

/// Archives written byte by byte (`HostileZip`), each with one thing that
/// an honest tool never writes: the reader must refuse each with the
/// entry and a precise reason, before inflating anything.
@Suite struct HostileArchiveTests {
    typealias Entry = HostileZip.Entry

    static let page = Entry.stored("index.html", "<p>hola</p>")

    func refusal(_ zip: HostileZip, limits: SafeArchiveReader.Limits = .default) -> ArchiveError? {
        refusal(zip.bytes(), limits: limits)
    }

    func refusal(_ bytes: [UInt8], limits: SafeArchiveReader.Limits = .default) -> ArchiveError? {
        do {
            _ = try SafeArchiveReader(source: MemoryByteSource(bytes), name: "actividad.zip", limits: limits).entries()
            return nil
        } catch let error as ArchiveError {
            return error
        } catch {
            Issue.record("not an ArchiveError: \(error)")
            return nil
        }
    }

    func expectEntry(_ zip: HostileZip, _ path: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .unsafeEntry(let found, let why)? = refusal(zip) else {
            Issue.record("expected a refused entry, got \(String(describing: refusal(zip)))", sourceLocation: sourceLocation)
            return
        }
        #expect(found == path, sourceLocation: sourceLocation)
        #expect(why.text(in: .en).contains(reason), "\(why)", sourceLocation: sourceLocation)
    }

    func expectArchive(_ zip: HostileZip, _ reason: String, limits: SafeArchiveReader.Limits = .default,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .unsafeArchive(let archive, let why)? = refusal(zip, limits: limits) else {
            Issue.record("expected a refused archive, got \(String(describing: refusal(zip, limits: limits)))", sourceLocation: sourceLocation)
            return
        }
        #expect(archive == "actividad.zip", sourceLocation: sourceLocation)
        #expect(why.text(in: .en).contains(reason), "\(why)", sourceLocation: sourceLocation)
    }

    @Test func theHonestBaselineIsAccepted() throws {
        let zip = HostileZip([Self.page, .folder("js"), .stored("js/app.js", "console.log(1)")])
        let entries = try SafeArchiveReader(source: MemoryByteSource(zip.bytes()), name: "a.zip").entries()
        #expect(entries == [ArchiveEntryInfo(path: "index.html", size: 11, type: .file),
                            ArchiveEntryInfo(path: "js", size: 0, type: .directory),
                            ArchiveEntryInfo(path: "js/app.js", size: 14, type: .file)])
    }

    /// Entry B's local header and data lie inside entry A's data: the
    /// overlapping-files construction of non-recursive zip bombs.
    @Test func overlappingEntriesAreRefused() {
        let inner = HostileZip([Entry.stored("b.txt", "bbbb")]).bytes()
        let innerLocal = Array(inner.prefix(30 + 5 + 4))
        var zip = HostileZip([Entry.stored("a.txt", innerLocal), Entry.stored("b.txt", "bbbb")])
        // b's central record points inside a's data, where a copy of its local header is.
        zip.offsetOverrides[1] = 30 + 5
        expectArchive(zip, "entries “a.txt” and “b.txt” overlap")
    }

    /// 2,001 central records for one 64 MiB entry: 128 GiB declared from a
    /// file of a few hundred kilobytes. Refused from the directory alone.
    @Test func oneEntryListedTwoThousandTimesIsRefusedWithoutInflating() {
        var bomb = Entry(name: "zeros.bin", payload: HostileZip.storedDeflate([UInt8](repeating: 0, count: 1024)),
                         size: 64 << 20, crc: 0)
        bomb.method = 8
        var zip = HostileZip([bomb])
        zip.aliases = (1...2_000).map { _ in HostileZip.Alias(name: "zeros.bin", target: 0) }
        let start = Date()
        #expect(refusal(zip)?.isSafetyRefusal == true, "\(String(describing: refusal(zip)))")
        // Distinct names in the directory: each record then disagrees with the one local header.
        zip.aliases = (1...2_000).map { HostileZip.Alias(name: "zeros-\($0).bin", target: 0) }
        expectEntry(zip, "zeros-1.bin", "its local header names it “zeros.bin”")
        #expect(Date().timeIntervalSince(start) < 30, "nothing was inflated")
    }

    @Test func declaredTotalsAndRatiosBeyondTheLimitsAreRefused() {
        let entries = (0..<20).map { Entry.stored("f\($0).bin", [UInt8](repeating: 7, count: 100)) }
        expectArchive(HostileZip(entries), "more than 1000 bytes in all",
                      limits: .init(maxEntries: 100, maxEntrySize: 1000, maxTotalSize: 1000))
        expectArchive(HostileZip(entries), "it has 20 entries; at most 10",
                      limits: .init(maxEntries: 10, maxEntrySize: 1000, maxTotalSize: 100_000))
        // 2 MiB of zeros deflated to about 2 KiB: a ratio near 1,000.
        let zeros = [UInt8](repeating: 0, count: 2 << 20)
        let deflated = zeros.withUnsafeBytes { try! DeflateCompressor().compress($0)! }
        var bomb = Entry(name: "zeros.bin", payload: deflated, size: UInt64(zeros.count), crc: HostileZip.crc32(zeros))
        bomb.method = 8
        expectArchive(HostileZip([bomb]), "at most 100 times is allowed")
        // 128 GiB declared in one entry.
        var huge = Entry.stored("huge.bin", [])
        huge.size = 128 << 30
        huge.payload = []
        huge.method = 8
        huge.payload = HostileZip.storedDeflate([0])
        expectEntry(HostileZip([huge]), "huge.bin", "at most 4294967296 are allowed per entry")
    }

    @Test func centralAndLocalHeadersMustAgree() {
        var name = Self.page; name.localName = Array("other.html".utf8)
        expectEntry(HostileZip([name]), "index.html", "its local header names it “other.html”")
        var size = Self.page; size.localSize = 5
        expectEntry(HostileZip([size]), "index.html", "its local header says 5 bytes")
        var crc = Self.page; crc.localCRC = 1
        expectEntry(HostileZip([crc]), "index.html", "disagree on its CRC")
        var method = Self.page; method.localMethod = 8
        expectEntry(HostileZip([method]), "index.html", "compression method")
        var flags = Self.page; flags.localFlags = 0x0800
        expectEntry(HostileZip([flags]), "index.html", "flags")
        var descriptor = Self.page; descriptor.dataDescriptor = true; descriptor.localCRC = 2
        expectEntry(HostileZip([descriptor]), "index.html", "its data descriptor and the central directory disagree")
        var offset = HostileZip([Self.page, .stored("b.txt", "b")])
        offset.offsetOverrides[1] = 3
        expectEntry(offset, "b.txt", "not a local header")
        var outside = HostileZip([Self.page])
        outside.offsetOverrides[0] = 1 << 20
        expectEntry(outside, "index.html", "outside the archive")
    }

    @Test func encryptedAndUnsupportedEntriesAreRefused() {
        var encrypted = Self.page; encrypted.flags = 1
        expectEntry(HostileZip([encrypted]), "index.html", "it is encrypted")
        var aes = Self.page; aes.method = 99
        expectEntry(HostileZip([aes]), "index.html", "it is encrypted")
        var bzip2 = Self.page; bzip2.method = 12
        expectEntry(HostileZip([bzip2]), "index.html", "method 12 (bzip2)")
        var lying = Self.page; lying.size = 99
        expectEntry(HostileZip([lying]), "index.html", "stored uncompressed, but its two sizes differ")
    }

    @Test(arguments: [
        ("link", UInt32(0o120777) << 16, "symbolic links"),
        ("fifo", UInt32(0o010644) << 16, "device files, sockets and pipes"),
        ("device", UInt32(0o020644) << 16, "device files, sockets and pipes"),
    ])
    func linksAndSpecialFilesAreRefused(name: String, attributes: UInt32, reason: String) {
        var entry = Entry.stored(name, "/etc/passwd")
        entry.externalAttributes = attributes
        expectEntry(HostileZip([Self.page, entry]), name, reason)
    }

    @Test func windowsReparsePointsAreRefused() {
        var entry = Entry.stored("link", "x")
        entry.versionMadeBy = 0x0A14 // NTFS
        entry.externalAttributes = 0x400
        expectEntry(HostileZip([entry]), "link", "reparse points")
    }

    @Test(arguments: [
        ("../evil.html", "“..” components"), ("a/../../evil.html", "“..” components"),
        ("/etc/cron.d/evil", "absolute paths"), ("C:/evil.html", "drive letters"), ("c:evil.html", "drive letters"),
        ("..\\evil.html", "backslashes"), ("a\u{1}b.html", "control characters"), ("a//b.html", "empty path components"),
        ("./a.html", "“.” components"),
    ])
    func namesThatLeaveTheFolderAreRefused(name: String, reason: String) {
        expectEntry(HostileZip([Self.page, .stored(name, "x")]), name, reason)
    }

    /// A reason is a message: the same refusal in English (its
    /// `description`) and in Spanish, the entry's name kept as it is.
    @Test func aRefusalIsWrittenInTheReadersLanguage() throws {
        let error = try #require(refusal(HostileZip([Self.page, .stored("../../.bashrc", "x")])))
        #expect(error.description == "Refusing archive entry “../../.bashrc”: “..” components are not allowed.")
        #expect(error.message.text(in: .es) == "Se rechaza la entrada “../../.bashrc” del ZIP: no se permiten partes “..”.")
        #expect(error.reason.text(in: .es) == "entrada “../../.bashrc”: no se permiten partes “..”")
        let device = try #require(refusal(HostileZip([Self.page, .stored("css/nul", "x")])))
        #expect(device.reason.text(in: .es) == "entrada “css/nul”: “nul” es un nombre de dispositivo en Windows, no un archivo")
    }

    @Test func duplicateNamesAreRefusedAlsoAfterNormalisationAndCaseFolding() {
        expectEntry(HostileZip([Self.page, Self.page]), "index.html", "two entries with this name")
        // "é" precomposed, then as "e" and a combining accent.
        expectEntry(HostileZip([Self.page, .stored("lecci\u{F3}n.html", "a"), .stored("leccio\u{301}n.html", "b")]),
                    "leccio\u{301}n.html", "differ only in upper/lower case or Unicode form")
        expectEntry(HostileZip([Self.page, .stored("Foto.PNG", "a"), .stored("foto.png", "b")]),
                    "foto.png", "differ only in upper/lower case")
        expectEntry(HostileZip([Self.page, .stored("imágenes/a.png", "a"), .stored("IMÁGENES/b.png", "b"), .stored("Imágenes", "c")]),
                    "imágenes/a.png", "its folder “imágenes” is also the file “Imágenes”")
    }

    @Test func overLongAndOverDeepNamesAreRefused() {
        let component = String(repeating: "a", count: 256)
        expectEntry(HostileZip([.stored(component, "x")]), component, "256 bytes long; at most 255")
        let long = (0..<9).map { _ in String(repeating: "b", count: 120) }.joined(separator: "/")
        expectEntry(HostileZip([.stored(long, "x")]), long, "at most 1024 are allowed")
        let deep = (0..<33).map { "d\($0)" }.joined(separator: "/")
        expectEntry(HostileZip([.stored(deep, "x")]), deep, "33 folders deep; at most 32")
        // At the limits, accepted.
        let fine = (0..<32).map { _ in "c" }.joined(separator: "/") + String(repeating: "e", count: 200)
        #expect(refusal(HostileZip([.stored(fine, "x")])) == nil)
    }

    /// The offline site is unzipped on Windows: names it cannot create are
    /// refused (Microsoft's "Naming Files, Paths, and Namespaces": the
    /// characters < > : " | ? *, the device names, with or without an
    /// extension, and a trailing dot or space).
    @Test func namesWindowsCannotCreateAreRefused() {
        for name in ["CON.txt", "css/nul", "aux.tar.gz", "Com1.js", "lpt9.html", "con .txt"] {
            expectEntry(HostileZip([Self.page, .stored(name, "x")]), name, "is a device name on Windows")
        }
        for (name, character) in [("tema:1.html", ":"), ("que?.png", "?"), ("x*.js", "*"), ("<b>.css", "<"), ("uno|dos", "|"),
                                  ("dice\"hola\".txt", "\"")] {
            expectEntry(HostileZip([Self.page, .stored(name, "x")]), name, "does not allow “\(character)”")
        }
        for name in ["tema.", "tema ", "carpeta./a.html"] {
            expectEntry(HostileZip([Self.page, .stored(name, "x")]), name, "dots and spaces at the end")
        }
        // Names that only look like them are fine.
        for name in ["console.js", "conexion.html", "com10.txt", "lpt.css", "auxiliar/nul-x.png", ".htaccess", "a.b.c", " inicio.html"] {
            #expect(refusal(HostileZip([Self.page, .stored(name, "x")])) == nil, "\(name)")
        }
    }

    @Test func aUTF8FlaggedNameThatIsNotUTF8IsRefused() {
        var entry = Entry.stored("x", "x")
        entry.name = [0x61, 0xFF, 0x62]
        entry.flags = 0x0800
        #expect(refusal(HostileZip([entry]))?.isSafetyRefusal == true)
        // Without the flag the same bytes are code page 437: "a" + "\u{A0}" + "b".
        entry.flags = 0
        let entries = try? SafeArchiveReader(source: MemoryByteSource(HostileZip([entry]).bytes()), name: "a.zip").entries()
        #expect(entries?.map(\.path) == ["a\u{A0}b"])
    }

    @Test func contentIsVerifiedWhenItIsRead() throws {
        var wrongCRC = Self.page
        wrongCRC.crc ^= 1
        wrongCRC.localCRC = wrongCRC.crc
        guard case .unreadableArchive(_, let reason)? = refusal(HostileZip([wrongCRC])) else {
            Issue.record("a CRC mismatch was accepted")
            return
        }
        #expect(reason.text(in: .en).contains("CRC-32 does not match"))
        // Deflate data that inflates past its declared size stops there.
        var long = Entry(name: "a.txt", payload: HostileZip.storedDeflate(Array(repeating: 1, count: 5000)), size: 10, crc: 0)
        long.method = 8
        expectEntry(HostileZip([long]), "a.txt", "inflates to more than the 10 bytes it declares")
    }

    @Test func dataBeforeOrAfterTheDirectoryIsRefused() {
        // `cat stub.exe a.zip`: every offset is now off by the stub's length.
        guard case .unsafeArchive(_, let reason)? = refusal(Array("MZ stub".utf8) + HostileZip([Self.page]).bytes()) else {
            Issue.record("a shifted archive was accepted")
            return
        }
        #expect(reason.text(in: .en).contains("its central directory is not where its end record says"))
        // A self-extractor whose offsets count the stub is consistent, and read as it is.
        var stub = HostileZip([Self.page])
        stub.prefix = Array("MZ self-extractor".utf8)
        #expect(refusal(stub) == nil)
        #expect(refusal(Array("PK\u{3}\u{4}".utf8) + [UInt8](repeating: 0, count: 40)).map { "\($0)" }?.contains("truncated") == true)
        #expect(refusal([]) == .unreadableArchive(archive: "actividad.zip", reason: "the file is empty"))
        // A comment holding an end record signature: Python's zipfile and unzip read it as the end record.
        var commented = HostileZip([Self.page]).bytes()
        let comment = Array("PK\u{5}\u{6}".utf8) + [UInt8](repeating: 0, count: 18)
        commented[commented.count - 2] = UInt8(comment.count)
        commented += comment
        guard case .unsafeArchive(_, let signature)? = refusal(commented) else {
            Issue.record("an end record signature in the comment was accepted")
            return
        }
        #expect(signature.text(in: .en).contains("more than one end-of-directory signature"), "\(signature)")
    }

    @Test func errorsAreArchiveErrorsNeverFoundationErrors() {
        // What used to end in "The file name is invalid" (Cocoa error 514).
        let zips = [HostileZip([Self.page, Self.page]), HostileZip([.stored(String(repeating: "x", count: 300), "a")]),
                    HostileZip([.stored((0..<40).map { "\($0)" }.joined(separator: "/"), "a")])]
        for zip in zips {
            do {
                _ = try SafeArchiveReader(source: MemoryByteSource(zip.bytes()), name: "a.zip").entries()
                Issue.record("accepted")
            } catch {
                #expect(error is ArchiveError, "\(error)")
            }
        }
    }

    @Test func aSharedBudgetRefusesTheArchiveThatWouldExceedIt() throws {
        let budget = ArchiveBudget(bytes: 25)
        let zip = HostileZip([Self.page]).bytes()
        let reader = SafeArchiveReader(source: MemoryByteSource(zip), name: "a.zip", budget: budget)
        _ = try reader.directory()
        _ = try reader.directory()
        #expect(budget.used == 22)
        #expect(throws: ArchiveError.self) { try reader.directory() }
        #expect(budget.used == 22)
    }

    /// Damage anywhere (a changed byte, a cut) ends in an `ArchiveError`
    /// or a verified read, never a trap or a hang: 3,000 seeded mutations
    /// of a small archive with a folder, a deflated entry and a descriptor.
    @Test func damagedArchivesNeverTrap() throws {
        var deflated = Entry(name: "texto.txt", payload: HostileZip.storedDeflate(Array("hola mundo".utf8)),
                             size: 10, crc: HostileZip.crc32(Array("hola mundo".utf8)))
        deflated.method = 8
        deflated.dataDescriptor = true
        let original = HostileZip([Self.page, .folder("js"), deflated]).bytes()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for round in 0..<3_000 {
            var bytes = original
            if round % 10 == 0 {
                bytes.removeLast(next() % bytes.count)
            } else {
                for _ in 0...(next() % 3) { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
            }
            do {
                let reader = SafeArchiveReader(source: MemoryByteSource(bytes), name: "a.zip")
                for entry in try reader.entries() where entry.type == .file {
                    _ = try reader.read(entry: entry.path, maxBytes: 1 << 20)
                }
            } catch {
                #expect(error is ArchiveError, "round \(round): \(error)")
            }
        }
    }
}
