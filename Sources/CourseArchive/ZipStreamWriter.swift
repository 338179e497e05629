import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a ZIP whose entries are added in their final order: each entry
/// is encoded into the file as it is added, so none waits in memory, and
/// an archive can be written a part at a time (the courses ZIP of a build
/// that renders its courses in batches).
///
/// The order is `DeterministicZipWriter`'s: the UTF-8 bytes of the stored
/// names, a folder (`name/`) before what it holds. A name out of that order
/// is refused; a folder a file needs that was not added is added before
/// it, as the sorting writer would. Given the same entries, both writers
/// write the same bytes (`DeterministicZipWriter.finish` writes through
/// this one).
///
/// The archive is written into a temporary file beside `destination`,
/// renamed over it by `finish()`; `abandon()` (or a failed `finish()`)
/// removes it. Not thread-safe.
public final class ZipStreamWriter {
    public let destination: URL
    private let flushesToDisk: Bool
    private let temporary: URL
    private var fd: Int32
    private let sink: FileZipSink
    private var encoder: ZipEncoder<FileZipSink>
    /// Bytes of the last name written, to hold the order.
    private var last: [UInt8]?
    /// Folders written, so one a file implies is written once.
    private var folders = Set<String>()
    /// Files written, so that one is never also made a folder.
    private var files = Set<String>()
    private var done = false

    /// Creates the temporary file. `timestamp` is used as given (see
    /// `DeterministicZipWriter.clamped`).
    public init(destination: URL, timestamp: Date, flushesToDisk: Bool, cache: ZipEntryCache?) throws {
        self.destination = destination
        self.flushesToDisk = flushesToDisk
        let directory = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ArchiveError.writeFailed(destination: destination.path,
                                           reason: "cannot create folder: \(error.localizedDescription)")
        }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(suffix)")
        fd = open(temporary.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ArchiveError.writeFailed(destination: destination.path,
                                           reason: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        sink = FileZipSink(fd: fd, name: destination.path)
        encoder = ZipEncoder(sink: sink, timestamp: Int64(timestamp.timeIntervalSince1970), cache: cache,
                             archiveName: destination.path)
    }

    deinit { abandon() }

    /// Adds a folder (`path`, with or without its final `/`).
    public func addDirectory(_ path: String) throws {
        try write(ArchivePath.normalized(path, allowTrailingSlash: true), content: .directory)
    }

    /// Adds in-memory content.
    public func addData(_ data: Data, as path: String) throws {
        try write(ArchivePath.normalized(path), content: .data(data))
    }

    /// Adds a file, read from `sourceURL` now.
    public func addFile(at sourceURL: URL, as path: String) throws {
        try write(ArchivePath.normalized(path), content: .file(sourceURL))
    }

    enum Content {
        case file(URL)
        case data(Data)
        case directory
    }

    /// Writes one entry under its normalized name (without the folder's
    /// final `/`), after the folders it implies.
    func write(_ name: String, content: Content) throws {
        guard !done else { throw ArchiveError.alreadyFinished(destination: destination.path) }
        // Usually the folder holding the entry is written already, and so
        // are all above it.
        if let folder = ArchivePath.parent(of: name), !folders.contains(folder) {
            for parent in ArchivePath.parents(of: name) where !folders.contains(parent) {
                if files.contains(parent) { throw ArchiveError.duplicatePath(parent) } // a file used as a folder
                try encode(parent, content: .directory)
            }
        }
        if case .directory = content, folders.contains(name) { return }
        try encode(name, content: content)
    }

    private func encode(_ name: String, content: Content) throws {
        let stored: String
        if case .directory = content { stored = name + "/" } else { stored = name }
        let key = Array(stored.utf8)
        if let last, !ArchivePath.byteOrder(last, key) {
            if last == key { throw ArchiveError.duplicatePath(name) }
            throw ArchiveError.invalidPath(path: name, reason: "added after “\(String(decoding: last, as: UTF8.self))”, out of order")
        }
        switch content {
        case .directory:
            try encoder.addDirectory(stored)
            folders.insert(name)
        case .data(let data):
            try encoder.addData(data, name: stored, compress: !ZipCompressionPolicy.shouldStore(path: stored, size: Int64(data.count)))
            files.insert(name)
        case .file(let url):
            try encoder.addFile(at: url, name: stored, compress: !ZipCompressionPolicy.shouldStore(path: stored, size: 1))
            files.insert(name)
        }
        last = key
    }

    /// Writes the central directory and puts the archive in place.
    @discardableResult
    public func finish() throws -> ArchiveSummary {
        guard !done else { throw ArchiveError.alreadyFinished(destination: destination.path) }
        do {
            let entries = try encoder.finish()
            try sink.flush()
            // A stable file mode too, independent of the umask.
            _ = fchmod(fd, 0o644)
            if flushesToDisk { try posix(fsync(fd), "flush to disk") }
            let size = Int64(lseek(fd, 0, SEEK_END))
            let closing = fd
            fd = -1
            try posix(close(closing), "close")
            try posix(rename(temporary.path, destination.path), "move into place")
            done = true
            if flushesToDisk { syncDirectory(destination.deletingLastPathComponent()) }
            return ArchiveSummary(url: destination, byteSize: size, entryCount: entries)
        } catch {
            abandon()
            throw error
        }
    }

    /// Removes the temporary file, when the archive is not wanted after all.
    public func abandon() {
        guard !done else { return }
        done = true
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(temporary.path)
    }

    private func posix(_ status: Int32, _ action: String) throws {
        guard status == 0 else {
            throw ArchiveError.writeFailed(destination: destination.path,
                                           reason: "cannot \(action): \(String(cString: strerror(errno)))")
        }
    }

    /// Makes the rename itself durable; failure here is not worth an error
    /// because the archive is already complete and in place.
    private func syncDirectory(_ directory: URL) {
        let folder = open(directory.path, O_RDONLY | O_CLOEXEC)
        guard folder >= 0 else { return }
        _ = fsync(folder)
        close(folder)
    }
}
