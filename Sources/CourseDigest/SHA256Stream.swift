import CSodium

/// Incremental SHA-256 over libsodium's init/update/final API. The state is
/// heap-allocated with 64-byte alignment, which libsodium's states expect
/// and a Swift stack value does not promise.
public enum SHA256Stream {
    static let digestBytes = 32

    /// `sodium_init()` must run before any other libsodium call; a Swift
    /// `static let` is initialised lazily and exactly once, thread-safely.
    private static let initialized: Bool = sodium_init() >= 0

    /// SHA-256 fed by `feed`, which receives an `update` function to call per chunk.
    public static func digest(_ feed: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows -> [UInt8] {
        precondition(initialized, "libsodium could not be initialised (sodium_init failed)")
        let state = UnsafeMutableRawPointer.allocate(byteCount: crypto_hash_sha256_statebytes(), alignment: 64)
        defer { state.deallocate() }
        let typed = state.assumingMemoryBound(to: crypto_hash_sha256_state.self)
        crypto_hash_sha256_init(typed)
        try feed { chunk in
            guard let base = chunk.baseAddress, chunk.count > 0 else { return }
            crypto_hash_sha256_update(typed, base.assumingMemoryBound(to: UInt8.self), UInt64(chunk.count))
        }
        var digest = [UInt8](repeating: 0, count: digestBytes)
        digest.withUnsafeMutableBufferPointer { _ = crypto_hash_sha256_final(typed, $0.baseAddress!) }
        return digest
    }
}
