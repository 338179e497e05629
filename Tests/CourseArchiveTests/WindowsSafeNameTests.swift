import Foundation
import Testing
@testable import CourseArchive

@Suite struct WindowsSafeNameTests {
    @Test(arguments: [
        ("Lección 1: Números", "Lección 1_ Números"),
        ("¿Qué? *todo* \"ya\"", "¿Qué_ _todo_ _ya_"),
        ("a<b>c|d", "a_b_c_d"),
        ("back\\slash/forward", "back_slash_forward"),
        ("tab\there\u{0}nul\u{7F}del\u{85}nel", "tab_here_nul_del_nel"),
    ])
    func forbiddenCharactersBecomeUnderscores(input: String, expected: String) {
        #expect(WindowsSafeName.sanitizeComponent(input) == expected)
    }

    @Test(arguments: [
        ("Tema 1.", "Tema 1"),
        ("Tema 1 . . ", "Tema 1"),
        ("   leading", "leading"),
        ("...", "_"),
        (".hidden", ".hidden"),
        ("   ", "_"),
        ("", "_"),
    ])
    func trailingDotsAndSpacesAndEmptyInput(input: String, expected: String) {
        #expect(WindowsSafeName.sanitizeComponent(input) == expected)
    }

    @Test(arguments: [
        ("CON", "CON_"), ("con", "con_"), ("con.txt", "con_.txt"), ("Aux.tar.gz", "Aux_.tar.gz"),
        ("nul", "nul_"), ("PRN.html", "PRN_.html"), ("COM1", "COM1_"), ("lpt9.log", "lpt9_.log"),
        ("COM¹", "COM¹_"), ("CONIN$", "CONIN$_"), ("conout$.log", "conout$_.log"), ("Con \u{00A0}.txt", "Con \u{00A0}_.txt"),
        ("CONSOLE", "CONSOLE"), ("COM10", "COM10"), ("LPT0", "LPT0"), ("icon.png", "icon.png"),
    ])
    func reservedDeviceNamesGetASuffix(input: String, expected: String) {
        #expect(WindowsSafeName.sanitizeComponent(input) == expected)
    }

    @Test func truncationNeverSplitsACharacter() {
        // "ñ" is 2 bytes: 5 of them are 10 bytes; a limit of 9 must keep 4.
        #expect(WindowsSafeName.sanitizeComponent("ñññññ", maxUTF8Bytes: 9) == "ññññ")
        // A flag emoji is one Character of 8 bytes (two regional indicators).
        #expect(WindowsSafeName.sanitizeComponent("ab🇪🇸", maxUTF8Bytes: 9) == "ab")
        // Decomposed input is composed first, so "é" counts as 2 bytes, not 3.
        #expect(WindowsSafeName.sanitizeComponent("e\u{301}e\u{301}", maxUTF8Bytes: 4) == "\u{E9}\u{E9}")
        #expect(WindowsSafeName.sanitizeComponent("🎉", maxUTF8Bytes: 3) == "_")
        let long = String(repeating: "á", count: 100) + ".mp4" // 204 bytes
        let short = WindowsSafeName.sanitizeComponent(long)
        #expect(short.utf8.count <= 120)
        #expect(short.hasSuffix(".mp4"))
        #expect(short == String(repeating: "á", count: 58) + ".mp4")
    }

    @Test func truncationDoesNotLeaveTrailingSpaceOrReservedName() {
        #expect(WindowsSafeName.sanitizeComponent("abc def", maxUTF8Bytes: 4) == "abc")
        #expect(WindowsSafeName.sanitizeComponent("CONSOLE", maxUTF8Bytes: 3) == "CO_")
        #expect(WindowsSafeName.sanitizeComponent("con.txt", maxUTF8Bytes: 6) == "co_.tx")
    }

    @Test func outputIsNFCAndSanitizingIsIdempotent() {
        let inputs = ["Leccio\u{301}n 1: ¿Qué?", "con.txt", "Tema 1. ", String(repeating: "ü", count: 90) + ".html", "", "a|b"]
        for input in inputs {
            let once = WindowsSafeName.sanitizeComponent(input)
            #expect(Array(once.utf8) == Array(once.precomposedStringWithCanonicalMapping.utf8))
            #expect(WindowsSafeName.sanitizeComponent(once) == once)
            #expect(WindowsSafeName.isSafeComponent(once))
        }
    }

    @Test func isSafeComponentChecksBytes() {
        #expect(WindowsSafeName.isSafeComponent("Lección 1 — Números.zip"))
        #expect(!WindowsSafeName.isSafeComponent("Leccio\u{301}n")) // NFD
        #expect(!WindowsSafeName.isSafeComponent("a:b"))
        #expect(!WindowsSafeName.isSafeComponent("nul"))
        #expect(!WindowsSafeName.isSafeComponent("x."))
        #expect(!WindowsSafeName.isSafeComponent(""))
        #expect(!WindowsSafeName.isSafeComponent(String(repeating: "a", count: 121)))
    }
}

@Suite struct CanonicalNameTests {
    /// Scalars, not Strings: Swift compares strings by canonical equivalence.
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func namesAreNFCWhicheverWayTheyWereTyped() {
        let precomposed = "01 Matemáticas 1/03 Año ñandú.zip"
        #expect(scalars(CanonicalName.nfc(precomposed)) == scalars(precomposed))
        #expect(scalars(CanonicalName.nfc("Matema\u{301}ticas")) == scalars("Matem\u{E1}ticas"))
        #expect(scalars(CanonicalName.nfc("n\u{303}")) == [0xF1])
        #expect(scalars(CanonicalName.nfc("\u{212B}")) == [0xC5], "the Ångström sign becomes Å")
        #expect(scalars(CanonicalName.nfc("\u{1E9B}\u{323}")) == scalars("\u{1E9B}\u{323}".precomposedStringWithCanonicalMapping))
    }
}
