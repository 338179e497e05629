import Foundation

/// Where `StoredZipWriter` puts bytes: memory for small lesson ZIPs, a file
/// (through a buffer) for lessons with large media, so memory stays flat.
protocol ZipSink {
    var offset: UInt64 { get }
    mutating func append(_ bytes: [UInt8])
    mutating func append(_ data: Data)
    mutating func append(_ bytes: UnsafeRawBufferPointer)
    /// Overwrites already written bytes (local headers, once CRC and size are known).
    mutating func patch(at offset: UInt64, with bytes: [UInt8]) throws
}

struct MemorySink: ZipSink {
    var data = Data()
    var offset: UInt64 { UInt64(data.count) }
    mutating func append(_ bytes: [UInt8]) { data.append(contentsOf: bytes) }
    mutating func append(_ more: Data) { data.append(more) }
    mutating func append(_ bytes: UnsafeRawBufferPointer) { data.append(contentsOf: bytes) }
    mutating func patch(at offset: UInt64, with bytes: [UInt8]) throws {
        let start = Int(offset)
        data.replaceSubrange(start..<(start + bytes.count), with: bytes)
    }
}

struct FileSink: ZipSink {
    let handle: FileHandle
    private var buffer = Data()
    private(set) var offset: UInt64 = 0
    private var error: Error?

    init(handle: FileHandle) { self.handle = handle }

    mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes); offset += UInt64(bytes.count); spill() }
    mutating func append(_ data: Data) { buffer.append(data); offset += UInt64(data.count); spill() }
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes); offset += UInt64(bytes.count); spill()
    }

    mutating func patch(at position: UInt64, with bytes: [UInt8]) throws {
        try flush()
        try handle.seek(toOffset: position)
        try handle.write(contentsOf: bytes)
        try handle.seekToEnd()
    }

    mutating func flush() throws {
        if let error { throw error }
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func spill() {
        guard buffer.count >= 1 << 20 else { return }
        do { try flush() } catch { self.error = error }
    }
}
