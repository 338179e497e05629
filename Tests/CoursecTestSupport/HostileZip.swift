import Foundation

/// Writes ZIP files byte by byte from APPNOTE.TXT, with every field under
/// the test's control, so tests can make the archives no ordinary tool
/// would: central and local headers that disagree, entries that share
/// bytes, encrypted flags, links, names that collide or climb out of the
/// folder. Independent of coursec's own ZIP code (its own CRC-32 too), so
/// a test of the reader is not a test of the writer against itself.
public struct HostileZip: Sendable {
    public struct Entry: Sendable {
        public var name: [UInt8]
        /// The bytes written after the local header (already compressed
        /// when `method` is 8).
        public var payload: [UInt8]
        public var size: UInt64
        public var crc: UInt32
        public var method: UInt16 = 0
        public var flags: UInt16 = 0
        /// Unix (3) by default, so `externalAttributes` carry a mode.
        public var versionMadeBy: UInt16 = 0x0314
        public var externalAttributes: UInt32 = 0o100644 << 16
        /// What the local header says, when it should disagree.
        public var localName: [UInt8]?
        public var localSize: UInt64?
        public var localCRC: UInt32?
        public var localMethod: UInt16?
        public var localFlags: UInt16?
        /// Sizes and CRC after the data (flag bit 3), zeros in the local header.
        public var dataDescriptor = false

        public init(name: String, payload: [UInt8], size: UInt64, crc: UInt32) {
            self.name = Array(name.utf8)
            self.payload = payload
            self.size = size
            self.crc = crc
        }

        /// An entry stored as it is.
        public static func stored(_ name: String, _ bytes: [UInt8]) -> Entry {
            Entry(name: name, payload: bytes, size: UInt64(bytes.count), crc: HostileZip.crc32(bytes))
        }

        public static func stored(_ name: String, _ text: String) -> Entry { stored(name, Array(text.utf8)) }

        /// A folder entry ("name/").
        public static func folder(_ name: String) -> Entry {
            var entry = stored(name.hasSuffix("/") ? name : name + "/", [])
            entry.externalAttributes = 0o040755 << 16 | 0x10
            return entry
        }
    }

    /// A central directory record that points at the local header of
    /// `entries[target]`, with its fields and the given name: several of
    /// them make the "one entry listed many times" bomb.
    public struct Alias: Sendable {
        public var name: [UInt8]
        public var target: Int
        public init(name: String, target: Int) {
            self.name = Array(name.utf8)
            self.target = target
        }
    }

    public var entries: [Entry]
    public var aliases: [Alias] = []
    /// Bytes before the first entry (a self-extractor's stub).
    public var prefix: [UInt8] = []
    /// Where central records point instead of the real local header
    /// offset, by entry index.
    public var offsetOverrides: [Int: UInt64] = [:]

    public init(_ entries: [Entry]) { self.entries = entries }

    public func bytes() -> [UInt8] {
        var out = prefix
        var offsets: [UInt64] = []
        for entry in entries {
            offsets.append(UInt64(out.count))
            let descriptor = entry.dataDescriptor
            let flags = entry.localFlags ?? (entry.flags | (descriptor ? 8 : 0))
            out.le32(0x0403_4B50)
            out.le16(20)
            out.le16(flags)
            out.le16(entry.localMethod ?? entry.method)
            out.le16(0); out.le16(0x21)
            out.le32(descriptor ? 0 : (entry.localCRC ?? entry.crc))
            let localSize = entry.localSize ?? entry.size
            // Zip64 (APPNOTE.TXT 4.5.3): both sizes in the local extra field.
            let zip64 = localSize >= 0xFFFF_FFFF
            out.le32(descriptor ? 0 : zip64 ? 0xFFFF_FFFF : UInt32(entry.payload.count))
            out.le32(descriptor ? 0 : zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: localSize))
            let name = entry.localName ?? entry.name
            out.le16(UInt16(name.count)); out.le16(zip64 ? 20 : 0)
            out += name
            if zip64 {
                out.le16(1); out.le16(16)
                out.le32(UInt32(truncatingIfNeeded: localSize)); out.le32(UInt32(localSize >> 32))
                out.le32(UInt32(entry.payload.count)); out.le32(0)
            }
            out += entry.payload
            if descriptor {
                out.le32(0x0807_4B50)
                out.le32(entry.localCRC ?? entry.crc)
                out.le32(UInt32(entry.payload.count))
                out.le32(UInt32(truncatingIfNeeded: entry.localSize ?? entry.size))
            }
        }
        let directoryOffset = out.count
        var records: [(Entry, UInt64)] = entries.enumerated().map { ($1, offsetOverrides[$0] ?? offsets[$0]) }
        for alias in aliases {
            var entry = entries[alias.target]
            entry.name = alias.name
            records.append((entry, offsets[alias.target]))
        }
        for (entry, offset) in records {
            out.le32(0x0201_4B50)
            out.le16(entry.versionMadeBy); out.le16(20)
            out.le16(entry.flags | (entry.dataDescriptor ? 8 : 0))
            out.le16(entry.method)
            out.le16(0); out.le16(0x21)
            out.le32(entry.crc)
            let zip64 = entry.size >= 0xFFFF_FFFF
            out.le32(UInt32(entry.payload.count))
            out.le32(zip64 ? 0xFFFF_FFFF : UInt32(entry.size))
            out.le16(UInt16(entry.name.count)); out.le16(zip64 ? 12 : 0); out.le16(0)
            out.le16(0); out.le16(0)
            out.le32(entry.externalAttributes)
            out.le32(UInt32(offset))
            out += entry.name
            if zip64 {
                out.le16(1); out.le16(8)
                out.le32(UInt32(truncatingIfNeeded: entry.size)); out.le32(UInt32(entry.size >> 32))
            }
        }
        let directorySize = out.count - directoryOffset
        out.le32(0x0605_4B50)
        out.le16(0); out.le16(0)
        out.le16(UInt16(records.count)); out.le16(UInt16(records.count))
        out.le32(UInt32(directorySize)); out.le32(UInt32(directoryOffset))
        out.le16(0)
        return out
    }

    /// CRC-32 (ISO-HDLC, as ZIP uses it), bit by bit from the polynomial.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// A raw DEFLATE stream of stored blocks (RFC 1951 §3.2.4): valid
    /// method-8 data without a compressor.
    public static func storedDeflate(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var rest = bytes[...]
        repeat {
            let block = rest.prefix(0xFFFF)
            rest = rest.dropFirst(block.count)
            out.append(rest.isEmpty ? 1 : 0)
            out.le16(UInt16(block.count)); out.le16(~UInt16(block.count))
            out += block
        } while !rest.isEmpty
        return out
    }
}

extension [UInt8] {
    fileprivate mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    fileprivate mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
}
