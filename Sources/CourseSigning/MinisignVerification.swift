/// What a successful verification proves: the file is unchanged, it was
/// signed by the key with `keyID`, and `trustedComment` is what the signer
/// wrote (the untrusted comment is deliberately not reported).
public struct MinisignVerification: Equatable, Sendable {
    /// The signed, trusted comment (e.g. "timestamp:… file:…").
    public let trustedComment: String
    /// Id of the key that made the signature (equals the public key's id).
    public let keyID: [UInt8]
    /// False for legacy "Ed" signatures, which sign the raw file.
    public let isPrehashed: Bool

    /// The key id in minisign's hex notation.
    public var keyIDHex: String { MinisignPublicKey.hex(keyID: keyID) }
}
