import Foundation
import Testing
@testable import CourseArchive

/// Good archives from other writers (Python's zipfile in its modes,
/// bsdtar) must read the same through the safe reader as through
/// independent readers: Python's zipfile, Info-ZIP's `unzip` and bsdtar.
@Suite struct ReaderInteropTests {
    /// Writes a ZIP in one of several ways (argv: kind, path, source folder for bsdtar).
    static let writer = #"""
    import sys, zipfile, io, os
    kind, path = sys.argv[1], sys.argv[2]
    files = [("index.html", b"<p>hola</p>" * 50), ("imágenes/", b""), ("imágenes/niño.svg", b"<svg/>"),
             ("js/app.js", b"console.log('x');\n" * 200), ("vacío.txt", b"")]
    class Unseekable(io.RawIOBase):
        def __init__(self, f): self.f = f
        def writable(self): return True
        def write(self, b): return self.f.write(b)
    if kind == "bsdtar":
        pass
    else:
        target = open(path, "wb")
        stream = Unseekable(target) if kind == "descriptors" else target
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as z:
            if kind == "comment": z.comment = "Hecho con Python: sin firmas".encode()
            for name, data in files:
                if name.endswith("/"): z.writestr(name, b"")
                elif kind == "zip64":
                    with z.open(name, "w", force_zip64=True) as f: f.write(data)
                elif kind == "stored":
                    z.writestr(zipfile.ZipInfo(name), data)
                else: z.writestr(name, data)
        target.close()
    """#

    /// Python's view: name, size, folder, one per line.
    static let lister = #"""
    import sys, zipfile
    for i in zipfile.ZipFile(sys.argv[1]).infolist():
        print("%s\t%d\t%s" % (i.filename.rstrip("/"), i.file_size, "d" if i.is_dir() else "f"))
    """#

    @Test(arguments: ["deflated", "stored", "zip64", "descriptors", "comment", "bsdtar", "coursec"])
    func readsLikeIndependentReaders(kind: String) throws {
        let folder = try TempFolder("interop")
        defer { folder.cleanup() }
        let url = folder.file("\(kind).zip")
        switch kind {
        case "bsdtar":
            let source = folder.file("src")
            try FileManager.default.createDirectory(at: source.appendingPathComponent("imágenes"), withIntermediateDirectories: true)
            try Data("<p>hola</p>".utf8).write(to: source.appendingPathComponent("index.html"))
            try Data("<svg/>".utf8).write(to: source.appendingPathComponent("imágenes/niño.svg"))
            let result = try runTool("bsdtar", ["--format", "zip", "-cf", url.path, "-C", source.path, "index.html", "imágenes"])
            #expect(result.status == 0, "\(result.stderr)")
        case "coursec":
            let writer = DeterministicZipWriter(destination: url)
            try writer.addData(Data("<p>hola</p>".utf8), as: "index.html")
            try writer.addData(Data(repeating: 65, count: 100_000), as: "imágenes/niño.svg")
            try writer.finish()
        default:
            try python(Self.writer, [kind, url.path])
        }
        let ours = try SafeArchiveReader(url: url).entries()
        let python = try runTool(pythonExecutable, ["-c", Self.lister, url.path])
        #expect(python.status == 0, "\(python.stderr)")
        let expected = python.stdout.split(separator: "\n").map { String($0) }
        #expect(ours.map { "\($0.path)\t\($0.size)\t\($0.type == .directory ? "d" : "f")" } == expected)
        // unzip and bsdtar list the same names (folders with their "/").
        let unzip = try runTool("unzip", ["-Z1", url.path])
        let bsdtar = try runTool("bsdtar", ["-tf", url.path])
        let names = ours.map { $0.type == .directory ? $0.path + "/" : $0.path }
        #expect(unzip.stdout.split(separator: "\n").map(String.init) == names, "\(unzip.stdout)")
        #expect(bsdtar.stdout.split(separator: "\n").map(String.init) == names, "\(bsdtar.stdout)")
        // Every file's content as Python reads it.
        let reader = SafeArchiveReader(url: url)
        for entry in ours where entry.type == .file {
            let content = try reader.read(entry: entry.path, maxBytes: 1 << 20)
            let viaPython = try runTool(pythonExecutable, ["-c", "import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).hex())", url.path, entry.path])
            let hex = content.map { String(format: "%02x", $0) }.joined()
            #expect(viaPython.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == hex, Comment(rawValue: entry.path))
        }
    }
}
