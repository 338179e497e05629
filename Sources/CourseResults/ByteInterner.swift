/// Numbers distinct byte strings 0, 1, 2… in order of first appearance,
/// without making a `String` of each: a million learner codes are looked
/// up this way while a responses file streams by. Open addressing over one
/// contiguous store of the keys (FNV-1a hashes).
struct ByteInterner: Sendable {
    private var storage: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    func key(_ index: Int) -> ArraySlice<UInt8> { storage[offsets[index]..<offsets[index + 1]] }

    func string(_ index: Int) -> String { String(decoding: key(index), as: UTF8.self) }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func slot(for bytes: ArraySlice<UInt8>) -> (slot: Int, found: Int?) {
        var i = Self.hash(bytes) & mask
        while true {
            let entry = slots[i]
            if entry < 0 { return (i, nil) }
            if key(Int(entry)).elementsEqual(bytes) { return (i, Int(entry)) }
            i = (i + 1) & mask
        }
    }

    func index(of bytes: ArraySlice<UInt8>) -> Int? { slot(for: bytes).found }

    func index(of text: String) -> Int? { index(of: ArraySlice(Array(text.utf8))) }

    /// The key's number, added when new.
    mutating func intern(_ bytes: ArraySlice<UInt8>) -> (index: Int, isNew: Bool) {
        let (s, found) = slot(for: bytes)
        if let found { return (found, false) }
        let index = count
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        slots[s] = Int32(index)
        if count * 2 > slots.count { grow() }
        return (index, true)
    }

    @discardableResult
    mutating func intern(_ text: String) -> Int { intern(ArraySlice(Array(text.utf8))).index }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for n in 0..<count {
            var i = Self.hash(key(n)) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(n)
        }
    }
}
