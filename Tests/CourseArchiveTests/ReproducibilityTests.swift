import Foundation
import Testing
@testable import CourseArchive
#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` with the process time zone switched. TZ is process-global,
/// so this suite is serialized and restores it immediately; nothing else in
/// this module depends on local time (that is the point of these tests).
func withTimeZone<T>(_ zone: String, _ body: () throws -> T) rethrows -> T {
    let previous = getenv("TZ").map { String(cString: $0) }
    setenv("TZ", zone, 1)
    tzset()
    defer {
        if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
        tzset()
    }
    return try body()
}

/// Local hour of `seconds` under the current TZ (to prove a switch took effect).
func localHour(_ seconds: Int) -> Int32 {
    var t = time_t(seconds)
    var parts = tm()
    localtime_r(&t, &parts)
    return parts.tm_hour
}

@Suite(.serialized) struct ReproducibilityTests {
    static let sources: [(path: String, text: String)] = [
        ("index.html", String(repeating: "<h1>Bienvenidos</h1>\n", count: 50)),
        ("Lección 1 — Números/notas.md", "# Números\n\nUno, dos, tres. 🎉\n"),
        ("media/intro.mp4", "fake video bytes"),
        ("css/site.css", "body { margin: 0 }\n"),
        ("a/b/c/deep.txt", "deep"),
    ]

    /// Builds the same logical archive from a fresh checkout whose files
    /// differ in creation order, permissions and mtimes.
    func build(permissions: Int, modified: Date, reversed: Bool, zone: String,
               timestamp: Date = DeterministicZipWriter.reproducibleTimestamp(environment: [:])) throws -> Data {
        let folder = try TempFolder("repro")
        defer { folder.cleanup() }
        let order = reversed ? Array(Self.sources.reversed()) : Self.sources
        for source in order {
            try folder.write("checkout/" + source.path, source.text, permissions: permissions, modified: modified)
        }
        let zip = folder.file("out/course.zip")
        let writer = DeterministicZipWriter(destination: zip, timestamp: timestamp)
        for source in order {
            try writer.addFile(at: folder.file("checkout/" + source.path), as: source.path)
        }
        try withTimeZone(zone) { _ = try writer.finish() }
        return try Data(contentsOf: zip)
    }

    @Test func sameInputsGiveIdenticalBytesAcrossMachinesStates() throws {
        let first = try build(permissions: 0o600, modified: Date(timeIntervalSince1970: 1_000_000_000),
                              reversed: false, zone: "UTC0")
        let second = try build(permissions: 0o755, modified: Date(timeIntervalSince1970: 1_600_000_000),
                               reversed: true, zone: "NPT-5:45")
        #expect(first == second)
        #expect(first.count > 200)
    }

    @Test func timeZoneReallyChangesLocalTimeButNotTheArchive() throws {
        // Guard against a vacuous pass: the zone switch must be visible to
        // localtime(3), which is what libarchive uses for DOS fields.
        let utcHour = withTimeZone("UTC0") { localHour(315_532_800) }
        let kathmanduHour = withTimeZone("NPT-5:45") { localHour(315_532_800) }
        #expect(utcHour == 0 && kathmanduHour == 5)

        let stamp = DeterministicZipWriter.reproducibleTimestamp(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        let west = try build(permissions: 0o644, modified: Date(), reversed: false, zone: "COT5", timestamp: stamp)
        let east = try build(permissions: 0o644, modified: Date(), reversed: false, zone: "JST-9", timestamp: stamp)
        #expect(west == east)
    }

    @Test func sourceDateEpochIsUsedAndChangesTheBytes() throws {
        let epoch = DeterministicZipWriter.reproducibleTimestamp(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(epoch == Date(timeIntervalSince1970: 1_700_000_000))
        let withEpoch = try build(permissions: 0o644, modified: Date(), reversed: false, zone: "UTC0", timestamp: epoch)
        let withoutEpoch = try build(permissions: 0o644, modified: Date(), reversed: false, zone: "UTC0")
        #expect(withEpoch != withoutEpoch)

        // First local header: DOS time/date at 10, name at 30, then the 'UT' field.
        // 1700000000 = 2023-11-14 22:13:20 UTC.
        let dosDate: UInt32 = (2023 - 1980) << 9 | 11 << 5 | 14
        let dosTime: UInt32 = 22 << 11 | 13 << 5 | 10
        #expect(le32(withEpoch, 10) == dosDate << 16 | dosTime)
        let nameLength = Int(withEpoch[26]) | Int(withEpoch[27]) << 8
        #expect(withEpoch[30 + nameLength] == UInt8(ascii: "U") && withEpoch[31 + nameLength] == UInt8(ascii: "T"))
        #expect(le32(withEpoch, 30 + nameLength + 5) == 1_700_000_000)
    }

    @Test func dosEpochIsTheDefaultWhenSourceDateEpochIsUnset() throws {
        #expect(DeterministicZipWriter.reproducibleTimestamp(environment: [:]) == DeterministicZipWriter.dosEpoch)
        let bytes = try build(permissions: 0o644, modified: Date(), reversed: false, zone: "EST5EDT")
        #expect(le32(bytes, 10) == 0x0021_0000) // 1980-01-01 00:00:00 in DOS encoding
        let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
        #expect(le32(bytes, 30 + nameLength + 5) == 315_532_800)
        if ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil {
            #expect(DeterministicZipWriter(destination: URL(fileURLWithPath: "/tmp/x.zip")).timestamp
                    == DeterministicZipWriter.dosEpoch)
        }
    }

    @Test(arguments: [
        ("1700000000", 1_700_000_000.0), (" 42\n", 315_532_800.0), ("abc", 315_532_800.0),
        ("", 315_532_800.0), ("1.5", 315_532_800.0), (" 1600000000 ", 1_600_000_000.0),
    ])
    func sourceDateEpochParsing(raw: String, expected: Double) {
        let date = DeterministicZipWriter.reproducibleTimestamp(environment: ["SOURCE_DATE_EPOCH": raw])
        // The writer clamps what the format cannot hold (42 → 1980).
        let writer = DeterministicZipWriter(destination: URL(fileURLWithPath: "/tmp/x.zip"), timestamp: date)
        #expect(writer.timestamp.timeIntervalSince1970 == expected)
    }
}
