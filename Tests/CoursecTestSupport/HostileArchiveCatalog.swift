import Foundation

/// The hostile packages every layer is tested with: the reader, the check
/// (`coursec check`), and the build. Each is a ZIP for an HTML lesson (or
/// a SCORM one for the manifest attacks), the rule it must be refused
/// with, and a fragment of the reason.
public enum HostileArchiveCatalog {
    public struct Case: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var scorm: Bool
        public var rule: String
        public var reason: String
    }

    static let page = HostileZip.Entry.stored("index.html", "<!DOCTYPE html><title>Actividad</title>")

    public static let cases: [Case] = {
        typealias Entry = HostileZip.Entry
        var cases: [Case] = []
        func add(_ name: String, _ zip: HostileZip, scorm: Bool = false, rule: String = "CS0706", _ reason: String) {
            cases.append(Case(name: name, bytes: zip.bytes(), scorm: scorm, rule: rule, reason: reason))
        }
        let inner = HostileZip([Entry.stored("b.txt", "bbbb")]).bytes()
        var overlap = HostileZip([page, Entry.stored("a.txt", Array(inner.prefix(39))), Entry.stored("b.txt", "bbbb")])
        overlap.offsetOverrides[2] = UInt64(30 + 10 + page.payload.count) + 30 + 5
        add("overlapping entries", overlap, "overlap")

        var bomb = Entry(name: "zeros.bin", payload: HostileZip.storedDeflate([0]), size: 64 << 20, crc: 0)
        bomb.method = 8
        var listed = HostileZip([page, bomb])
        listed.aliases = (1...2_000).map { HostileZip.Alias(name: "zeros-\($0).bin", target: 1) }
        add("one entry listed 2,001 times", listed, "its local header names it “zeros.bin”")

        var huge = Entry(name: "huge.bin", payload: HostileZip.storedDeflate([0]), size: 128 << 30, crc: 0)
        huge.method = 8
        add("128 GiB declared", HostileZip([page, huge]), "at most 4294967296 are allowed per entry")

        var mismatch = page
        mismatch.localName = Array("otro.html".utf8)
        add("central and local names differ", HostileZip([mismatch]), "its local header names it “otro.html”")

        var sizes = page
        sizes.localSize = 3
        add("central and local sizes differ", HostileZip([sizes]), "its local header says 3 bytes")

        add("duplicate names", HostileZip([page, page]), "two entries with this name")
        add("names equal after NFC", HostileZip([page, .stored("lecci\u{F3}n.html", "a"), .stored("leccio\u{301}n.html", "b")]),
            "differ only in upper/lower case or Unicode form")
        add("names equal ignoring case", HostileZip([page, .stored("Foto.png", "a"), .stored("foto.PNG", "b")]),
            "differ only in upper/lower case")
        add("over-long name", HostileZip([page, .stored(String(repeating: "n", count: 300) + ".html", "x")]),
            "305 bytes long; at most 255")
        add("very deep path", HostileZip([page, .stored((0..<40).map { "d\($0)" }.joined(separator: "/"), "x")]),
            "40 folders deep; at most 32")

        var encrypted = Entry.stored("secreto.html", "x")
        encrypted.flags = 1
        add("encrypted entry", HostileZip([page, encrypted]), "it is encrypted")

        var link = Entry.stored("enlace", "/etc/passwd")
        link.externalAttributes = 0o120777 << 16
        add("symbolic link entry", HostileZip([page, link]), "symbolic links are not allowed")

        add("zip slip", HostileZip([page, .stored("../../.bashrc", "echo hola")]), "“..” components are not allowed")
        add("absolute path", HostileZip([page, .stored("/etc/cron.d/x", "x")]), "absolute paths are not allowed")

        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE manifest [<!ENTITY secreto SYSTEM "file:///etc/passwd">]>
            <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">
              <organizations default="o"><organization identifier="o"><title>&secreto;</title></organization></organizations>
              <resources/>
            </manifest>
            """
        add("XXE manifest", HostileZip([.stored("imsmanifest.xml", xxe), page]), scorm: true, rule: "CS0704", "declares entities")
        return cases
    }()
}
