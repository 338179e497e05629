/// The extra fields of a header (APPNOTE.TXT 4.5.1): tag, length, data.
enum ZipExtraField {
    static let zip64: UInt16 = 0x0001
    static let unicodePath: UInt16 = 0x7075

    /// The fields in order. Bytes too few to hold another field (padding,
    /// as zipalign leaves) end the list.
    static func fields(_ extra: [UInt8]) -> [(id: UInt16, data: [UInt8])] {
        var result: [(UInt16, [UInt8])] = []
        var offset = 0
        while offset + 4 <= extra.count {
            let id = extra.readLE16(at: offset)
            let length = Int(extra.readLE16(at: offset + 2))
            guard offset + 4 + length <= extra.count else { break }
            result.append((id, Array(extra[offset + 4..<offset + 4 + length])))
            offset += 4 + length
        }
        return result
    }
}
