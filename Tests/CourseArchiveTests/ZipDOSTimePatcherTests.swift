import Foundation
import Testing
@testable import CourseArchive
#if canImport(Glibc)
import Glibc
#endif

/// Python's zipfile with its Zip64 thresholds lowered writes, for a tiny
/// archive, exactly what a >65 535-entry or >4 GiB archive has: saturated
/// EOCD fields, a Zip64 end record and locator, and local-header offsets
/// moved into Zip64 extra fields. Building that for real takes far too long
/// for a unit test.
private let zip64Script = #"""
import sys, zipfile
zipfile.ZIP_FILECOUNT_LIMIT = 1
zipfile.ZIP64_LIMIT = 1
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_STORED) as z:
    for name in ["a.txt", "b/c.txt", "d.txt"]:
        info = zipfile.ZipInfo(name, date_time=(2001, 2, 3, 4, 5, 6))
        z.writestr(info, "hello " + name)
"""#

@Suite struct ZipDOSTimePatcherTests {
    /// DOS fields: date = (year-1980)<<9 | month<<5 | day; time = hour<<11 | minute<<5 | second/2.
    static func dos(_ y: UInt32, _ mo: UInt32, _ d: UInt32, _ h: UInt32, _ mi: UInt32, _ s: UInt32) -> UInt32 {
        let date: UInt32 = (y - 1980) << 9 | mo << 5 | d
        let time: UInt32 = h << 11 | mi << 5 | s / 2
        return date << 16 | time
    }

    @Test func encodesUTCAndClamps() {
        #expect(ZipDOSTimePatcher.dosDateTime(unixSeconds: 315_532_800) == 0x0021_0000)
        #expect(ZipDOSTimePatcher.dosDateTime(unixSeconds: 1_700_000_000) == Self.dos(2023, 11, 14, 22, 13, 20))
        #expect(ZipDOSTimePatcher.dosDateTime(unixSeconds: 0) == 0x0021_0000) // before DOS: clamped
        #expect(ZipDOSTimePatcher.dosDateTime(unixSeconds: 4_294_967_295) == Self.dos(2106, 2, 7, 6, 28, 15))
    }

    @Test func followsZip64RecordsAndOffsets() throws {
        let folder = try TempFolder("zip64")
        defer { folder.cleanup() }
        let url = folder.file("z64.zip")
        try python(zip64Script, [url.path])
        let original = try Data(contentsOf: url)
        #expect(original.range(of: Data([0x50, 0x4B, 0x06, 0x06])) != nil) // Zip64 end record
        #expect(original.range(of: Data([0x50, 0x4B, 0x06, 0x07])) != nil) // Zip64 locator

        let stamp = ZipDOSTimePatcher.dosDateTime(unixSeconds: 1_700_000_000)
        let fd = open(url.path, O_RDWR)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(try ZipDOSTimePatcher.patch(fd: fd, dosDateTime: stamp) == 3)

        let patched = try Data(contentsOf: url)
        #expect(patched.count == original.count)
        var locals = 0, centrals = 0
        var search = patched.startIndex..<patched.endIndex
        while let hit = patched.range(of: Data([0x50, 0x4B]), in: search) {
            let at = hit.lowerBound
            search = hit.upperBound..<patched.endIndex
            guard at + 16 <= patched.count else { break }
            switch le32(patched, at) {
            case 0x0403_4B50: locals += 1; #expect(le32(patched, at + 10) == stamp)
            case 0x0201_4B50: centrals += 1; #expect(le32(patched, at + 12) == stamp)
            default: break
            }
        }
        #expect(locals == 3 && centrals == 3)
        let test = try runTool("unzip", ["-tq", url.path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
    }

    @Test func refusesSomethingThatIsNotAZip() throws {
        let folder = try TempFolder("notzip")
        defer { folder.cleanup() }
        let url = try folder.write("x.zip", String(repeating: "not a zip ", count: 10))
        let fd = open(url.path, O_RDWR)
        defer { close(fd) }
        #expect(throws: ZipDOSTimePatcher.PatchError.self) { try ZipDOSTimePatcher.patch(fd: fd, dosDateTime: 0) }
    }
}
