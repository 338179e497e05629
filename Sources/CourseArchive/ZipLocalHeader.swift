import CourseLocalization
/// The local header of an entry (APPNOTE.TXT 4.3.7) and its data
/// descriptor (4.3.9), checked against the central directory: extractors
/// that walk local headers (streaming unzippers, some importers) must see
/// the same name, method, flags, CRC and sizes as those that read the
/// directory, or the two would extract different files.
struct ZipLocalHeader {
    static let signature: UInt32 = 0x0403_4B50
    static let descriptorSignature: UInt32 = 0x0807_4B50
    static let fixedSize = 30
    /// Flag bits that change how an entry is read, and must agree.
    static let significantFlags: UInt16 = ZipCentralEntry.encryptedFlag | ZipCentralEntry.descriptorFlag
        | ZipCentralEntry.strongEncryptionFlag | ZipCentralEntry.utf8Flag | ZipCentralEntry.maskedHeadersFlag

    /// Where the entry's data starts, and where everything the entry
    /// occupies (header, data and descriptor) ends.
    var dataOffset: UInt64
    var end: UInt64

    /// Reads and cross-checks the local header of `entry` (named `path`),
    /// which must end before `limit` (the start of the central directory).
    static func read(_ source: any ByteSource, entry: ZipCentralEntry, path: String, limit: UInt64) throws -> ZipLocalHeader {
        func refuse(_ reason: Message) -> ArchiveError { .unsafeEntry(path: path, reason: reason) }
        let outside = refuse("its data lies outside the archive's entries (past the central directory or the end of the file)")
        guard entry.localOffset <= limit, limit - entry.localOffset >= UInt64(fixedSize) else { throw outside }
        // The header with room for the name and a typical extra field, in one read.
        var header = try source.bytes(at: entry.localOffset, count: fixedSize + entry.rawName.count + 64)
        guard header.count >= fixedSize, header.readLE32(at: 0) == signature else {
            throw refuse("the central directory points at something that is not a local header")
        }
        let nameLength = Int(header.readLE16(at: 26)), extraLength = Int(header.readLE16(at: 28))
        let headerLength = fixedSize + nameLength + extraLength
        if header.count < headerLength {
            header = try source.bytes(at: entry.localOffset, count: headerLength)
            guard header.count == headerLength else { throw outside }
        }
        guard Array(header[fixedSize..<fixedSize + nameLength]) == entry.rawName else {
            let local = String(decoding: header[fixedSize..<fixedSize + nameLength], as: UTF8.self)
            throw refuse("its local header names it “\(local)”: the archive gives one entry two names")
        }
        let flags = header.readLE16(at: 6)
        guard flags & significantFlags == entry.flags & significantFlags else {
            throw refuse("its local header and the central directory disagree on its flags")
        }
        guard header.readLE16(at: 8) == entry.method else {
            throw refuse("its local header and the central directory disagree on its compression method")
        }
        var crc = header.readLE32(at: 14)
        var compressed = UInt64(header.readLE32(at: 18)), size = UInt64(header.readLE32(at: 22))
        let extra = Array(header[fixedSize + nameLength..<headerLength])
        let zip64 = ZipExtraField.fields(extra).first { $0.id == ZipExtraField.zip64 }?.data
        if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
            // A local Zip64 field holds both sizes (APPNOTE.TXT 4.5.3).
            guard let zip64, zip64.count >= 16 else { throw refuse("its local header lacks the Zip64 field its sizes need") }
            size = zip64.readLE64(at: 0)
            compressed = zip64.readLE64(at: 8)
        }
        let usesDescriptor = flags & ZipCentralEntry.descriptorFlag != 0
        if usesDescriptor {
            // Written before the data was known: zeros, or the right values.
            guard crc == 0 || crc == entry.crc, compressed == 0 || compressed == entry.compressedSize,
                  size == 0 || size == entry.size else {
                throw refuse("its local header and the central directory disagree on its CRC or sizes")
            }
        } else {
            guard crc == entry.crc else { throw refuse("its local header and the central directory disagree on its CRC") }
            guard compressed == entry.compressedSize, size == entry.size else {
                throw refuse("its local header says \(size) bytes (\(compressed) compressed) but the central directory says \(entry.size) (\(entry.compressedSize) compressed)")
            }
        }
        let (dataOffset, o1) = entry.localOffset.addingReportingOverflow(UInt64(headerLength))
        let (dataEnd, o2) = dataOffset.addingReportingOverflow(entry.compressedSize)
        guard !o1, !o2, dataEnd <= limit else { throw outside }
        var end = dataEnd
        if usesDescriptor {
            let wide = zip64 != nil || entry.size >= 0xFFFF_FFFF || entry.compressedSize >= 0xFFFF_FFFF
            var descriptor = try source.bytes(at: dataEnd, count: 24)
            var length = 0
            if descriptor.count >= 4, descriptor.readLE32(at: 0) == descriptorSignature {
                descriptor.removeFirst(4)
                length = 4
            }
            let needed = wide ? 20 : 12
            guard descriptor.count >= needed else { throw outside }
            crc = descriptor.readLE32(at: 0)
            compressed = wide ? descriptor.readLE64(at: 4) : UInt64(descriptor.readLE32(at: 4))
            size = wide ? descriptor.readLE64(at: 12) : UInt64(descriptor.readLE32(at: 8))
            guard crc == entry.crc, compressed == entry.compressedSize, size == entry.size else {
                throw refuse("its data descriptor and the central directory disagree on its CRC or sizes")
            }
            end = dataEnd + UInt64(length + needed)
            guard end <= limit else { throw outside }
        }
        return ZipLocalHeader(dataOffset: dataOffset, end: end)
    }
}
