import Foundation
import Testing
@testable import CourseMedia

/// The sniffer against real files and against libmagic (`file(1)`), an
/// independent implementation of the same idea.
@Suite struct MediaSnifferTests {
    /// libmagic's MIME types, as the formats they mean.
    static let libmagicFormats: [String: MediaFormat] = [
        "image/png": .png, "image/jpeg": .jpeg, "image/gif": .gif, "image/webp": .webp, "application/pdf": .pdf,
        "video/mp4": .isoMedia, "video/quicktime": .isoMedia, "video/3gpp": .isoMedia,
        "video/x-matroska": .matroska, "video/webm": .matroska, "audio/mpeg": .mpegAudio, "audio/ogg": .ogg,
        "video/x-msvideo": .avi, "video/x-ms-asf": .asf, "video/x-flv": .flv, "video/mpeg": .mpegProgram,
        "video/MP2T": .mpegTransport, "audio/x-wav": .wav, "application/gzip": .gzip, "application/zip": .zip,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": .zip,
        "text/plain": .text, "text/html": .html, "text/xml": .xml, "text/csv": .text,
    ]

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coursec-media-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func identify(_ url: URL) throws -> MediaFormat? {
        MediaSniffer.identify(Array(try Data(contentsOf: url).prefix(MediaSniffer.prefixLength)))
    }

    @Test func specifiedHeadersAreIdentifiedAsLibmagicIdentifiesThem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (ext, bytes) in MediaSamples.specified {
            let url = folder.appendingPathComponent("sample.\(ext)")
            try Data(bytes).write(to: url)
            let ours = try identify(url)
            let accepted = try #require(MediaFormat.accepted(forExtension: ext))
            #expect(ours.map(accepted.contains) == true, "\(ext): \(String(describing: ours))")
            let magic = try MediaSamples.libmagic(url)
            if ext != "vtt" { // libmagic calls WebVTT text/plain
                #expect(Self.libmagicFormats[magic] == ours, "\(ext): libmagic says \(magic), we say \(String(describing: ours))")
            }
        }
    }

    @Test func filesMadeByPythonAreIdentified() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected: [String: MediaFormat] = ["wav": .wav, "png": .png, "gz": .gzip, "docx": .zip, "txt": .text,
                                               "html": .html, "xml": .xml]
        for (ext, url) in try MediaSamples.python(into: folder) {
            let ours = try identify(url)
            #expect(ours == expected[ext], "\(ext)")
            #expect(Self.libmagicFormats[try MediaSamples.libmagic(url)] == ours, "\(ext): libmagic disagrees")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
    func imagesAndAPDFMadeByChromiumAreIdentified() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try MediaSamples.chromium(into: folder)
        #expect(samples.count == 4)
        for (ext, url) in samples {
            let ours = try identify(url)
            #expect(ours.map { MediaFormat.accepted(forExtension: ext)?.contains($0) == true } == true, "\(ext): \(String(describing: ours))")
            #expect(Self.libmagicFormats[try MediaSamples.libmagic(url)] == ours, "\(ext): libmagic disagrees")
        }
    }

    @Test func markupIsToldApartFromText() {
        func id(_ text: String) -> MediaFormat? { MediaSniffer.identify(Array(text.utf8)) }
        #expect(id("<!DOCTYPE html>\n<html>") == .html)
        #expect(id("  <html lang=es>") == .html)
        #expect(id("<P>hola</P>") == .html)
        #expect(id("<?xml version=\"1.0\"?>\n<!-- dibujo -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == .svg)
        #expect(id("<?xml version=\"1.0\"?><datos/>") == .xml)
        #expect(id("<!-- Inkscape -->\n<svg/>") == .svg)
        #expect(id("\u{FEFF}WEBVTT\n") == .webvtt)
        #expect(id("WEBVTTX") == .text)
        #expect(id("x,y\n1,2\n") == .text)
        #expect(id("%PDF-1.7\n") == .pdf)
        #expect(MediaSniffer.identify([0, 0, 0, 0, 0, 0, 0, 0]) == nil, "zeros are no format")
        #expect(MediaSniffer.identify([]) == nil)
        // AAC's ADTS header has MP3's sync bits but layer 0.
        #expect(MediaSniffer.identify([0xFF, 0xF1, 0x50, 0x80, 0, 0x1F, 0xFC]) == nil)
    }
}
