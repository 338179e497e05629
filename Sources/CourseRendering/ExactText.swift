import Foundation

/// A string as a cache key: equal when its UTF-8 bytes are equal. Swift
/// hashes and compares `String` by canonical equivalence, which normalizes
/// every accented lesson body on each lookup (it was 6% of a full build);
/// a cache of renderings only needs the same bytes.
struct ExactText: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ExactText, b: ExactText) -> Bool {
        var a = a.string, b = b.string
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
