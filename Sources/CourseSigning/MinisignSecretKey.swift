import CSodium
import Foundation

/// A minisign secret key held in memory: the key id and the 64-byte Ed25519
/// secret key (seed ‖ public key). The bytes live in `sodium_malloc` memory
/// that is wiped when the key is released, which is why this is a class.
///
/// `@unchecked Sendable`: the secret bytes are written once in `init` and only
/// read afterwards, so sharing one key between tasks is safe.
public final class MinisignSecretKey: @unchecked Sendable {
    /// The public key id (not secret; it appears in every signature).
    public let keyID: [UInt8]
    /// Ed25519 secret key, 64 bytes.
    let secret: SecretBuffer

    /// Takes ownership of `secret` (64 bytes, already validated).
    init(keyID: [UInt8], secret: SecretBuffer) {
        precondition(keyID.count == Sodium.keyIDBytes && secret.count == Sodium.secretKeyBytes)
        self.keyID = keyID
        self.secret = secret
    }

    deinit {
        // SecretBuffer also wipes on release; wiping here keeps the promise
        // even if another reference to the buffer were ever kept alive.
        sodium_memzero(secret.raw.baseAddress!, secret.count)
    }

    /// The comment `minisign -G` puts on secret key files (with or without a password).
    public static let defaultUntrustedComment = "minisign encrypted secret key"

    /// A fresh key pair with a random key id, like `minisign -G`.
    public static func generate() -> MinisignSecretKey {
        Sodium.ensureInitialized()
        let secret = SecretBuffer(count: Sodium.secretKeyBytes)
        var publicBytes = [UInt8](repeating: 0, count: Sodium.publicKeyBytes)
        let status = publicBytes.withUnsafeMutableBufferPointer {
            crypto_sign_keypair($0.baseAddress!, secret.raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        precondition(status == 0, "crypto_sign_keypair failed")
        return MinisignSecretKey(keyID: Sodium.randomBytes(Sodium.keyIDBytes), secret: secret)
    }

    /// The matching public key (the last 32 bytes of the Ed25519 secret key).
    public var publicKey: MinisignPublicKey {
        var publicBytes = [UInt8](repeating: 0, count: Sodium.publicKeyBytes)
        publicBytes.withUnsafeMutableBufferPointer {
            _ = crypto_sign_ed25519_sk_to_pk($0.baseAddress!, secret.raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        return MinisignPublicKey(keyID: keyID, keyBytes: publicBytes)
    }

    /// Key id in minisign's hex notation (see `MinisignPublicKey.keyIDHex`).
    public var keyIDHex: String { MinisignPublicKey.hex(keyID: keyID) }

    /// Detached Ed25519 signature over `message`.
    func signDetached(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: Sodium.signatureBytes)
        let status = signature.withUnsafeMutableBufferPointer { out in
            crypto_sign_detached(out.baseAddress!, nil,
                                 message.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(message.count),
                                 secret.raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        precondition(status == 0, "crypto_sign_detached failed")
        return signature
    }

    /// The secret key file text, as `minisign -G` writes it: encrypted with
    /// scrypt using minisign's limits when `password` is given, or with kdf
    /// "none" (like `minisign -G -W`) when it is nil. Prefer `write(to:password:)`,
    /// which never turns the key into a Swift `String` that cannot be wiped.
    public func fileContents(password: String?,
                             untrustedComment: String = MinisignSecretKey.defaultUntrustedComment) throws -> String {
        let bytes = try MinisignSecretKeyFile.encode(self, password: password, limits: .minisign,
                                                     comment: untrustedComment)
        return String(decoding: UnsafeRawBufferPointer(bytes.raw), as: UTF8.self)
    }

    /// Writes the secret key file atomically with mode 0600 (see `fileContents`).
    public func write(to url: URL, password: String?,
                      untrustedComment: String = MinisignSecretKey.defaultUntrustedComment) throws {
        try write(to: url, password: password, limits: .minisign, untrustedComment: untrustedComment)
    }

    func write(to url: URL, password: String?, limits: MinisignSecretKeyFile.KDFLimits,
               untrustedComment: String = MinisignSecretKey.defaultUntrustedComment) throws {
        let bytes = try MinisignSecretKeyFile.encode(self, password: password, limits: limits,
                                                     comment: untrustedComment)
        try AtomicFileWriter.write(UnsafeRawBufferPointer(bytes.raw), to: url, mode: 0o600)
    }

    /// Reads a secret key file made by `minisign -G` (with or without `-W`)
    /// or by this module. Throws `.passwordRequired` for an encrypted key
    /// without a password and `.wrongPassword` when the checksum does not
    /// match after decryption. A password given for an unencrypted key is ignored.
    public static func read(fileContents: String, password: String?) throws -> MinisignSecretKey {
        try MinisignSecretKeyFile.decode(fileContents, password: password)
    }

    /// Reads a secret key file from disk (see `read(fileContents:password:)`).
    public static func read(from url: URL, password: String?) throws -> MinisignSecretKey {
        var bytes = try SignedFile.readAll(url)
        defer { Sodium.wipe(&bytes) }
        return try read(fileContents: String(decoding: bytes, as: UTF8.self), password: password)
    }
}
