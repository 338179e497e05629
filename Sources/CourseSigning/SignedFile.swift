import CourseDigest
import Foundation

/// The files signing reads (artifacts, key files), through the digest
/// module's chunked reader, with read failures reported as `SigningError`.
/// Signing sees every artifact, archive or not, only as a file of bytes.
enum SignedFile {
    static func forEachChunk(of url: URL, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        do {
            try FileChunkReader.forEachChunk(of: url, body)
        } catch let error as FileChunkReader.Unreadable {
            throw SigningError.fileUnreadable(path: error.path, reason: error.reason)
        }
    }

    /// Whole-file read, only for legacy (non-prehashed) signatures, which
    /// sign the raw message and so cannot be checked in a streaming way, and
    /// for key files.
    static func readAll(_ url: URL) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(of: url) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
