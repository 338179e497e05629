import CourseSigning
import CourseKit
import Foundation

/// `coursec keygen`: a minisign key pair, `PREFIX.key` (mode 0600,
/// encrypted with scrypt unless there is no password) and `PREFIX.pub`,
/// readable by `minisign` itself.
public enum Keygen {
    public struct Result: Sendable {
        public var secretKey: URL
        public var publicKey: URL
        public var keyID: String
    }

    /// `password` nil writes an unencrypted key, like `minisign -G -W`.
    public static func generate(prefix: String, password: String?, overwrite: Bool = false) throws -> Result {
        let secretURL = URL(fileURLWithPath: prefix + ".key")
        let publicURL = URL(fileURLWithPath: prefix + ".pub")
        if !overwrite {
            for url in [secretURL, publicURL] where FileManager.default.fileExists(atPath: url.path) {
                throw ReleaseError.usage("\(url.path) already exists; use --force to replace it")
            }
        }
        let folder = secretURL.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReleaseError.usage("the folder \(folder.path) does not exist")
        }
        let key = MinisignSecretKey.generate()
        do {
            // The secret key first: a public key without its secret half is useless.
            try key.write(to: secretURL, password: password)
            try key.publicKey.write(to: publicURL)
        } catch let error as SigningError {
            throw ReleaseError.io(Message(verbatim: error.description))
        }
        return Result(secretKey: secretURL, publicKey: publicURL, keyID: key.keyIDHex)
    }
}
