import CourseArchive
import Foundation

/// A ZIP file in a rule example, given as its entries: rule examples are
/// text (`coursec explain` prints them), and the ZIP is written from them
/// when the example is laid over the example repository. The bytes are
/// deterministic (`ZipEncoder`, a fixed time), and names are written as
/// given, unchecked, so an example can show a hostile entry such as
/// `../fuera.html`.
public struct ExampleArchive: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var content: String
    }

    public var entries: [Entry]

    public init(_ entries: [(String, String)]) {
        self.entries = entries.map { Entry(name: $0.0, content: $0.1) }
    }

    /// The ZIP's bytes.
    public var bytes: [UInt8] {
        var encoder = ZipEncoder(sink: MemoryZipSink(), timestamp: 1_609_459_200, archiveName: "example")
        do {
            for entry in entries {
                if entry.name.hasSuffix("/") {
                    try encoder.addDirectory(entry.name)
                } else {
                    try encoder.addData(Data(entry.content.utf8), name: entry.name, compress: true)
                }
            }
            try encoder.finish()
        } catch {
            // Writing to memory cannot fail; an empty file would still be an example.
            return []
        }
        return Array(encoder.sink.data)
    }

    /// The entries as `coursec explain` prints them.
    public var listing: String {
        entries.map { entry in
            entry.content.isEmpty ? entry.name
                : entry.name + ": " + entry.content.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: " ")
        }.joined(separator: "\n")
    }
}
