import Foundation

/// A string as a cache key: equal when its UTF-8 bytes are equal. Swift
/// hashes and compares `String` by canonical equivalence, which normalizes
/// every accented lesson body on each lookup (it was 6% of a full build);
/// a cache of renderings only needs the same bytes.
///
/// The hash reads the length and at most 192 bytes (start, middle, end):
/// hashing whole lesson bodies for every lookup of every target was 2% of a
/// build, and equality still compares every byte.
struct ExactText: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { bytes in
            hasher.combine(bytes.count)
            let sample = 64
            guard bytes.count > 3 * sample else { return hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
            func combine(from start: Int) {
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<(start + sample)])))
            }
            combine(from: 0)
            combine(from: (bytes.count - sample) / 2)
            combine(from: bytes.count - sample)
        }
    }

    static func == (a: ExactText, b: ExactText) -> Bool {
        var a = a.string, b = b.string
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
