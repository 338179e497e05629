import Foundation

/// SHA-256 checksums of files and bytes, as lowercase hex: release
/// manifests, media names, spill files. Files are hashed in 64 KiB chunks
/// so large archives do not need to fit in memory.
public enum FileDigest {
    /// Lowercase hex SHA-256 of the file at `url`, computed in a streaming way.
    public static func sha256Hex(fileAt url: URL) throws -> String {
        hex(try SHA256Stream.digest { update in
            try FileChunkReader.forEachChunk(of: url, update)
        })
    }

    /// Lowercase hex SHA-256 of in-memory bytes.
    public static func sha256Hex(data: Data) -> String {
        hex(SHA256Stream.digest { update in
            data.withUnsafeBytes { update($0) }
        })
    }

    /// Lowercase hex of any bytes.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
