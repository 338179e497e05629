import CSodium
import Foundation

/// Encoding of minisign's secret key file (158 bytes before base64):
/// `"Ed"` sig_alg, kdf_alg (`"Sc"` or two zero bytes), `"B2"` chk_alg,
/// 32-byte scrypt salt, opslimit and memlimit as little-endian u64, then
/// keynum_sk = key id (8) ‖ Ed25519 secret key (64) ‖ BLAKE2b-256 checksum (32)
/// of sig_alg ‖ key id ‖ secret key. With scrypt, keynum_sk is XOR-ed with a
/// 104-byte scrypt output derived from the password; the checksum is how a
/// wrong password is detected.
enum MinisignSecretKeyFile {
    static let totalCount = 158
    static let saltOffset = 6
    static let opsOffset = 38
    static let memOffset = 46
    static let keynumOffset = 54
    static let keynumCount = 104
    static let secretOffset = 62
    static let checksumOffset = 126

    /// scrypt cost parameters stored in the file.
    struct KDFLimits: Equatable {
        var opslimit: UInt64
        var memlimit: UInt64
        /// What `minisign -G` uses: libsodium's "sensitive" scrypt limits
        /// (2^25 ops, 1 GiB), halved only if the machine cannot afford them.
        static let minisign = KDFLimits(opslimit: 33_554_432, memlimit: 1_073_741_824)
        /// libsodium's "interactive" limits; only for fast tests.
        static let interactive = KDFLimits(opslimit: 524_288, memlimit: 16_777_216)
        static let minimum = KDFLimits(opslimit: 32_768, memlimit: 16_777_216)
    }

    static func encode(_ key: MinisignSecretKey, password: String?, limits: KDFLimits,
                       comment: String) throws -> SecretBuffer {
        try MinisignText.validate(comment: comment, trusted: false)
        let raw = SecretBuffer(count: totalCount)
        let fields = raw.raw
        fields.copyBytes(from: Array("Ed".utf8))
        if password != nil { fields[2] = UInt8(ascii: "S"); fields[3] = UInt8(ascii: "c") }
        fields[4] = UInt8(ascii: "B"); fields[5] = UInt8(ascii: "2")
        raw.slice(keynumOffset, Sodium.keyIDBytes).copyBytes(from: key.keyID)
        raw.slice(secretOffset, Sodium.secretKeyBytes).copyMemory(from: UnsafeRawBufferPointer(key.secret.raw))
        checksum(of: raw, into: raw.slice(checksumOffset, Sodium.checksumBytes))
        if let password {
            let salt = Sodium.randomBytes(Sodium.saltBytes)
            raw.slice(saltOffset, Sodium.saltBytes).copyBytes(from: salt)
            var used = limits
            var stream: SecretBuffer?
            while stream == nil {
                stream = derive(password: password, salt: salt, limits: used)
                if stream == nil {
                    // Same fallback as minisign: halve the cost until it fits.
                    used.opslimit /= 2
                    used.memlimit /= 2
                    guard used.opslimit >= KDFLimits.minimum.opslimit,
                          used.memlimit >= KDFLimits.minimum.memlimit else { throw SigningError.keyDerivationFailed }
                }
            }
            raw.slice(opsOffset, 8).copyBytes(from: Sodium.storeLE64(used.opslimit))
            raw.slice(memOffset, 8).copyBytes(from: Sodium.storeLE64(used.memlimit))
            let keynum = SecretBuffer(copying: UnsafeRawBufferPointer(raw.slice(keynumOffset, keynumCount)))
            keynum.xor(with: stream!)
            raw.slice(keynumOffset, keynumCount).copyMemory(from: UnsafeRawBufferPointer(keynum.raw))
        }
        let encoded = MinisignText.base64Secret(UnsafeRawBufferPointer(fields))
        let base64Count = encoded.count - 1
        let head = Array((MinisignText.untrustedPrefix + comment + "\n").utf8)
        let file = SecretBuffer(count: head.count + base64Count + 1)
        file.slice(0, head.count).copyBytes(from: head)
        file.slice(head.count, base64Count).copyMemory(from: UnsafeRawBufferPointer(encoded.slice(0, base64Count)))
        file.raw[file.count - 1] = 0x0A
        return file
    }

    static func decode(_ text: String, password: String?) throws -> MinisignSecretKey {
        var copy = text
        let raw = SecretBuffer(count: totalCount)
        let decoded = copy.withUTF8 { utf8 -> Bool in
            let bytes = UnsafeRawBufferPointer(utf8)
            let lines = MinisignText.lineRanges(bytes)
            guard lines.count >= 2 else { return false }
            return MinisignText.decode(UnsafeRawBufferPointer(rebasing: bytes[lines[1]]), into: raw.raw)
        }
        guard decoded else {
            throw SigningError.malformedSecretKey("expected a comment line followed by base64 of \(totalCount) bytes")
        }
        let fields = raw.raw
        guard fields[0] == UInt8(ascii: "E"), fields[1] == UInt8(ascii: "d") else {
            throw SigningError.unsupportedAlgorithm("secret key algorithm is not Ed25519 (\"Ed\")")
        }
        guard fields[4] == UInt8(ascii: "B"), fields[5] == UInt8(ascii: "2") else {
            throw SigningError.unsupportedAlgorithm("secret key checksum is not BLAKE2b (\"B2\")")
        }
        let computed = SecretBuffer(count: Sodium.checksumBytes)
        let stored = raw.slice(checksumOffset, Sodium.checksumBytes)
        switch (fields[2], fields[3]) {
        case (UInt8(ascii: "S"), UInt8(ascii: "c")):
            guard let password else { throw SigningError.passwordRequired }
            let limits = KDFLimits(opslimit: Sodium.loadLE64(fields[opsOffset..<opsOffset + 8]),
                                   memlimit: Sodium.loadLE64(fields[memOffset..<memOffset + 8]))
            // minisign never writes more than its defaults; refuse absurd costs
            // from a tampered file instead of trying to allocate them.
            guard limits.opslimit <= KDFLimits.minisign.opslimit * 4,
                  limits.memlimit <= KDFLimits.minisign.memlimit * 4 else {
                throw SigningError.malformedSecretKey("its scrypt limits are far beyond what minisign writes")
            }
            let salt = Array(fields[saltOffset..<saltOffset + Sodium.saltBytes])
            guard let stream = derive(password: password, salt: salt, limits: limits) else {
                throw SigningError.keyDerivationFailed
            }
            let keynum = SecretBuffer(copying: UnsafeRawBufferPointer(raw.slice(keynumOffset, keynumCount)))
            keynum.xor(with: stream)
            raw.slice(keynumOffset, keynumCount).copyMemory(from: UnsafeRawBufferPointer(keynum.raw))
            checksum(of: raw, into: computed.raw)
            guard Sodium.constantTimeEqual(UnsafeRawBufferPointer(computed.raw), UnsafeRawBufferPointer(stored)) else {
                throw SigningError.wrongPassword
            }
        case (0, 0):
            // minisign -G -W leaves the checksum zeroed; accept that or a correct one.
            checksum(of: raw, into: computed.raw)
            let matches = Sodium.constantTimeEqual(UnsafeRawBufferPointer(computed.raw), UnsafeRawBufferPointer(stored))
            guard matches || sodium_is_zero(stored.baseAddress!.assumingMemoryBound(to: UInt8.self), stored.count) == 1 else {
                throw SigningError.corruptSecretKey
            }
        default:
            throw SigningError.unsupportedAlgorithm("secret key encryption is neither scrypt (\"Sc\") nor none")
        }
        let secret = SecretBuffer(copying: UnsafeRawBufferPointer(raw.slice(secretOffset, Sodium.secretKeyBytes)))
        guard publicHalfMatchesSeed(secret) else { throw SigningError.corruptSecretKey }
        let keyID = Array(fields[keynumOffset..<keynumOffset + Sodium.keyIDBytes])
        return MinisignSecretKey(keyID: keyID, secret: secret)
    }

    /// BLAKE2b-256 over sig_alg ‖ key id ‖ secret key (minisign's `chk`).
    private static func checksum(of raw: SecretBuffer, into out: UnsafeMutableRawBufferPointer) {
        let state = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_statebytes(), alignment: 64)
        defer {
            sodium_memzero(state, crypto_generichash_statebytes())
            state.deallocate()
        }
        let typed = OpaquePointer(state)
        crypto_generichash_init(typed, nil, 0, Sodium.checksumBytes)
        for (offset, length) in [(0, 2), (keynumOffset, Sodium.keyIDBytes), (secretOffset, Sodium.secretKeyBytes)] {
            let part = raw.slice(offset, length)
            crypto_generichash_update(typed, part.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(length))
        }
        crypto_generichash_final(typed, out.baseAddress!.assumingMemoryBound(to: UInt8.self), out.count)
    }

    /// The 104-byte scrypt stream, or nil if scrypt could not run (memory).
    /// The password bytes are copied into wiped memory for the KDF call.
    private static func derive(password: String, salt: [UInt8], limits: KDFLimits) -> SecretBuffer? {
        Sodium.ensureInitialized()
        let stream = SecretBuffer(count: keynumCount)
        var passwordCopy = password
        let passwordBytes = passwordCopy.withUTF8 { SecretBuffer(copying: UnsafeRawBufferPointer($0)) }
        let passwordLength = password.utf8.count
        let status = salt.withUnsafeBufferPointer { saltBytes in
            crypto_pwhash_scryptsalsa208sha256(
                stream.raw.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(keynumCount),
                passwordBytes.raw.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(passwordLength),
                saltBytes.baseAddress!, limits.opslimit, Int(clamping: limits.memlimit))
        }
        return status == 0 ? stream : nil
    }

    /// Ed25519 secret keys carry their public half; recomputing it from the
    /// seed catches damaged unencrypted keys whose checksum minisign left zero.
    private static func publicHalfMatchesSeed(_ secret: SecretBuffer) -> Bool {
        let pk = SecretBuffer(count: Sodium.publicKeyBytes)
        let sk = SecretBuffer(count: Sodium.secretKeyBytes)
        let status = crypto_sign_seed_keypair(pk.raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                              sk.raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                              secret.raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        return status == 0 && Sodium.constantTimeEqual(UnsafeRawBufferPointer(pk.raw),
                                                        UnsafeRawBufferPointer(secret.slice(32, 32)))
    }
}
