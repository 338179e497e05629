import Foundation

/// What names the running coursec, templates and code: pages kept on disk
/// by one build of coursec are not served to another. The linker's build
/// ID (`NT_GNU_BUILD_ID`, a digest of the linked program) when there is
/// one, otherwise the executable file's size, inode and modification time.
public enum ExecutableIdentity {
    public static let current: Fingerprint = Fingerprint { writer in
        writer.add("coursec executable")
        if let id = buildID() {
            writer.add(bytes: id)
        } else if let info = try? FileManager.default.attributesOfItem(atPath: "/proc/self/exe") {
            writer.add("\(info[.size] ?? 0) \(info[.systemFileNumber] ?? 0) \(info[.modificationDate] ?? 0)")
        } else {
            writer.add(UUID().uuidString) // unknown: nothing is reused across processes
        }
    }

    /// The build ID note of the running executable, read from its ELF
    /// program headers (a few kilobytes of `/proc/self/exe`).
    static func buildID(of path: String = "/proc/self/exe") -> [UInt8]? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count),
                  data.count == count else { return nil }
            return Array(data)
        }
        func integer(_ bytes: [UInt8], _ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        // ELF64, little-endian: the only kind coursec runs as.
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let programHeaders = integer(header, 32, 8)
        let entrySize = Int(integer(header, 54, 2)), count = Int(integer(header, 56, 2))
        guard entrySize >= 56, count < 256, let table = read(programHeaders, entrySize * count) else { return nil }
        for index in 0..<count {
            let base = index * entrySize
            guard integer(table, base, 4) == 4 else { continue } // PT_NOTE
            let offset = integer(table, base + 8, 8), size = Int(integer(table, base + 32, 8))
            guard size <= 1 << 16, let notes = read(offset, size) else { continue }
            var at = 0
            while at + 12 <= size {
                let nameSize = Int(integer(notes, at, 4)), descriptionSize = Int(integer(notes, at + 4, 4))
                let type = integer(notes, at + 8, 4)
                let name = at + 12, description = name + ((nameSize + 3) & ~3)
                guard description + descriptionSize <= size else { break }
                if type == 3, nameSize == 4, Array(notes[name..<(name + 4)]) == Array("GNU\0".utf8) {
                    return Array(notes[description..<(description + descriptionSize)])
                }
                at = description + ((descriptionSize + 3) & ~3)
            }
        }
        return nil
    }
}
