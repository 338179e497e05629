import CourseDigest
import Foundation

/// A small, explicit serialization used only for content digests. Every
/// field is written as `name:byteCount:value\n`, so no value can be mistaken
/// for another field whatever characters it holds, and the bytes depend only
/// on what this file says, not on a JSON encoder's escaping or key-order
/// rules, which may change between Foundation versions. A digest must stay
/// the same for the same content for as long as releases are compared.
struct CanonicalWriter {
    private(set) var bytes: [UInt8] = []

    mutating func field(_ name: String, _ value: String) {
        let utf8 = Array(value.utf8)
        bytes += Array(name.utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes += Array(String(utf8.count).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes += utf8
        bytes.append(0x0A)
    }

    mutating func field(_ name: String, _ value: Int?) { field(name, value.map(String.init) ?? "-") }
    mutating func field(_ name: String, _ value: Bool) { field(name, value ? "true" : "false") }
    mutating func field(_ name: String, _ values: [String]) {
        field(name + "#", values.count)
        for value in values { field(name, value) }
    }

    /// Opens a nested record; `end` closes it. The count of fields is not
    /// needed because values are length-prefixed and names never hold `:`.
    mutating func begin(_ name: String) { field("{", name) }
    mutating func end(_ name: String) { field("}", name) }

    var sha256: String {
        FileDigest.sha256Hex(data: Data(bytes))
    }
}
