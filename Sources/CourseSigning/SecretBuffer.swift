import CSodium

/// A fixed-size buffer for secret bytes (keys, decrypted key files, KDF
/// streams). It lives in `sodium_malloc` memory, which is guarded and kept out
/// of swap where possible, and is wiped with `sodium_memzero` before it is
/// released, so secrets do not linger in freed heap memory the way they would
/// in a Swift `Array` or `String`.
final class SecretBuffer {
    let count: Int
    private let pointer: UnsafeMutableRawPointer

    init(count: Int) {
        Sodium.ensureInitialized()
        precondition(count > 0, "SecretBuffer needs at least one byte")
        guard let raw = sodium_malloc(count) else {
            fatalError("sodium_malloc could not allocate \(count) bytes for secret material")
        }
        self.count = count
        self.pointer = raw
        sodium_memzero(raw, count)
    }

    /// Copies `bytes` in; the caller remains responsible for wiping its copy.
    convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(count: max(bytes.count, 1))
        if let base = bytes.baseAddress, bytes.count > 0 {
            pointer.copyMemory(from: base, byteCount: bytes.count)
        }
    }

    deinit {
        sodium_memzero(pointer, count)
        sodium_free(pointer)
    }

    var raw: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: pointer, count: count)
    }

    /// A sub-range view; valid only while `self` is alive.
    func slice(_ offset: Int, _ length: Int) -> UnsafeMutableRawBufferPointer {
        precondition(offset >= 0 && length >= 0 && offset + length <= count)
        return UnsafeMutableRawBufferPointer(start: pointer + offset, count: length)
    }

    /// XORs `other` into this buffer (minisign's key-file "encryption").
    func xor(with other: SecretBuffer) {
        precondition(other.count == count)
        let a = pointer.assumingMemoryBound(to: UInt8.self)
        let b = other.raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
        for index in 0..<count { a[index] ^= b[index] }
    }
}
