import CCompression
import Foundation

/// Raw DEFLATE (the ZIP method 8 payload) and the ZIP CRC-32.
///
/// Entries held in memory go through libdeflate: on the pages, scripts and
/// styles of a course it is 2.7 times as fast as zlib at the same level and
/// its output is a little smaller. libdeflate only compresses whole buffers,
/// so an entry too large to hold is streamed through zlib instead.
/// Either way the bytes depend on the library version, as with any deflate:
/// the level is pinned (`ZipCompressionPolicy.deflateLevel`), never "default".
final class DeflateCompressor {
    private var compressor: OpaquePointer?
    let level: Int32

    init(level: Int = ZipCompressionPolicy.deflateLevel) {
        self.level = Int32(level)
    }

    deinit {
        if let compressor { libdeflate_free_compressor(compressor) }
    }

    /// The deflated bytes, or nil when they would not be smaller than the
    /// input (the entry is then stored).
    func compress(_ input: UnsafeRawBufferPointer) throws -> [UInt8]? {
        guard input.count > 0 else { return nil }
        if compressor == nil {
            compressor = libdeflate_alloc_compressor(level)
            guard compressor != nil else { throw DeflateError.outOfMemory }
        }
        // Room for one byte less than the input: a result that does not fit
        // is no gain, and libdeflate reports it by returning 0.
        let capacity = input.count - 1
        guard capacity > 0 else { return nil }
        // Uninitialized: zeroing a buffer the size of the input cost as much
        // as a tenth of the deflate.
        var produced = 0
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            produced = libdeflate_deflate_compress(compressor, input.baseAddress, input.count, out.baseAddress, capacity)
            count = produced
        }
        guard produced > 0 else { return nil }
        return output
    }

    /// CRC-32 (IEEE, as ZIP uses it) of `bytes`, continuing from `crc`.
    static func crc32(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard bytes.count > 0 else { return crc }
        return libdeflate_crc32(crc, bytes.baseAddress, bytes.count)
    }
}

enum DeflateError: Error {
    case outOfMemory
    case zlib(Int32)
}

/// zlib's streaming raw deflate, for entries larger than what is read into
/// memory at once. Same level as `DeflateCompressor`.
final class DeflateStream {
    private var stream = z_stream()
    private var output = [UInt8](repeating: 0, count: 256 * 1024)

    init(level: Int = ZipCompressionPolicy.deflateLevel) throws {
        // -15: a raw stream (no zlib header), as ZIP stores it.
        let status = deflateInit2_(&stream, Int32(level), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw DeflateError.zlib(status) }
    }

    deinit {
        deflateEnd(&stream)
    }

    /// Compresses `input` (the last piece when `finish`), handing each
    /// piece of output to `emit`.
    func compress(_ input: UnsafeRawBufferPointer, finish: Bool,
                  emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(input.count)
        let capacity = output.count
        while true {
            let (status, produced) = output.withUnsafeMutableBytes { out -> (Int32, Int) in
                stream.next_out = out.baseAddress!.assumingMemoryBound(to: UInt8.self)
                stream.avail_out = UInt32(capacity)
                let status = deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                return (status, capacity - Int(stream.avail_out))
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw DeflateError.zlib(status)
            }
            if produced > 0 { try output.withUnsafeBytes { try emit(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) } }
            if finish ? status == Z_STREAM_END : stream.avail_in == 0 && produced < capacity { break }
        }
    }
}
