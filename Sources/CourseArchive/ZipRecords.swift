#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte layout of ZIP records (APPNOTE.TXT 6.3.10), every field chosen
/// here so that it depends on the entry alone: DOS time in UTC, one 'UT'
/// extra field with the modification time only, Unix mode bits, the UTF-8
/// flag exactly when a name is not ASCII, no data descriptors, and Zip64
/// fields only where a size or offset needs them.
enum ZipRecords {
    enum Method: UInt16 {
        case stored = 0
        case deflated = 8
    }

    /// One entry as the central directory describes it.
    struct Entry {
        var name: [UInt8]
        var method: Method
        var crc: UInt32
        var compressedSize: UInt64
        var size: UInt64
        var offset: UInt64
        var isDirectory: Bool
        /// Whether the local header carries a Zip64 field (decided before
        /// the data is written, from the size alone).
        var localZip64: Bool
    }

    static let saturated32: UInt64 = 0xFFFF_FFFF
    /// Entries at least this large get Zip64 local fields: deflate may
    /// expand incompressible data a little past the input size.
    static let zip64Threshold: UInt64 = 0xF000_0000

    static func localHeader(_ entry: Entry, dosTime: UInt32, mtime: UInt32) -> [UInt8] {
        var h: [UInt8] = []
        h.reserveCapacity(30 + entry.name.count + 29)
        h.le32(0x0403_4B50)
        h.le16(entry.localZip64 ? 45 : 20)
        h.le16(flags(entry.name))
        h.le16(entry.method.rawValue)
        h.le32(dosTime)
        h.le32(entry.crc)
        h.le32(entry.localZip64 ? UInt32(saturated32) : UInt32(entry.compressedSize))
        h.le32(entry.localZip64 ? UInt32(saturated32) : UInt32(entry.size))
        h.le16(UInt16(entry.name.count))
        h.le16(entry.localZip64 ? 9 + 20 : 9)
        h += entry.name
        h += timeField(mtime)
        if entry.localZip64 {
            // In a local header both sizes are required (APPNOTE 4.5.3).
            h.le16(0x0001); h.le16(16)
            h.le64(entry.size); h.le64(entry.compressedSize)
        }
        return h
    }

    static func centralHeader(_ entry: Entry, dosTime: UInt32, mtime: UInt32) -> [UInt8] {
        // Only the fields that do not fit go to the Zip64 field, in this order.
        var zip64: [UInt8] = []
        if entry.size >= saturated32 { zip64.le64(entry.size) }
        if entry.compressedSize >= saturated32 { zip64.le64(entry.compressedSize) }
        if entry.offset >= saturated32 { zip64.le64(entry.offset) }
        let needs45 = entry.localZip64 || !zip64.isEmpty
        var h: [UInt8] = []
        h.reserveCapacity(46 + entry.name.count + 9 + 4 + zip64.count)
        h.le32(0x0201_4B50)
        h.le16(0x0300 | (needs45 ? 45 : 20)) // made by: Unix, so the mode below is read
        h.le16(needs45 ? 45 : 20)
        h.le16(flags(entry.name))
        h.le16(entry.method.rawValue)
        h.le32(dosTime)
        h.le32(entry.crc)
        h.le32(UInt32(min(entry.compressedSize, saturated32)))
        h.le32(UInt32(min(entry.size, saturated32)))
        h.le16(UInt16(entry.name.count))
        h.le16(UInt16(9 + (zip64.isEmpty ? 0 : 4 + zip64.count)))
        h.le16(0) // comment
        h.le16(0) // disk
        h.le16(0) // internal attributes
        // Fixed modes whatever the umask; MS-DOS directory bit for folders.
        h.le32(entry.isDirectory ? UInt32(0o040755) << 16 | 0x10 : UInt32(0o100644) << 16)
        h.le32(UInt32(min(entry.offset, saturated32)))
        h += entry.name
        h += timeField(mtime)
        if !zip64.isEmpty {
            h.le16(0x0001); h.le16(UInt16(zip64.count))
            h += zip64
        }
        return h
    }

    /// End of central directory, preceded by the Zip64 end record and
    /// locator when the entry count, size or offset does not fit.
    static func end(entryCount: Int, directoryOffset: UInt64, directorySize: UInt64) -> [UInt8] {
        var e: [UInt8] = []
        let count = UInt64(entryCount)
        let needsZip64 = count >= 0xFFFF || directoryOffset >= saturated32 || directorySize >= saturated32
        if needsZip64 {
            let recordOffset = directoryOffset + directorySize
            e.le32(0x0606_4B50)
            e.le64(44)                       // size of the rest of this record
            e.le16(0x0300 | 45); e.le16(45)
            e.le32(0); e.le32(0)             // this disk, disk with the directory
            e.le64(count); e.le64(count)
            e.le64(directorySize); e.le64(directoryOffset)
            e.le32(0x0706_4B50)
            e.le32(0); e.le64(recordOffset); e.le32(1)
        }
        e.le32(0x0605_4B50)
        e.le16(0); e.le16(0)
        e.le16(UInt16(min(count, 0xFFFF))); e.le16(UInt16(min(count, 0xFFFF)))
        e.le32(UInt32(min(directorySize, saturated32)))
        e.le32(UInt32(min(directoryOffset, saturated32)))
        e.le16(0)
        return e
    }

    /// 'UT' (extended timestamp): the modification time only, in UTC.
    private static func timeField(_ mtime: UInt32) -> [UInt8] {
        var f: [UInt8] = [0x55, 0x54, 5, 0, 1]
        f.le32(mtime)
        return f
    }

    /// Bit 11 (names are UTF-8) exactly when the name is not ASCII.
    private static func flags(_ name: [UInt8]) -> UInt16 {
        name.contains { $0 >= 0x80 } ? 0x0800 : 0
    }

    /// MS-DOS date and time of `seconds` in UTC (never the local zone),
    /// clamped to what the fields can hold (1980 to 2107).
    static func dosDateTime(unixSeconds seconds: Int64) -> UInt32 {
        var t = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil, parts.tm_year + 1900 >= 1980 else { return 0x0021_0000 }
        let year = Int(parts.tm_year) + 1900
        if year > 2107 { return 0xFF9F_BF7D }
        let date = UInt32(year - 1980) << 9 | UInt32(parts.tm_mon + 1) << 5 | UInt32(parts.tm_mday)
        let time = UInt32(parts.tm_hour) << 11 | UInt32(parts.tm_min) << 5 | UInt32(parts.tm_sec / 2)
        return date << 16 | time
    }
}

extension [UInt8] {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
    mutating func le64(_ v: UInt64) { le32(UInt32(v & 0xFFFF_FFFF)); le32(UInt32(v >> 32)) }
}
