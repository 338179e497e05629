import CourseSigning
import Foundation

/// Fuzzes the three minisign file parsers with every input: as a public
/// key file (and a bare base64 key), as a secret key file, and as a
/// signature file checked against a fixed message and key.
///
/// Beyond "never traps": a key that parses writes itself back to a file
/// that parses to the same key, and no input verifies (the fixed public key
/// is all zeros, which no signature can match).
///
/// Secret keys are read without a password: an encrypted key then stops at
/// `passwordRequired` before scrypt, whose cost the file sets (up to 4 GiB
/// of memory by design), which would make every such input an out-of-memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    for key in [try? MinisignPublicKey(fileContents: text), try? MinisignPublicKey(base64: text)].compactMap({ $0 }) {
        guard (try? MinisignPublicKey(fileContents: key.fileContents(untrustedComment: "fuzz"))) == key,
              (try? MinisignPublicKey(base64: key.base64)) == key else {
            fatalError("public key \(key.keyIDHex) does not read back")
        }
    }

    if let secret = try? MinisignSecretKey.read(fileContents: text, password: nil) {
        guard let written = try? secret.fileContents(password: nil),
              let again = try? MinisignSecretKey.read(fileContents: written, password: nil),
              again.keyID == secret.keyID, again.publicKey == secret.publicKey else {
            fatalError("secret key \(secret.keyIDHex) does not read back")
        }
    }

    if let verified = try? Minisign.verify(fileAt: message, signatureFileContents: text, publicKey: zeroKey) {
        fatalError("a signature verified against the all-zero key: \(verified)")
    }
    return 0
}

/// "Ed", a key id of zeros and an all-zero Ed25519 key (a small-order point
/// that libsodium refuses to verify with).
private let zeroKey = try! MinisignPublicKey(base64: "RWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")

/// The signed file `verify` hashes: written once per process.
private let message: URL = {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("coursec-fuzz-minisign-\(ProcessInfo.processInfo.processIdentifier).txt")
    do { try Data("curso firmado\n".utf8).write(to: url) } catch { fatalError("cannot write \(url.path): \(error)") }
    return url
}()
