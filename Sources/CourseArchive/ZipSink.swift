import CourseLocalization
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `ZipEncoder` puts an archive's bytes: memory for small archives
/// (a lesson ZIP that lives only until it is copied into `courses.zip`), a
/// file descriptor for the rest, so memory never grows with the content.
public protocol ZipSink {
    /// Bytes written so far: the offset of the next byte.
    var offset: UInt64 { get }
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws
    /// Overwrites bytes already written (a local header, once the CRC and
    /// the sizes of its streamed data are known).
    mutating func patch(at offset: UInt64, with bytes: [UInt8]) throws
}

extension ZipSink {
    mutating func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    mutating func append(_ data: Data) throws {
        try data.withUnsafeBytes { try append($0) }
    }
}

/// An archive built in memory.
public struct MemoryZipSink: ZipSink {
    public private(set) var data = Data()

    public init() {}

    public var offset: UInt64 { UInt64(data.count) }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        data.append(contentsOf: bytes)
    }

    public mutating func patch(at offset: UInt64, with bytes: [UInt8]) {
        let start = Int(offset)
        data.replaceSubrange(start..<(start + bytes.count), with: bytes)
    }
}

/// An archive written to an open file descriptor (owned by the caller)
/// through a 1 MiB buffer: a thousand small entries make a few dozen
/// `write` calls, and a video passes through in buffer-sized pieces.
public final class FileZipSink: ZipSink {
    private let fd: Int32
    private let name: String
    private var buffer: [UInt8] = []
    private var written: UInt64 = 0
    static let capacity = 1 << 20

    /// `name` is the file's path, for error messages.
    public init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
        buffer.reserveCapacity(Self.capacity)
    }

    public var offset: UInt64 { written + UInt64(buffer.count) }

    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try writeAll(bytes, at: nil)
            written += UInt64(bytes.count)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func patch(at position: UInt64, with bytes: [UInt8]) throws {
        if position >= written {
            // Still in the buffer.
            let start = Int(position - written)
            buffer.replaceSubrange(start..<(start + bytes.count), with: bytes)
            return
        }
        try flush()
        try bytes.withUnsafeBytes { try writeAll($0, at: position) }
    }

    /// Writes what is buffered. `ZipEncoder.finish()` calls it.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0, at: nil) }
        written += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// `write` (or `pwrite` at `position`) until everything is out.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, at position: UInt64?) throws {
        var done = 0
        while done < bytes.count {
            let result = position.map { pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t($0) + off_t(done)) }
                ?? write(fd, bytes.baseAddress! + done, bytes.count - done)
            if result < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.writeFailed(destination: name, reason: Message(verbatim: String(cString: strerror(errno))))
            }
            done += result
        }
    }
}
