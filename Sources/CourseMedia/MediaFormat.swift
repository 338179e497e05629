import CourseLocalization

/// What a file's bytes say it is, whatever its name says.
public enum MediaFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp, svg, heif
    case pdf
    /// ISO base media (MP4, M4V, MOV, 3GP, 3G2): an `ftyp` box, or a
    /// QuickTime file that starts with another top-level atom.
    case isoMedia
    /// Matroska or WebM (EBML).
    case matroska
    case avi, asf, flv
    /// MPEG-1/2 program stream (MPEG, MPG, VOB) or elementary video.
    case mpegProgram
    /// MPEG transport stream (TS, M2TS).
    case mpegTransport
    /// Raw DV (DIF).
    case dv
    /// MPEG audio (MP3): an ID3 tag or a frame header.
    case mpegAudio
    case ogg, wav, flac
    case webvtt
    /// ZIP, and the formats built on it (DOCX, PPTX, XLSX, EPUB).
    case zip
    /// OLE compound file: Office 97–2003 documents (DOC, PPT, XLS).
    case oleCompound
    case gzip
    case executable
    case html, xml
    /// Text without markup (CSV, TXT, JSON…).
    case text

    /// How a message names it: "this .pdf file is \(label)" ("un
    /// documento PDF" in Spanish).
    public var label: Message {
        switch self {
        case .png: "a PNG image"
        case .jpeg: "a JPEG image"
        case .gif: "a GIF image"
        case .webp: "a WebP image"
        case .svg: "an SVG image"
        case .heif: "a HEIF/AVIF image"
        case .pdf: "a PDF document"
        case .isoMedia: "an MP4/QuickTime video"
        case .matroska: "a Matroska/WebM video"
        case .avi: "an AVI video"
        case .asf: "a Windows Media (ASF/WMV) file"
        case .flv: "a Flash video"
        case .mpegProgram: "an MPEG video"
        case .mpegTransport: "an MPEG transport stream"
        case .dv: "a DV video"
        case .mpegAudio: "an MP3 (MPEG audio) file"
        case .ogg: "an Ogg audio file"
        case .wav: "a WAV audio file"
        case .flac: "a FLAC audio file"
        case .webvtt: "a WebVTT subtitle file"
        case .zip: "a ZIP archive (or a DOCX, PPTX, XLSX or EPUB document)"
        case .oleCompound: "an Office 97–2003 document"
        case .gzip: "a gzip archive"
        case .executable: "a program"
        case .html: "HTML"
        case .xml: "an XML document"
        case .text: "plain text"
        }
    }

    /// The label in English, for logs.
    public var description: String { label.description }

    /// The formats a file named with `fileExtension` (lowercased, no
    /// dot) may contain; nil for an extension this module does not know.
    public static func accepted(forExtension fileExtension: String) -> Set<MediaFormat>? {
        switch fileExtension {
        case "png": [.png]
        case "jpg", "jpeg": [.jpeg]
        case "gif": [.gif]
        case "webp": [.webp]
        case "svg": [.svg]
        case "pdf": [.pdf]
        case "mp4", "m4v", "mov", "3gp", "3g2", "3gp2": [.isoMedia]
        case "mkv", "webm": [.matroska]
        case "avi": [.avi]
        case "wmv", "asf": [.asf]
        case "flv": [.flv]
        case "mpeg", "mpg", "vob": [.mpegProgram]
        case "ts": [.mpegTransport]
        case "dv": [.dv]
        case "mp3": [.mpegAudio]
        case "ogg", "opus": [.ogg]
        case "vtt": [.webvtt]
        case "zip", "docx", "pptx", "xlsx", "epub": [.zip]
        case "ppt", "xls", "doc": [.oleCompound]
        // Spreadsheets save CSV with any of these; all are text.
        case "csv", "txt": [.text, .html, .xml]
        default: nil
        }
    }
}
