/// The four lines of a `.minisig` file:
///
///     untrusted comment: <anything>
///     base64("ED" or "Ed" ‖ key id (8) ‖ Ed25519 signature (64))
///     trusted comment: <signed text>
///     base64(global signature (64) over signature ‖ trusted comment bytes)
///
/// "ED" means the signed message is BLAKE2b-512 of the file (what minisign
/// 0.8+ writes by default); "Ed" is the legacy form that signs the file itself.
struct MinisignSignatureFile: Equatable {
    var untrustedComment: String
    var isPrehashed: Bool
    var keyID: [UInt8]
    var signature: [UInt8]
    var trustedComment: [UInt8]
    var globalSignature: [UInt8]

    static let structCount = 2 + Sodium.keyIDBytes + Sodium.signatureBytes

    /// The bytes the global signature covers.
    var globallySignedBytes: [UInt8] { signature + trustedComment }

    /// Serialises exactly as minisign does: every line ends with `\n`.
    var text: String {
        let algorithm = Array((isPrehashed ? "ED" : "Ed").utf8)
        return MinisignText.untrustedPrefix + untrustedComment + "\n"
            + MinisignText.base64(algorithm + keyID + signature) + "\n"
            + MinisignText.trustedPrefix + String(decoding: trustedComment, as: UTF8.self) + "\n"
            + MinisignText.base64(globalSignature) + "\n"
    }

    /// Parses with minisign's rules: CR/LF line ends are tolerated, the
    /// comment prefixes are mandatory, and anything after line four is ignored.
    init(parsing text: String) throws {
        let lines = MinisignText.lines(text)
        func malformed(_ reason: String) -> SigningError { .malformedSignature(reason) }
        guard lines.count >= 4 else {
            throw malformed("expected 4 lines (untrusted comment, signature, trusted comment, global signature), found \(lines.count)")
        }
        guard MinisignText.hasPrefix(lines[0], MinisignText.untrustedPrefix) else {
            throw malformed("the first line must start with \"\(MinisignText.untrustedPrefix)\"")
        }
        guard let decoded = MinisignText.decode(lines[1], count: Self.structCount) else {
            throw malformed("the second line is not base64 of a \(Self.structCount)-byte signature")
        }
        guard MinisignText.hasPrefix(lines[2], MinisignText.trustedPrefix) else {
            throw malformed("the third line must start with \"\(MinisignText.trustedPrefix)\"")
        }
        guard let global = MinisignText.decode(lines[3], count: Sodium.signatureBytes) else {
            throw malformed("the fourth line is not base64 of a \(Sodium.signatureBytes)-byte global signature")
        }
        switch (decoded[0], decoded[1]) {
        case (UInt8(ascii: "E"), UInt8(ascii: "D")): isPrehashed = true
        case (UInt8(ascii: "E"), UInt8(ascii: "d")): isPrehashed = false
        default: throw SigningError.unsupportedAlgorithm("signature algorithm is neither \"ED\" nor \"Ed\"")
        }
        untrustedComment = String(decoding: lines[0].dropFirst(MinisignText.untrustedPrefix.utf8.count), as: UTF8.self)
        keyID = Array(decoded[2..<10])
        signature = Array(decoded[10...])
        trustedComment = Array(lines[2].dropFirst(MinisignText.trustedPrefix.utf8.count))
        globalSignature = global
    }

    init(untrustedComment: String, isPrehashed: Bool, keyID: [UInt8], signature: [UInt8],
         trustedComment: [UInt8], globalSignature: [UInt8]) {
        self.untrustedComment = untrustedComment
        self.isPrehashed = isPrehashed
        self.keyID = keyID
        self.signature = signature
        self.trustedComment = trustedComment
        self.globalSignature = globalSignature
    }
}
