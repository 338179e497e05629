import CourseDigest
import CourseRendering
import Foundation

/// Rendered pages kept on disk between builds (`coursec build --cache
/// DIR`): one file per page under `DIR/pages/`, named by the page's key.
/// A file is written once, to a temporary name then renamed into place, so
/// a reader never sees half of one (two builds may share the folder); it
/// ends with the SHA-256 of what precedes it, and a file that is not
/// exactly what was written (truncated, altered) is ignored: the page is
/// rendered again. The folder is trusted like the sources: whoever can
/// write there can change what builds contain.
public final class PageCacheFolder: @unchecked Sendable {
    public let url: URL
    private let pages: URL
    private let lock = NSLock()
    private var used = Set<Fingerprint>()
    private var createdFolders = Set<String>()

    static let magic = Array("coursec page cache 1\n".utf8)

    public init(url: URL) {
        self.url = url.standardizedFileURL
        pages = self.url.appendingPathComponent("pages", isDirectory: true)
    }

    /// No page kept yet.
    public var isEmpty: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? []).isEmpty
    }

    func file(_ key: Fingerprint) -> URL {
        let hex = key.hex
        return pages.appendingPathComponent(String(hex.prefix(2)), isDirectory: true).appendingPathComponent(hex)
    }

    /// The page kept for `key`, nil when there is none or it is damaged.
    func read(_ key: Fingerprint) -> (page: RenderedPage, media: [(path: String, sha256: String)])? {
        guard let data = FileManager.default.contents(atPath: file(key).path) else { return nil }
        return Self.decode(Array(data))
    }

    /// Remembers that this build used `key` (see `prune`).
    func markUsed(_ key: Fingerprint) {
        lock.withLock { _ = used.insert(key) }
    }

    func write(_ key: Fingerprint, page: RenderedPage, media: [(path: String, sha256: String)]) {
        markUsed(key)
        let target = file(key)
        let folder = target.deletingLastPathComponent()
        if lock.withLock({ !createdFolders.contains(folder.path) }) {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            lock.withLock { _ = createdFolders.insert(folder.path) }
        }
        let temporary = folder.appendingPathComponent(".tmp-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(Self.encode(page, media: media))) else { return }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// After a build: removes the pages it did not use when they outnumber
    /// those it used (pages of edited lessons, of renamed courses…), so the
    /// folder stays about the size of one build's pages.
    public func prune() {
        let keep = lock.withLock { Set(used.map(\.hex)) }
        guard let shards = try? FileManager.default.contentsOfDirectory(atPath: pages.path) else { return }
        var stale: [URL] = []
        var total = 0
        for shard in shards {
            let folder = pages.appendingPathComponent(shard)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                total += 1
                if !keep.contains(name) { stale.append(folder.appendingPathComponent(name)) }
            }
        }
        guard stale.count > keep.count else { return }
        for file in stale { try? FileManager.default.removeItem(at: file) }
    }

    // MARK: - Format

    static func encode(_ page: RenderedPage, media: [(path: String, sha256: String)]) -> [UInt8] {
        var bytes = magic
        func add(_ text: String) {
            let utf8 = Array(text.utf8)
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: utf8)
        }
        add(page.html)
        bytes.append((page.usesMath ? 1 : 0) | (page.isQuiz ? 2 : 0) | (page.sourcePath == nil ? 0 : 4))
        add(page.sourcePath ?? "")
        add(String(page.media.count))
        for path in page.media { add(path) }
        add(String(media.count))
        for medium in media {
            add(medium.path)
            add(medium.sha256)
        }
        bytes.append(contentsOf: SHA256Stream.digest { update in bytes.withUnsafeBytes { update($0) } })
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> (page: RenderedPage, media: [(path: String, sha256: String)])? {
        guard bytes.count >= magic.count + 32, bytes.starts(with: magic) else { return nil }
        let body = bytes[..<(bytes.count - 32)]
        let digest = SHA256Stream.digest { update in body.withUnsafeBytes { update($0) } }
        guard digest.elementsEqual(bytes[(bytes.count - 32)...]) else { return nil }
        var offset = magic.count
        func text() -> String? {
            guard offset + 4 <= body.count else { return nil }
            let length = body[offset..<(offset + 4)].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
            offset += 4
            guard length <= body.count - offset else { return nil }
            defer { offset += length }
            return String(validating: body[offset..<(offset + length)], as: UTF8.self)
        }
        func count() -> Int? { text().flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } }
        guard let html = text(), offset < body.count else { return nil }
        let flags = body[offset]
        offset += 1
        guard let source = text(), let mediaCount = count() else { return nil }
        var pageMedia: [String] = []
        for _ in 0..<mediaCount {
            guard let path = text() else { return nil }
            pageMedia.append(path)
        }
        guard let digestCount = count() else { return nil }
        var media: [(path: String, sha256: String)] = []
        for _ in 0..<digestCount {
            guard let path = text(), let sha = text() else { return nil }
            media.append((path, sha))
        }
        guard offset == body.count else { return nil }
        let page = RenderedPage(html: html, usesMath: flags & 1 != 0, media: pageMedia, isQuiz: flags & 2 != 0,
                                sourcePath: flags & 4 != 0 ? source : nil)
        return (page, media)
    }
}
