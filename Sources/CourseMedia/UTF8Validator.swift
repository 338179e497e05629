/// Checks that a stream of bytes is UTF-8, piece by piece, keeping only
/// the few bytes of a character split between two pieces.
public struct UTF8Validator: Sendable {
    private var carry: [UInt8] = []
    /// Bytes consumed before the current piece.
    private var consumed = 0
    /// Offset of the first byte that is not UTF-8, once one is found.
    public private(set) var firstInvalidOffset: Int?

    public init() {}

    public var isValid: Bool { firstInvalidOffset == nil }

    /// Feeds the next piece; returns false once the stream is known not to be UTF-8.
    @discardableResult
    public mutating func feed(_ piece: [UInt8]) -> Bool {
        guard firstInvalidOffset == nil else { return false }
        let bytes = carry + piece
        // Hold back an incomplete last character (at most 3 bytes).
        var cut = bytes.count
        var back = 0
        while back < min(3, bytes.count), bytes[bytes.count - 1 - back] & 0xC0 == 0x80 { back += 1 }
        if back < bytes.count {
            let lead = bytes[bytes.count - 1 - back]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if length > back + 1 { cut = bytes.count - 1 - back }
        }
        if String(validating: bytes[..<cut], as: UTF8.self) == nil {
            var offset = 0
            var iterator = bytes[..<cut].makeIterator()
            var decoder = UTF8()
            var position = 0
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): position += UTF8.width(scalar)
                case .emptyInput: break loop
                case .error: offset = position; break loop
                }
            }
            firstInvalidOffset = consumed - carry.count + offset
            return false
        }
        consumed += piece.count
        carry = Array(bytes[cut...])
        return true
    }

    /// Ends the stream: a character left incomplete makes it invalid.
    @discardableResult
    public mutating func finish() -> Bool {
        if firstInvalidOffset == nil, !carry.isEmpty { firstInvalidOffset = consumed - carry.count }
        return isValid
    }
}
