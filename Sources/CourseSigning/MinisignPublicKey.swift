import Foundation

/// A minisign public key: the 8-byte key id that ties signatures to a key
/// plus the 32-byte Ed25519 public key. Encoded as base64 of
/// `"Ed" ‖ key id ‖ public key` (42 bytes), below an untrusted comment line.
public struct MinisignPublicKey: Equatable, Hashable, Sendable {
    /// Random id chosen at key generation; copied into every signature so a
    /// verifier can tell "wrong key" apart from "altered file".
    public let keyID: [UInt8]
    /// The raw Ed25519 public key.
    public let keyBytes: [UInt8]

    static let encodedCount = 2 + Sodium.keyIDBytes + Sodium.publicKeyBytes

    init(keyID: [UInt8], keyBytes: [UInt8]) {
        precondition(keyID.count == Sodium.keyIDBytes && keyBytes.count == Sodium.publicKeyBytes)
        self.keyID = keyID
        self.keyBytes = keyBytes
    }

    /// Parses the contents of a `.pub` file as written by `minisign -G`.
    /// Like minisign, the first line is a free-form comment and the second
    /// line holds the key.
    public init(fileContents: String) throws {
        let lines = MinisignText.lines(fileContents)
        guard lines.count >= 2 else {
            throw SigningError.malformedPublicKey("expected a comment line followed by the base64 key")
        }
        try self.init(base64Bytes: lines[1])
    }

    /// Parses the bare base64 form (what `minisign -P` takes on the command line).
    public init(base64: String) throws {
        let trimmed = base64.trimmingCharacters(in: .whitespacesAndNewlines)
        try self.init(base64Bytes: Array(trimmed.utf8))
    }

    private init(base64Bytes: [UInt8]) throws {
        guard let decoded = MinisignText.decode(base64Bytes, count: Self.encodedCount) else {
            throw SigningError.malformedPublicKey("the key line is not base64 of \(Self.encodedCount) bytes")
        }
        guard decoded[0] == UInt8(ascii: "E"), decoded[1] == UInt8(ascii: "d") else {
            throw SigningError.unsupportedAlgorithm("public key algorithm is not Ed25519 (\"Ed\")")
        }
        self.init(keyID: Array(decoded[2..<10]), keyBytes: Array(decoded[10...]))
    }

    /// The key id as minisign prints it: the id read as a little-endian
    /// 64-bit number, in uppercase hex, zero-padded to 16 digits (the newer
    /// minisign style; 0.11 omits leading zeros, which parses to the same number).
    public var keyIDHex: String { Self.hex(keyID: keyID) }

    static func hex(keyID: [UInt8]) -> String {
        let digits = String(Sodium.loadLE64(keyID), radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }

    /// Base64 of `"Ed" ‖ key id ‖ key`, usable with `minisign -P`.
    public var base64: String {
        MinisignText.base64(Array("Ed".utf8) + keyID + keyBytes)
    }

    /// The `.pub` file text, newline-terminated like minisign's output.
    /// minisign itself uses the comment "minisign public key <KEYID>".
    public func fileContents(untrustedComment: String) -> String {
        let oneLine = untrustedComment.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
        return MinisignText.untrustedPrefix + oneLine + "\n" + base64 + "\n"
    }

    /// The comment minisign writes into public key files.
    public var defaultUntrustedComment: String { "minisign public key \(keyIDHex)" }

    /// Writes the `.pub` file atomically (mode 0644: a public key is public).
    public func write(to url: URL, untrustedComment: String? = nil) throws {
        let text = fileContents(untrustedComment: untrustedComment ?? defaultUntrustedComment)
        try Array(text.utf8).withUnsafeBytes { bytes in
            try AtomicFileWriter.write(bytes, to: url, mode: 0o644)
        }
    }
}
