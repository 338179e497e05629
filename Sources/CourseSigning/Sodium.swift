import CSodium

/// Process-wide libsodium setup plus the sizes minisign's formats are built
/// from. Sizes are spelled out here (instead of using the C macros) because
/// chained C macros are not reliably imported into Swift.
enum Sodium {
    /// `sodium_init()` must run before any other libsodium call; a Swift
    /// `static let` is initialised lazily and exactly once, thread-safely.
    private static let initialized: Bool = sodium_init() >= 0

    /// Call at the top of every public entry point that touches libsodium.
    static func ensureInitialized() {
        precondition(initialized, "libsodium could not be initialised (sodium_init failed)")
    }

    static let keyIDBytes = 8
    static let publicKeyBytes = 32
    static let secretKeyBytes = 64
    static let signatureBytes = 64
    static let checksumBytes = 32
    static let prehashBytes = 64
    static let saltBytes = 32

    /// Fresh random bytes from the OS CSPRNG (key ids, salts).
    static func randomBytes(_ count: Int) -> [UInt8] {
        ensureInitialized()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, $0.count) }
        return bytes
    }

    /// Wipes an array that held secret material before it goes out of scope.
    static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { sodium_memzero(base, buffer.count) }
        }
    }

    /// Constant-time comparison, used for checksums over secret material.
    static func constantTimeEqual(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return sodium_memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
    }

    /// Little-endian u64 as used by minisign for key ids and KDF limits.
    static func loadLE64<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var value: UInt64 = 0
        for (index, byte) in bytes.prefix(8).enumerated() {
            value |= UInt64(byte) << (8 * UInt64(index))
        }
        return value
    }

    static func storeLE64(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
