import CourseSigning
import Foundation

/// Reads a minisign secret key file (made by coursec or `minisign -G`),
/// asking for a password only when the key is encrypted, so unencrypted
/// CI keys (`minisign -G -W`, `coursec keygen --no-password`) never prompt.
public enum SigningKeyLoader {
    public static func load(_ url: URL, passwords: PasswordSource = PasswordSource()) throws -> MinisignSecretKey {
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ReleaseError.usage("cannot read the secret key '\(url.path)'")
        }
        do {
            return try MinisignSecretKey.read(from: url, password: nil)
        } catch SigningError.passwordRequired {
            let password = try passwords.password(for: url.path)
            do {
                return try MinisignSecretKey.read(from: url, password: password)
            } catch let error as SigningError {
                throw ReleaseError.usage("\(url.path): \(error.description)")
            }
        } catch let error as SigningError {
            throw ReleaseError.usage("\(url.path): \(error.description)")
        }
    }

    public static func loadPublicKey(_ url: URL) throws -> MinisignPublicKey {
        let data: Data
        do {
            data = try ReleaseFiles.readBounded(url, maxBytes: 4096)
        } catch {
            throw ReleaseError.usage("cannot read the public key '\(url.path)'")
        }
        do {
            return try MinisignPublicKey(fileContents: String(decoding: data, as: UTF8.self))
        } catch let error as SigningError {
            throw ReleaseError.usage("\(url.path): \(error.description)")
        }
    }
}
