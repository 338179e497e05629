/// Everything that can go wrong while handling minisign keys and signatures.
///
/// Messages are written for a course author reading CLI output. They never
/// include key bytes, decoded key material or passwords: only file paths,
/// public key ids and format facts, so an error can be logged or pasted into
/// an issue safely.
public enum SigningError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The signature file does not follow minisign's four-line layout.
    case malformedSignature(String)
    /// The public key (file or base64 string) could not be decoded.
    case malformedPublicKey(String)
    /// The secret key file could not be decoded (before any password check).
    case malformedSecretKey(String)
    /// A field names an algorithm minisign (and so we) do not support.
    case unsupportedAlgorithm(String)
    /// The signature was made by a different key than the one given.
    case keyIDMismatch(signatureKeyID: String, publicKeyID: String)
    /// The file content does not match the signature (altered or wrong file).
    case signatureInvalid
    /// The file matches, but the trusted comment was changed after signing.
    case trustedCommentAltered
    /// The password does not decrypt the secret key (checksum mismatch).
    case wrongPassword
    /// The secret key file is encrypted and no password was supplied.
    case passwordRequired
    /// An unencrypted secret key whose checksum does not match its content.
    case corruptSecretKey
    /// A comment cannot be written in a way minisign would read back.
    case invalidComment(String)
    /// scrypt could not run, typically because memory is exhausted.
    case keyDerivationFailed
    /// A file could not be opened or read.
    case fileUnreadable(path: String, reason: String)
    /// A file could not be written.
    case fileWriteFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .malformedSignature(reason):
            return "The signature file is not a valid minisign signature: \(reason)."
        case let .malformedPublicKey(reason):
            return "The public key is not a valid minisign public key: \(reason)."
        case let .malformedSecretKey(reason):
            return "The secret key file is not a valid minisign secret key: \(reason)."
        case let .unsupportedAlgorithm(what):
            return "Unsupported algorithm: \(what)."
        case let .keyIDMismatch(signatureKeyID, publicKeyID):
            return "The file was signed with key \(signatureKeyID), but the public key given is \(publicKeyID); "
                + "use the public key that belongs to the signer."
        case .signatureInvalid:
            return "Signature verification failed: the file was altered or is not the file that was signed."
        case .trustedCommentAltered:
            return "The trusted comment in the signature file was altered after signing."
        case .wrongPassword:
            return "Wrong password for this secret key (or the key file is damaged)."
        case .passwordRequired:
            return "This secret key is encrypted; a password is required to use it."
        case .corruptSecretKey:
            return "The secret key file is damaged: its checksum does not match."
        case let .invalidComment(reason):
            return "Invalid comment: \(reason)."
        case .keyDerivationFailed:
            return "Could not derive a key from the password (scrypt needs more memory than is available)."
        case let .fileUnreadable(path, reason):
            return "Cannot read “\(path)”: \(reason)."
        case let .fileWriteFailed(path, reason):
            return "Cannot write “\(path)”: \(reason)."
        }
    }
}
