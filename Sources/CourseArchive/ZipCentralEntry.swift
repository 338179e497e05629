import CourseLocalization
/// One record of a ZIP's central directory (APPNOTE.TXT 4.3.12), with the
/// Zip64 extended information (4.5.3) folded into its sizes and offset.
/// Nothing here is trusted yet: `ZipDirectory` vets it.
struct ZipCentralEntry {
    var rawName: [UInt8]
    var versionMadeBy: UInt16
    var flags: UInt16
    var method: UInt16
    var crc: UInt32
    var compressedSize: UInt64
    var size: UInt64
    var diskStart: UInt32
    var localOffset: UInt64
    var externalAttributes: UInt32
    /// The Info-ZIP Unicode Path field (0x7075), when its CRC says it
    /// applies to this name: the name some tools show instead.
    var unicodePath: [UInt8]?

    static let signature: UInt32 = 0x0201_4B50
    static let fixedSize = 46

    /// General purpose flag bits (APPNOTE.TXT 4.4.4).
    static let encryptedFlag: UInt16 = 1 << 0
    static let descriptorFlag: UInt16 = 1 << 3
    static let strongEncryptionFlag: UInt16 = 1 << 6
    static let utf8Flag: UInt16 = 1 << 11
    static let maskedHeadersFlag: UInt16 = 1 << 13

    var isEncrypted: Bool {
        flags & (Self.encryptedFlag | Self.strongEncryptionFlag | Self.maskedHeadersFlag) != 0 || method == 99
    }

    /// Parses the record at `offset` of the central directory's bytes and
    /// returns it with the offset of the next one.
    static func parse(_ directory: [UInt8], at offset: Int, index: Int, archive: String) throws -> (ZipCentralEntry, Int) {
        func damaged(_ reason: Message) -> ArchiveError {
            .unreadableArchive(archive: archive, reason: "central directory entry \(index + 1): \(reason)")
        }
        guard offset + fixedSize <= directory.count else { throw damaged("it runs past the end of the directory") }
        guard directory.readLE32(at: offset) == signature else { throw damaged("its signature is wrong") }
        let nameLength = Int(directory.readLE16(at: offset + 28))
        let extraLength = Int(directory.readLE16(at: offset + 30))
        let commentLength = Int(directory.readLE16(at: offset + 32))
        let next = offset + fixedSize + nameLength + extraLength + commentLength
        guard next <= directory.count else { throw damaged("it runs past the end of the directory") }
        let nameStart = offset + fixedSize
        var entry = ZipCentralEntry(
            rawName: Array(directory[nameStart..<nameStart + nameLength]),
            versionMadeBy: directory.readLE16(at: offset + 4),
            flags: directory.readLE16(at: offset + 8),
            method: directory.readLE16(at: offset + 10),
            crc: directory.readLE32(at: offset + 16),
            compressedSize: UInt64(directory.readLE32(at: offset + 20)),
            size: UInt64(directory.readLE32(at: offset + 24)),
            diskStart: UInt32(directory.readLE16(at: offset + 34)),
            localOffset: UInt64(directory.readLE32(at: offset + 42)),
            externalAttributes: directory.readLE32(at: offset + 38),
            unicodePath: nil)
        let extra = Array(directory[nameStart + nameLength..<nameStart + nameLength + extraLength])
        for (id, field) in ZipExtraField.fields(extra) {
            switch id {
            case ZipExtraField.zip64:
                // Only the saturated fields are present, in this order.
                var reader = field[...]
                func take(_ value: inout UInt64, _ saturated: UInt64, _ width: Int) throws {
                    guard value == saturated else { return }
                    guard reader.count >= width else { throw damaged("its Zip64 field is too short") }
                    let bytes = Array(reader.prefix(width))
                    value = width == 8 ? bytes.readLE64(at: 0) : UInt64(bytes.readLE32(at: 0))
                    reader = reader.dropFirst(width)
                }
                try take(&entry.size, 0xFFFF_FFFF, 8)
                try take(&entry.compressedSize, 0xFFFF_FFFF, 8)
                try take(&entry.localOffset, 0xFFFF_FFFF, 8)
                var disk = UInt64(entry.diskStart)
                try take(&disk, 0xFFFF, 4)
                entry.diskStart = UInt32(truncatingIfNeeded: disk)
            case ZipExtraField.unicodePath:
                if field.count >= 5, field[0] == 1,
                   field.readLE32(at: 1) == DeflateCompressor.crc32(entry.rawName) {
                    entry.unicodePath = Array(field[5...])
                }
            default:
                break
            }
        }
        if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF || entry.localOffset == 0xFFFF_FFFF,
           !ZipExtraField.fields(extra).contains(where: { $0.id == ZipExtraField.zip64 }) {
            // Saturated without a Zip64 field: the sizes really are 4 GiB - 1,
            // which no course package needs; more likely a damaged record.
            throw damaged("its sizes or offset need a Zip64 field, which is missing")
        }
        return (entry, next)
    }
}

extension DeflateCompressor {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0) }
    }
}
