import CourseDigest
import Foundation

/// A SHA-256 digest that decides whether earlier work can be reused: equal
/// fingerprints mean equal inputs (the bytes fed are self-delimiting, so two
/// different sequences of fields never feed the same bytes).
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The digest of what `build` feeds into a `FingerprintWriter`.
    public init(_ build: (inout FingerprintWriter) -> Void) {
        var writer = FingerprintWriter()
        build(&writer)
        self = writer.finish()
    }

    public var hex: String { FileDigest.hex(bytes) }
    public var description: String { String(hex.prefix(16)) }
}

/// Collects the canonical bytes of a fingerprint's fields: each field is
/// tagged and length-prefixed. `structure` feeds any value through
/// reflection (every stored property, recursively, dictionaries and sets
/// in a fixed order), so model fields added later are part of it without
/// anyone remembering to add them here.
public struct FingerprintWriter {
    private var buffer: [UInt8] = []

    public init() {}

    public mutating func add(_ text: String) {
        tag(0x73, count: text.utf8.count)
        buffer.append(contentsOf: text.utf8)
    }

    public mutating func add(_ number: Int) {
        tag(0x69, count: 8)
        withUnsafeBytes(of: Int64(number).littleEndian) { buffer.append(contentsOf: $0) }
    }

    public mutating func add(_ flag: Bool) {
        tag(0x62, count: 1)
        buffer.append(flag ? 1 : 0)
    }

    public mutating func add(bytes: [UInt8]) {
        tag(0x79, count: bytes.count)
        buffer.append(contentsOf: bytes)
    }

    public mutating func add(_ fingerprint: Fingerprint) {
        add(bytes: fingerprint.bytes)
    }

    /// Every stored property of `value`, recursively, except properties
    /// named in `skipping` (derived values, such as indexes rebuilt from
    /// other fields).
    public mutating func add(structure value: Any, skipping: Set<String> = []) {
        addReflected(value, skipping: skipping, depth: 0)
    }

    public func finish() -> Fingerprint {
        Fingerprint(bytes: buffer.withUnsafeBytes { raw in SHA256Stream.digest { update in update(raw) } })
    }

    private mutating func tag(_ kind: UInt8, count: Int) {
        buffer.append(kind)
        withUnsafeBytes(of: UInt64(count).littleEndian) { buffer.append(contentsOf: $0) }
    }

    private mutating func addReflected(_ value: Any, skipping: Set<String>, depth: Int) {
        // The commonest leaves and collections first, by their exact type:
        // a cast to a concrete type is cheap, reflection is not.
        switch value {
        case let text as String: add(text)
        case let number as Int: add(number)
        case let flag as Bool: add(flag)
        case let texts as [String]:
            tag(0x5B, count: texts.count)
            for text in texts { add(text) }
        case let map as [String: String]:
            tag(0x44, count: map.count)
            for key in map.keys.sorted() {
                add(key)
                add(map[key]!)
            }
        case let set as Set<String>:
            tag(0x7C, count: set.count)
            for text in set.sorted() { add(text) }
        case let numbers as [Int]:
            tag(0x49, count: numbers.count)
            for number in numbers { add(number) }
        case let lists as [[String]]:
            tag(0x4C, count: lists.count)
            for list in lists {
                tag(0x5B, count: list.count)
                for text in list { add(text) }
            }
        case let texts as [String?]:
            tag(0x4F, count: texts.count)
            for text in texts {
                if let text { add(text) } else { tag(0x30, count: 0) }
            }
        case let text as Substring: add(String(text))
        case let number as Double: add("d:\(number.bitPattern)")
        case let number as Float: add("f:\(number.bitPattern)")
        case let date as Date: add("date:\(date.timeIntervalSince1970.bitPattern)")
        case let data as Data: add(bytes: Array(data))
        case let url as URL: add(url.absoluteString)
        default:
            let mirror = Mirror(reflecting: value)
            // A model is a tree of values; this bound only stops a cycle
            // through a class from recursing forever.
            guard depth < 256 else {
                add("deep:\(String(reflecting: value))")
                return
            }
            switch mirror.displayStyle {
            case nil where mirror.children.isEmpty:
                // A leaf of another type: other integers, or anything with a description.
                if let number = value as? any BinaryInteger {
                    add("\(type(of: number)):\(number)")
                } else {
                    add("\(_typeName(type(of: value), qualified: true)):\(String(reflecting: value))")
                }
            case .optional:
                if let some = mirror.children.first {
                    tag(0x3F, count: 1)
                    addReflected(some.value, skipping: skipping, depth: depth + 1)
                } else {
                    tag(0x30, count: 0)
                }
            case .enum:
                tag(0x65, count: mirror.children.count)
                add(_typeName(type(of: value), qualified: true))
                if mirror.children.isEmpty { add(String(describing: value)) }
                for child in mirror.children {
                    add(child.label ?? "")
                    addReflected(child.value, skipping: skipping, depth: depth + 1)
                }
            case .dictionary, .set:
                // Reflection lists these in hash order: each element is
                // digested alone and the digests are sorted.
                var parts: [[UInt8]] = mirror.children.map { child in
                    var inner = FingerprintWriter()
                    inner.addReflected(child.value, skipping: skipping, depth: depth + 1)
                    return inner.finish().bytes
                }
                parts.sort { $0.lexicographicallyPrecedes($1) }
                tag(0x64, count: parts.count)
                for part in parts { buffer.append(contentsOf: part) }
            default:
                tag(0x7B, count: mirror.children.count)
                add(_typeName(type(of: value), qualified: true))
                for child in mirror.children {
                    if let label = child.label, skipping.contains(label) { continue }
                    add(child.label ?? "")
                    addReflected(child.value, skipping: skipping, depth: depth + 1)
                }
            }
        }
    }
}
