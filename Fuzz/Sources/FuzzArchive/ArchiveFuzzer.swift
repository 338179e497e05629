import CourseArchive
import Foundation

/// Fuzzes `SafeArchiveReader`, which reads authors' ZIP (and tar) archives.
/// It reads from a URL, so each input is written to a file of this process
/// first (in `TMPDIR`; a tmpfs there makes it cheaper).
///
/// Beyond "never traps": every entry it lists or reads is one that could be
/// extracted safely (a relative path with no `..`, backslash, control
/// character or drive letter) and within the limits.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    do { try bytes.write(to: scratch) } catch { fatalError("cannot write \(scratch.path): \(error)") }
    let reader = SafeArchiveReader(url: scratch, limits: limits)
    let entries = (try? reader.entries()) ?? []
    for entry in entries {
        checkSafe(entry.path)
        guard entry.size >= 0, entry.size <= limits.maxEntrySize else { fatalError("\(entry.path) is \(entry.size) bytes") }
    }
    guard entries.count <= limits.maxEntries else { fatalError("\(entries.count) entries listed") }
    guard entries.reduce(0, { $0 + $1.size }) <= limits.maxTotalSize else { fatalError("more than the total size listed") }
    // The first file by name, and the manifest an author's SCORM package has.
    let first = entries.first { $0.type == .file }?.path
    for name in [first, "imsmanifest.xml"].compactMap({ $0 }) {
        if let content = try? reader.read(entry: name, maxBytes: maxRead), content.count > maxRead {
            fatalError("read \(content.count) bytes of \(name), more than \(maxRead)")
        }
    }
    return 0
}

/// Small limits keep one input from decompressing for seconds.
private let limits = SafeArchiveReader.Limits(maxEntries: 1_000, maxEntrySize: 4 << 20, maxTotalSize: 8 << 20)
private let maxRead = 1 << 20

private let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("coursec-fuzz-archive-\(ProcessInfo.processInfo.processIdentifier).bin")

/// What the reader promises about every name it returns.
private func checkSafe(_ path: String) {
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    let unsafe = path.isEmpty || path.hasPrefix("/") || path.hasSuffix("/") || path.contains("\\")
        || path.unicodeScalars.contains { $0.value < 0x20 } || components.contains("..")
        || isDriveLetter(components.first ?? "")
    if unsafe { fatalError("unsafe entry name \(path.debugDescription)") }
}

/// `C:` or `c:anything` (drive-relative on Windows).
private func isDriveLetter(_ component: Substring) -> Bool {
    let scalars = Array(component.unicodeScalars.prefix(2))
    guard scalars.count == 2, scalars[1] == ":" else { return false }
    return (0x41...0x5A).contains(scalars[0].value) || (0x61...0x7A).contains(scalars[0].value)
}
