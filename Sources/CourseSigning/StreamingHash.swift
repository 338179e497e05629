import Foundation
import CSodium

/// Incremental hashes over libsodium's init/update/final APIs. The state is
/// heap-allocated with 64-byte alignment because libsodium declares the
/// BLAKE2b state `CRYPTO_ALIGN(64)`, which a Swift stack value does not promise.
enum StreamingHash {
    /// BLAKE2b-512 of a file, the message minisign signs in "ED" mode.
    static func blake2b512(fileAt url: URL) throws -> [UInt8] {
        Sodium.ensureInitialized()
        let state = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_statebytes(), alignment: 64)
        defer { state.deallocate() }
        let typed = OpaquePointer(state)
        crypto_generichash_init(typed, nil, 0, Sodium.prehashBytes)
        try FileChunkReader.forEachChunk(of: url) { chunk in
            crypto_generichash_update(typed, chunk.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                      UInt64(chunk.count))
        }
        var digest = [UInt8](repeating: 0, count: Sodium.prehashBytes)
        _ = digest.withUnsafeMutableBufferPointer { crypto_generichash_final(typed, $0.baseAddress!, $0.count) }
        return digest
    }

    /// SHA-256 fed by `feed`, which receives an `update` function to call per chunk.
    static func sha256(_ feed: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows -> [UInt8] {
        Sodium.ensureInitialized()
        let state = UnsafeMutableRawPointer.allocate(byteCount: crypto_hash_sha256_statebytes(), alignment: 64)
        defer { state.deallocate() }
        let typed = state.assumingMemoryBound(to: crypto_hash_sha256_state.self)
        crypto_hash_sha256_init(typed)
        try feed { chunk in
            guard let base = chunk.baseAddress, chunk.count > 0 else { return }
            crypto_hash_sha256_update(typed, base.assumingMemoryBound(to: UInt8.self), UInt64(chunk.count))
        }
        var digest = [UInt8](repeating: 0, count: Sodium.sha256Bytes)
        digest.withUnsafeMutableBufferPointer { _ = crypto_hash_sha256_final(typed, $0.baseAddress!) }
        return digest
    }
}
