import CSodium
import Foundation

/// Signing and verification compatible with the `minisign` tool, so release
/// artifacts made by coursec can be checked with a stock `minisign -V`.
public enum Minisign {
    /// The untrusted comment `minisign -S` writes by default.
    public static let defaultUntrustedComment = "signature from minisign secret key"

    /// Signs the file at `url` in minisign's prehashed ("ED") mode and
    /// returns the `.minisig` text. The file is hashed with BLAKE2b-512 in
    /// 64 KiB chunks, so memory use does not grow with the file. Comments
    /// must be single lines (a newline in the signed trusted comment is
    /// rejected rather than silently changed).
    public static func sign(fileAt url: URL, with key: MinisignSecretKey, trustedComment: String,
                            untrustedComment: String = defaultUntrustedComment) throws -> String {
        try MinisignText.validate(comment: trustedComment, trusted: true)
        try MinisignText.validate(comment: untrustedComment, trusted: false)
        let digest = try StreamingHash.blake2b512(fileAt: url)
        let signature = digest.withUnsafeBytes { key.signDetached($0) }
        let comment = Array(trustedComment.utf8)
        let global = (signature + comment).withUnsafeBytes { key.signDetached($0) }
        let file = MinisignSignatureFile(untrustedComment: untrustedComment, isPrehashed: true, keyID: key.keyID,
                                         signature: signature, trustedComment: comment, globalSignature: global)
        return file.text
    }

    /// Verifies the file at `url` against `.minisig` text, in minisign's
    /// order: parse, compare key ids, check the file signature, then the
    /// trusted comment's global signature; each failure has its own error so
    /// the CLI can say whether the file or the comment was altered, or
    /// whether the wrong public key was used. Legacy "Ed" signatures are
    /// accepted (they require reading the whole file into memory).
    public static func verify(fileAt url: URL, signatureFileContents: String,
                              publicKey: MinisignPublicKey) throws -> MinisignVerification {
        Sodium.ensureInitialized()
        let parsed = try MinisignSignatureFile(parsing: signatureFileContents)
        guard parsed.keyID == publicKey.keyID else {
            throw SigningError.keyIDMismatch(signatureKeyID: MinisignPublicKey.hex(keyID: parsed.keyID),
                                             publicKeyID: publicKey.keyIDHex)
        }
        let message = parsed.isPrehashed ? try StreamingHash.blake2b512(fileAt: url)
                                         : try SignedFile.readAll(url)
        guard verifyDetached(parsed.signature, message: message, publicKey: publicKey.keyBytes) else {
            throw SigningError.signatureInvalid
        }
        guard verifyDetached(parsed.globalSignature, message: parsed.globallySignedBytes,
                             publicKey: publicKey.keyBytes) else {
            throw SigningError.trustedCommentAltered
        }
        return MinisignVerification(trustedComment: String(decoding: parsed.trustedComment, as: UTF8.self),
                                    keyID: parsed.keyID, isPrehashed: parsed.isPrehashed)
    }

    static func verifyDetached(_ signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        signature.withUnsafeBufferPointer { sig in
            message.withUnsafeBufferPointer { msg in
                publicKey.withUnsafeBufferPointer { pk in
                    crypto_sign_verify_detached(sig.baseAddress!, msg.baseAddress, UInt64(msg.count),
                                                pk.baseAddress!) == 0
                }
            }
        }
    }
}
