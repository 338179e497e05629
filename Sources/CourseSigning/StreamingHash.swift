import CourseDigest
import CSodium
import Foundation

/// BLAKE2b-512 of a file over libsodium's init/update/final API, the
/// message minisign signs in "ED" mode. The state is heap-allocated with
/// 64-byte alignment because libsodium declares it `CRYPTO_ALIGN(64)`,
/// which a Swift stack value does not promise.
enum StreamingHash {
    static func blake2b512(fileAt url: URL) throws -> [UInt8] {
        Sodium.ensureInitialized()
        let state = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_statebytes(), alignment: 64)
        defer { state.deallocate() }
        let typed = OpaquePointer(state)
        crypto_generichash_init(typed, nil, 0, Sodium.prehashBytes)
        try SignedFile.forEachChunk(of: url) { chunk in
            crypto_generichash_update(typed, chunk.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                      UInt64(chunk.count))
        }
        var digest = [UInt8](repeating: 0, count: Sodium.prehashBytes)
        _ = digest.withUnsafeMutableBufferPointer { crypto_generichash_final(typed, $0.baseAddress!, $0.count) }
        return digest
    }
}
