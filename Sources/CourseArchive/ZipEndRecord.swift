import CourseLocalization
/// Where the central directory of a ZIP is, from its end records
/// (APPNOTE.TXT 4.3.14 to 4.3.16): the end of central directory record,
/// and for Zip64 archives the locator before it and the Zip64 end record
/// it points at.
///
/// Every field is checked against the others and against the file: one
/// disk only, the same entry count in both records, and a central
/// directory that ends exactly where the end records begin (so nothing is
/// hidden between them, and no prefix shifts the offsets).
struct ZipEndRecord {
    var entryCount: UInt64
    var directoryOffset: UInt64
    var directorySize: UInt64

    static let signature: UInt32 = 0x0605_4B50
    static let zip64Signature: UInt32 = 0x0606_4B50
    static let locatorSignature: UInt32 = 0x0706_4B50
    /// The fixed part of the end record; a comment of up to 65,535 bytes follows.
    static let fixedSize = 22

    static func read(_ source: any ByteSource, archive: String) throws -> ZipEndRecord {
        func unreadable(_ reason: Message) -> ArchiveError { .unreadableArchive(archive: archive, reason: reason) }
        let size = source.size
        guard size >= UInt64(fixedSize) else {
            throw unreadable(size == 0 ? "the file is empty" : "it is too short to be a ZIP archive")
        }
        // The end record, its longest comment, and a Zip64 locator before it.
        let tailLength = Int(min(size, UInt64(fixedSize + 0xFFFF + 20)))
        let tailStart = size - UInt64(tailLength)
        let tail = try source.bytes(at: tailStart, count: tailLength)
        guard tail.count == tailLength else { throw unreadable("the file ended while it was read") }
        // The last signature whose comment runs exactly to the end of the file.
        var found: Int?
        var position = tailLength - fixedSize
        while position >= 0 {
            if tail.readLE32(at: position) == signature,
               position + fixedSize + Int(tail.readLE16(at: position + 20)) == tailLength {
                found = position
                break
            }
            position -= 1
        }
        guard let end = found else {
            let head = try source.bytes(at: 0, count: 4)
            throw unreadable(head == [0x50, 0x4B, 0x03, 0x04]
                ? "it has no end of central directory record (the file is truncated or damaged)"
                : "it is not a ZIP archive")
        }
        // A signature inside the comment makes readers that search
        // differently find different directories (Python's zipfile and
        // unzip take the last signature, whatever its comment length).
        let ambiguous = tail[(end + fixedSize)...].indices.contains { i in
            i + 4 <= tailLength && tail.readLE32(at: i) == signature
        } || (0..<end).contains { p in
            tail.readLE32(at: p) == signature && p + fixedSize + Int(tail.readLE16(at: p + 20)) == tailLength
        }
        if ambiguous {
            throw ArchiveError.unsafeArchive(archive: archive,
                                             reason: "it has more than one end-of-directory signature (one in a comment), so tools would disagree on its contents")
        }
        let endOffset = tailStart + UInt64(end)
        let thisDisk = tail.readLE16(at: end + 4), directoryDisk = tail.readLE16(at: end + 6)
        let onThisDisk = tail.readLE16(at: end + 8), total = tail.readLE16(at: end + 10)
        let directorySize = tail.readLE32(at: end + 12), directoryOffset = tail.readLE32(at: end + 16)
        var record = ZipEndRecord(entryCount: UInt64(total), directoryOffset: UInt64(directoryOffset),
                                  directorySize: UInt64(directorySize))
        var directoryEnd = endOffset

        let hasLocator = end >= 20 && tail.readLE32(at: end - 20) == locatorSignature
        if hasLocator {
            let locator = end - 20
            let zip64Disk = tail.readLE32(at: locator + 4)
            let zip64Offset = tail.readLE64(at: locator + 8)
            let disks = tail.readLE32(at: locator + 16)
            guard zip64Disk == 0, disks <= 1 else { throw unreadable("multi-part (spanned) archives are not supported") }
            let locatorOffset = tailStart + UInt64(locator)
            guard zip64Offset <= locatorOffset, locatorOffset - zip64Offset >= 56 else {
                throw unreadable("the Zip64 end record is not where its locator says")
            }
            let zip64 = try source.bytes(at: zip64Offset, count: 56)
            guard zip64.count == 56, zip64.readLE32(at: 0) == zip64Signature else {
                throw unreadable("the Zip64 end record is not where its locator says")
            }
            // The record's own size (after its first 12 bytes) reaches the locator exactly.
            let (recordEnd, overflow) = (zip64Offset + 12).addingReportingOverflow(zip64.readLE64(at: 4))
            guard !overflow, recordEnd == locatorOffset else {
                throw unreadable("the Zip64 end record's size disagrees with its locator")
            }
            guard zip64.readLE32(at: 16) == 0, zip64.readLE32(at: 20) == 0,
                  zip64.readLE64(at: 24) == zip64.readLE64(at: 32) else {
                throw unreadable("multi-part (spanned) archives are not supported")
            }
            let zipRecord = ZipEndRecord(entryCount: zip64.readLE64(at: 32), directoryOffset: zip64.readLE64(at: 48),
                                         directorySize: zip64.readLE64(at: 40))
            // Each classic field either says "see Zip64" or agrees with it.
            func agrees(_ classic: UInt64, _ saturated: UInt64, _ value: UInt64) -> Bool {
                classic == saturated || classic == value
            }
            guard agrees(UInt64(total), 0xFFFF, zipRecord.entryCount),
                  agrees(UInt64(onThisDisk), 0xFFFF, zipRecord.entryCount),
                  agrees(UInt64(directorySize), 0xFFFF_FFFF, zipRecord.directorySize),
                  agrees(UInt64(directoryOffset), 0xFFFF_FFFF, zipRecord.directoryOffset) else {
                throw ArchiveError.unsafeArchive(archive: archive,
                                                 reason: "its end record and its Zip64 end record disagree")
            }
            record = zipRecord
            directoryEnd = zip64Offset
        } else {
            guard thisDisk == 0, directoryDisk == 0, onThisDisk == total else {
                throw unreadable("multi-part (spanned) archives are not supported")
            }
            if directoryOffset == 0xFFFF_FFFF {
                throw unreadable("its end record needs a Zip64 end record, which is missing")
            }
        }
        let (directoryStop, overflow) = record.directoryOffset.addingReportingOverflow(record.directorySize)
        guard !overflow, directoryStop == directoryEnd else {
            throw ArchiveError.unsafeArchive(
                archive: archive,
                reason: "its central directory is not where its end record says (data before or after it, or a damaged file)")
        }
        return record
    }
}

extension Array where Element == UInt8 {
    func readLE16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func readLE32(at offset: Int) -> UInt32 {
        UInt32(readLE16(at: offset)) | UInt32(readLE16(at: offset + 2)) << 16
    }

    func readLE64(at offset: Int) -> UInt64 {
        UInt64(readLE32(at: offset)) | UInt64(readLE32(at: offset + 4)) << 32
    }
}
