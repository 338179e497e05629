#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites the MS-DOS date/time fields of a finished ZIP file.
///
/// libarchive fills these fields with `localtime(3)` of the entry's mtime,
/// so the same archive built under `TZ=UTC` and `TZ=America/Bogota` differs
/// in 4 bytes per header. The extended-timestamp ('UT') extra field is UTC
/// and already stable. Rather than changing `TZ` process-wide (not
/// thread-safe), we let libarchive finish and then overwrite the fields in
/// every local header and central-directory record with the UTC
/// broken-down time. CRCs cover file data only, so nothing else changes.
enum ZipDOSTimePatcher {
    /// DOS encoding of `seconds` (Unix time) in UTC: date in the high 16
    /// bits, time in the low 16, exactly as stored little-endian at local
    /// header offset 10 and central header offset 12. Clamped to the DOS
    /// range 1980…2107; seconds have 2-second resolution.
    static func dosDateTime(unixSeconds seconds: Int64) -> UInt32 {
        var t = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil else { return 0x0021_0000 }
        let year = Int(parts.tm_year) + 1900
        if year < 1980 { return 0x0021_0000 } // 1980-01-01 00:00:00
        if year > 2107 { return 0xFF9F_BF7D } // 2107-12-31 23:59:58
        let date = UInt32(year - 1980) << 9 | UInt32(parts.tm_mon + 1) << 5 | UInt32(parts.tm_mday)
        let time = UInt32(parts.tm_hour) << 11 | UInt32(parts.tm_min) << 5 | UInt32(parts.tm_sec / 2)
        return date << 16 | time
    }

    /// Patches the ZIP open for reading and writing on `fd`; returns the
    /// number of central-directory entries found.
    static func patch(fd: Int32, dosDateTime: UInt32) throws -> Int {
        let fileSize = Int64(lseek(fd, 0, SEEK_END))
        guard fileSize >= 22 else { throw PatchError("archive too small for a ZIP directory") }

        // The end-of-central-directory record is the last 22 bytes plus a
        // comment of at most 65535 bytes; we never write one, but search anyway.
        let tailLength = Int(min(fileSize, 22 + 65_535))
        let tail = try readBytes(fd: fd, offset: fileSize - Int64(tailLength), count: tailLength)
        guard let eocd = stride(from: tailLength - 22, through: 0, by: -1)
            .first(where: { le32(tail, $0) == 0x0605_4B50 }) else {
            throw PatchError("end of central directory not found")
        }
        var entryCount = UInt64(le16(tail, eocd + 10))
        var directorySize = UInt64(le32(tail, eocd + 12))
        var directoryOffset = UInt64(le32(tail, eocd + 16))

        // Saturated fields mean the real values live in the Zip64 record,
        // found through the 20-byte locator just before the EOCD.
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            let locatorOffset = fileSize - Int64(tailLength) + Int64(eocd) - 20
            let locator = try readBytes(fd: fd, offset: locatorOffset, count: 20)
            guard le32(locator, 0) == 0x0706_4B50 else { throw PatchError("Zip64 locator missing") }
            let record = try readBytes(fd: fd, offset: Int64(le64(locator, 8)), count: 56)
            guard le32(record, 0) == 0x0606_4B50 else { throw PatchError("Zip64 record missing") }
            entryCount = le64(record, 32)
            directorySize = le64(record, 40)
            directoryOffset = le64(record, 48)
        }
        guard directoryOffset + directorySize <= UInt64(fileSize) else {
            throw PatchError("central directory outside the file")
        }

        var directory = try readBytes(fd: fd, offset: Int64(directoryOffset), count: Int(directorySize))
        var cursor = 0
        var stamp = [UInt8](repeating: 0, count: 4)
        for i in 0..<4 { stamp[i] = UInt8(truncatingIfNeeded: dosDateTime >> (8 * UInt32(i))) }

        for _ in 0..<entryCount {
            guard cursor + 46 <= directory.count, le32(directory, cursor) == 0x0201_4B50 else {
                throw PatchError("malformed central directory")
            }
            let nameLength = Int(le16(directory, cursor + 28))
            let extraLength = Int(le16(directory, cursor + 30))
            let commentLength = Int(le16(directory, cursor + 32))
            var localOffset = UInt64(le32(directory, cursor + 42))
            if localOffset == 0xFFFF_FFFF {
                localOffset = try zip64LocalOffset(directory, entry: cursor,
                                                   extraStart: cursor + 46 + nameLength,
                                                   extraLength: extraLength)
            }
            directory.replaceSubrange((cursor + 12)..<(cursor + 16), with: stamp)

            let signature = try readBytes(fd: fd, offset: Int64(localOffset), count: 4)
            guard le32(signature, 0) == 0x0403_4B50 else { throw PatchError("local header not found") }
            try writeBytes(fd: fd, offset: Int64(localOffset) + 10, bytes: stamp)
            cursor += 46 + nameLength + extraLength + commentLength
        }
        try writeBytes(fd: fd, offset: Int64(directoryOffset), bytes: directory)
        return Int(entryCount)
    }

    /// The Zip64 extra field (id 1) lists, in order, only the values whose
    /// 32-bit fields are saturated: uncompressed size, compressed size,
    /// local header offset.
    private static func zip64LocalOffset(_ d: [UInt8], entry: Int, extraStart: Int,
                                         extraLength: Int) throws -> UInt64 {
        var p = extraStart
        let end = extraStart + extraLength
        while p + 4 <= end {
            let id = le16(d, p), size = Int(le16(d, p + 2))
            if id == 1 {
                var field = p + 4
                if le32(d, entry + 24) == 0xFFFF_FFFF { field += 8 }
                if le32(d, entry + 20) == 0xFFFF_FFFF { field += 8 }
                guard field + 8 <= p + 4 + size else { break }
                return le64(d, field)
            }
            p += 4 + size
        }
        throw PatchError("Zip64 offset missing")
    }

    struct PatchError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private static func readBytes(fd: Int32, offset: Int64, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + done, count - done, off_t(offset) + off_t(done))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw PatchError("short read at offset \(offset)") }
            done += n
        }
        return bytes
    }

    private static func writeBytes(fd: Int32, offset: Int64, bytes: [UInt8]) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes {
                pwrite(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw PatchError("write failed: \(String(cString: strerror(errno)))") }
            done += n
        }
    }

    private static func le16(_ b: [UInt8], _ i: Int) -> UInt16 {
        UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    private static func le32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(le16(b, i)) | UInt32(le16(b, i + 2)) << 16
    }

    private static func le64(_ b: [UInt8], _ i: Int) -> UInt64 {
        UInt64(le32(b, i)) | UInt64(le32(b, i + 4)) << 32
    }
}
