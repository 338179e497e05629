import CoursecTestSupport
import Foundation

/// Files to sniff. Where a real tool can make one here (Chromium, Python's
/// standard library) it does; the rest are the smallest headers their
/// specifications allow, and `file(1)` (libmagic, an independent sniffer)
/// must agree on each.
enum MediaSamples {
    /// Container headers from their specifications, by extension.
    static let specified: [(ext: String, bytes: [UInt8])] = [
        // ISO/IEC 14496-12 `ftyp` boxes: MP4, QuickTime, 3GPP.
        ("mp4", box("ftyp", ascii("isom") + [0, 0, 2, 0] + ascii("isomiso2avc1mp41")) + box("free", [])),
        ("mov", box("ftyp", ascii("qt  ") + [0, 0, 0, 0] + ascii("qt  ")) + box("wide", [])),
        ("3gp", box("ftyp", ascii("3gp4") + [0, 0, 2, 0] + ascii("isom3gp4")) + box("free", [])),
        // EBML header (RFC 8794) with the Matroska and WebM doc types.
        ("mkv", ebml("matroska")),
        ("webm", ebml("webm")),
        // ID3v2.3 tag, then an MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz).
        ("mp3", ascii("ID3") + [3, 0, 0, 0, 0, 0, 0] + mp3Frames(3)),
        // RFC 3533 page with a Vorbis identification header.
        ("ogg", ascii("OggS") + [0, 2] + [UInt8](repeating: 0, count: 8) + [1, 0, 0, 0] + [0, 0, 0, 0]
            + [0, 0, 0, 0] + [1, 30] + [1] + ascii("vorbis") + [0, 0, 0, 0, 1, 0x44, 0xAC, 0, 0]
            + [UInt8](repeating: 0, count: 12) + [0xB8, 1]),
        // RIFF AVI (an `hdrl` list).
        ("avi", ascii("RIFF") + le32(4 + 12 + 8) + ascii("AVI ") + ascii("LIST") + le32(4 + 8) + ascii("hdrl")
            + ascii("avih") + le32(0)),
        // ASF header object GUID.
        ("wmv", [0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE, 0x6C]
            + le32(30) + [UInt8](repeating: 0, count: 14)),
        ("flv", ascii("FLV") + [1, 5, 0, 0, 0, 9, 0, 0, 0, 0]),
        // MPEG-2 program stream pack header.
        ("mpg", [0, 0, 1, 0xBA, 0x44, 0, 4, 0, 4, 1, 1, 0x89, 0xC3, 0xF8] + [0, 0, 1, 0xBB, 0, 12] + [UInt8](repeating: 0xFF, count: 12)),
        // Three 188-byte transport stream packets.
        ("ts", (0..<3).flatMap { _ in [0x47, 0x40, 0x00, 0x10] + [UInt8](repeating: 0xFF, count: 184) }),
        ("gif", ascii("GIF89a") + [1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B]),
        ("vtt", ascii("WEBVTT\n\n00:00.000 --> 00:01.000\nHola, ¿qué tal?\n")),
    ]

    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func le32(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24 & 0xFF)] }

    static func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let size = 8 + body.count
        return [UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)] + ascii(type) + body
    }

    static func ebml(_ docType: String) -> [UInt8] {
        var body: [UInt8] = [0x42, 0x86, 0x81, 1, 0x42, 0xF7, 0x81, 1, 0x42, 0xF2, 0x81, 4, 0x42, 0xF3, 0x81, 8]
        body += [0x42, 0x82, UInt8(0x80 | docType.utf8.count)] + ascii(docType)
        body += [0x42, 0x87, 0x81, 4, 0x42, 0x85, 0x81, 2]
        return [0x1A, 0x45, 0xDF, 0xA3, UInt8(0x80 | body.count)] + body + [0x18, 0x53, 0x80, 0x67, 0x01, 0, 0, 0, 0, 0, 0, 0]
    }

    /// MPEG-1 Layer III frames of 417 bytes.
    static func mp3Frames(_ count: Int) -> [UInt8] {
        (0..<count).flatMap { _ in [0xFF, 0xFB, 0x90, 0x64] + [UInt8](repeating: 0, count: 413) }
    }

    /// Real files from Python's standard library: a WAV (`wave`), a PNG
    /// (`zlib`), a gzip file, a ZIP, and text, HTML and XML.
    static func python(into folder: URL) throws -> [(ext: String, url: URL)] {
        let script = #"""
        import sys, os, wave, zlib, struct, gzip, zipfile
        d = sys.argv[1]
        with wave.open(os.path.join(d, "a.wav"), "wb") as w:
            w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000); w.writeframes(b"\0\0" * 800)
        def chunk(t, b): return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b))
        raw = b"".join(b"\0" + b"\xcc\x33\x33" * 4 for _ in range(4))
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
        open(os.path.join(d, "a.png"), "wb").write(png)
        with gzip.open(os.path.join(d, "a.gz"), "wb") as g: g.write(b"hola")
        with zipfile.ZipFile(os.path.join(d, "a.docx"), "w") as z: z.writestr("word/document.xml", "<w/>")
        open(os.path.join(d, "a.txt"), "w", encoding="utf-8").write("Año,Valor\n2021,3\n")
        open(os.path.join(d, "a.html"), "w").write("<!DOCTYPE html>\n<html><body><p>Guía</p></body></html>\n")
        open(os.path.join(d, "a.xml"), "w").write('<?xml version="1.0"?>\n<datos><x>1</x></datos>\n')
        """#
        let result = try run("python3", ["-c", script, folder.path])
        guard result.status == 0 else { throw SampleError.tool(result.stderr) }
        return ["wav", "png", "gz", "docx", "txt", "html", "xml"].map { ($0, folder.appendingPathComponent("a.\($0)")) }
    }

    /// PNG, JPEG and WebP from a canvas, and a PDF printed, by Chromium.
    static func chromium(into folder: URL) throws -> [(ext: String, url: URL)] {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            return []
        }
        let page = folder.appendingPathComponent("page.html")
        try Data("""
            <html><body><canvas id=c width=8 height=8></canvas><script>
            var c = document.getElementById('c'); var g = c.getContext('2d'); g.fillStyle = '#c33'; g.fillRect(0, 0, 8, 8);
            document.body.insertAdjacentHTML('beforeend', '<pre id=out>' + ['image/png', 'image/jpeg', 'image/webp']
              .map(function (t) { return c.toDataURL(t); }).join(' ') + '</pre>');
            </script></body></html>
            """.utf8).write(to: page)
        let common = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                      "--user-data-dir=" + folder.appendingPathComponent("profile").path]
        let dom = try run(chromium, common + ["--dump-dom", page.absoluteString])
        var samples: [(String, URL)] = []
        for (ext, mime) in [("png", "image/png"), ("jpg", "image/jpeg"), ("webp", "image/webp")] {
            let marker = "data:\(mime);base64,"
            guard let start = dom.stdout.range(of: marker) else { throw SampleError.tool("no \(mime) in \(dom.stdout.prefix(300))") }
            let encoded = dom.stdout[start.upperBound...].prefix { $0 != " " && $0 != "<" }
            let url = folder.appendingPathComponent("canvas.\(ext)")
            try Data(base64Encoded: String(encoded))!.write(to: url)
            samples.append((ext, url))
        }
        let pdf = folder.appendingPathComponent("page.pdf")
        _ = try run(chromium, common + ["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, page.absoluteString])
        samples.append(("pdf", pdf))
        return samples
    }

    enum SampleError: Error { case tool(String) }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// libmagic's MIME type for a file (`file --mime-type -b`).
    static func libmagic(_ url: URL) throws -> String {
        try run("file", ["--mime-type", "-b", url.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
