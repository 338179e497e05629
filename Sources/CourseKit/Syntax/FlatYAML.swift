#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A quick reader for the YAML nearly every front matter is: one `key: value`
/// per line at the left margin, each value a plain scalar (`title: Lección
/// 3`) or a one-line list of plain scalars (`objectives: [M1, M2]`).
///
/// Yams' `compose` (libyaml, then a tree of `Node`s, then ours) cost a tenth
/// of `coursec check` on the front matter of every lesson and quiz. This
/// reads the flat subset in one pass over the bytes and returns the nodes
/// `YAMLParser` builds from Yams' tree, ranges included; for anything else
/// (indentation, quotes, comments, an empty value, a `:` or `#` in a value,
/// a repeated key, characters YAML does not allow) it returns nil and the
/// text goes to Yams, which also reports every error. The tests hold it to
/// that: on every front matter and YAML file they know, and on variants of
/// them with YAML's special characters put in, it gives Yams' nodes or nil.
enum FlatYAML {
    /// The mapping Yams would give for `text` (the YAML of `file`, starting
    /// after `lineOffset` lines of it), or nil when the text is not flat.
    static func parse(_ text: String, in file: SourceFile, lineOffset: Int) -> YAMLNode? {
        var text = text
        return text.withUTF8 { parse(bytes: $0, file: file, lineOffset: lineOffset) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: SourceFile, lineOffset: Int) -> YAMLNode? {
        guard let base = bytes.baseAddress else { return nil }
        var pairs: [YAMLPair] = []
        var start = 0, line = lineOffset
        while start < bytes.count {
            line += 1
            let end = memchr(base + start, 0x0A, bytes.count - start)
                .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
            defer { start = end + 1 }
            guard start < end else { continue }
            guard let pair = self.pair(bytes, from: start, to: end, line: line, file: file),
                  let key = pair.key.scalar, !pairs.contains(where: { $0.key.scalar == key }) else { return nil }
            pairs.append(pair)
        }
        guard let first = pairs.first else { return nil }
        return YAMLNode(value: .mapping(pairs), range: file.range(line: first.key.range.start.line, column: 1))
    }

    /// `key: value` on the bytes `from..<to` of a line.
    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, line: Int,
                             file: SourceFile) -> YAMLPair? {
        var i = from
        while i < end, isKeyByte(bytes[i]) { i += 1 }
        // A key of letters, digits, `_` and `-` (not first: `- ` opens a list).
        guard i > from, bytes[from] != UInt8(ascii: "-"), i + 1 < end, bytes[i] == UInt8(ascii: ":"),
              bytes[i + 1] == UInt8(ascii: " ") else { return nil }
        let key = YAMLNode(value: .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<i]), as: UTF8.self),
                                          quoted: false),
                           range: file.range(line: line, column: 1, length: i - from))
        i += 1
        while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < end else { return nil }
        let value: YAMLNode?
        if bytes[i] == UInt8(ascii: "[") {
            value = list(bytes, from: i, to: end, lineStart: from, line: line, file: file)
        } else {
            value = scalar(bytes, from: i, to: end, lineStart: from, line: line, file: file, inList: false)?.node
        }
        return value.map { YAMLPair(key: key, value: $0) }
    }

    /// `[a, b, c]`, then nothing but spaces.
    private static func list(_ bytes: UnsafeBufferPointer<UInt8>, from open: Int, to end: Int, lineStart: Int,
                             line: Int, file: SourceFile) -> YAMLNode? {
        var items: [YAMLNode] = []
        var i = open + 1
        while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
        if i < end, bytes[i] == UInt8(ascii: "]") {
            i += 1
        } else {
            while true {
                guard i < end, let (item, after) = scalar(bytes, from: i, to: end, lineStart: lineStart, line: line,
                                                          file: file, inList: true) else { return nil }
                items.append(item)
                i = after
                while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
                guard i < end else { return nil }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    break
                }
                // A `,` then the next item (a `,` before `]` is YAML too, but rare: Yams reads it).
                guard bytes[i] == UInt8(ascii: ",") else { return nil }
                i += 1
                while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
            }
        }
        while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i == end else { return nil }
        return YAMLNode(value: .sequence(items), range: file.range(line: line, column: column(bytes, lineStart, open)))
    }

    /// A plain scalar from `from`: to the end of the line, or in a list to
    /// the next `,` or `]`; trailing spaces are not part of it. Returns the
    /// node and where the scalar's text ends.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, lineStart: Int, line: Int,
                               file: SourceFile, inList: Bool) -> (node: YAMLNode, after: Int)? {
        // What may not start a plain scalar (YAML's indicators, and a space).
        switch bytes[from] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
            return nil
        default: break
        }
        var i = from, last = from
        scan: while i < end {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: "#"), 0x00..<0x20, 0x7F:
                return nil
            case UInt8(ascii: ","), UInt8(ascii: "]"):
                if inList { break scan }
                last = i
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "}"):
                if inList { return nil }
                last = i
            case 0xC2 where i + 1 < end && bytes[i + 1] < 0xA0:
                return nil // C1 controls, NEL
            case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                return nil // line and paragraph separators
            case 0xEF where i + 2 < end && ((bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF) || (bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE)):
                return nil // byte order mark, noncharacters
            case UInt8(ascii: " "):
                break
            default:
                last = i
            }
            i += 1
        }
        // `last` is the final non-space byte; take the rest of its character.
        var stop = last + 1
        while stop < i, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
        let text = UnsafeBufferPointer(rebasing: bytes[from..<stop])
        let length = text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let node = YAMLNode(value: .scalar(String(decoding: text, as: UTF8.self), quoted: false),
                            range: file.range(line: line, column: column(bytes, lineStart, from), length: max(length, 1)))
        return (node, stop)
    }

    /// 1-based column (in characters) of byte `offset` on the line starting at `lineStart`.
    private static func column(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ offset: Int) -> Int {
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
