import CourseLocalization
import CCompression

/// Reads one entry's content, inflating deflated data with zlib, and
/// checks it against the directory as it goes: an entry that inflates to
/// more bytes than declared is stopped at the first byte too many (the
/// declared size is what the limits were checked against), and one whose
/// size or CRC-32 differs at the end is refused.
struct ZipEntryInflater {
    let source: any ByteSource
    let archive: String

    /// Compressed bytes read at a time.
    static let chunkSize = 64 * 1024

    /// Hands the content to `body` in pieces.
    func read(_ record: ZipDirectory.Record, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = record.info.path
        let declared = UInt64(record.info.size)
        var produced: UInt64 = 0
        var crc: UInt32 = 0
        func accept(_ piece: UnsafeRawBufferPointer) throws {
            produced += UInt64(piece.count)
            guard produced <= declared else {
                throw ArchiveError.unsafeEntry(path: path, reason: "it inflates to more than the \(declared) bytes it declares")
            }
            crc = DeflateCompressor.crc32(piece, continuing: crc)
            try body(piece)
        }
        if record.method == 0 {
            var offset: UInt64 = 0
            while offset < record.compressedSize {
                let count = Int(min(UInt64(Self.chunkSize), record.compressedSize - offset))
                let chunk = try source.bytes(at: record.dataOffset + offset, count: count)
                guard chunk.count == count else { throw damaged(path, "the file ends inside it") }
                try chunk.withUnsafeBytes { try accept($0) }
                offset += UInt64(count)
            }
        } else {
            try inflate(record, path: path, accept)
        }
        guard produced == declared else {
            throw ArchiveError.unsafeEntry(path: path, reason: "it declares \(declared) bytes but contains \(produced)")
        }
        guard crc == record.crc else { throw damaged(path, "its CRC-32 does not match its content (the archive is damaged)") }
    }

    private func inflate(_ record: ZipDirectory.Record, path: String,
                         _ accept: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = z_stream()
        // -15: raw deflate, as ZIP stores it.
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw damaged(path, "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Self.chunkSize)
        var offset: UInt64 = 0
        var ended = false
        while !ended {
            let count = Int(min(UInt64(Self.chunkSize), record.compressedSize - offset))
            let chunk = try source.bytes(at: record.dataOffset + offset, count: count)
            guard chunk.count == count else { throw damaged(path, "the file ends inside it") }
            offset += UInt64(count)
            let last = offset == record.compressedSize
            try chunk.withUnsafeBytes { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
                stream.avail_in = UInt32(input.count)
                repeat {
                    let (status, produced) = output.withUnsafeMutableBytes { out -> (Int32, Int) in
                        stream.next_out = out.baseAddress!.assumingMemoryBound(to: UInt8.self)
                        stream.avail_out = UInt32(out.count)
                        let status = CCompression.inflate(&stream, Z_NO_FLUSH)
                        return (status, out.count - Int(stream.avail_out))
                    }
                    if produced > 0 {
                        try output.withUnsafeBytes { try accept(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) }
                    }
                    switch status {
                    case Z_STREAM_END:
                        ended = true
                    case Z_OK:
                        break
                    case Z_BUF_ERROR where stream.avail_in == 0:
                        break
                    default:
                        throw damaged(path, "its deflated data is corrupt")
                    }
                } while !ended && (stream.avail_in > 0 || stream.avail_out == 0)
            }
            if ended {
                guard last, stream.avail_in == 0 else { throw damaged(path, "its deflated data ends before its compressed size") }
            } else if last {
                throw damaged(path, "its deflated data is cut short")
            }
        }
    }

    private func damaged(_ path: String, _ reason: Message) -> ArchiveError {
        .unreadableArchive(archive: archive, reason: "entry “\(path)”: \(reason)")
    }
}
