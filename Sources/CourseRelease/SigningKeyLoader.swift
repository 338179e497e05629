import CourseSigning
import Foundation

/// Reads a minisign secret key file (made by coursec or `minisign -G`),
/// asking for a password only when the key is encrypted, so unencrypted
/// CI keys (`minisign -G -W`, `coursec keygen --no-password`) never prompt.
public enum SigningKeyLoader {
    /// `password` is called with the key's path only when the key is
    /// encrypted; the CLI answers it from the environment or the terminal.
    public static func load(_ url: URL, password: (String) throws -> String) throws -> MinisignSecretKey {
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ReleaseError.usage("cannot read the secret key '\(url.path)'")
        }
        do {
            return try MinisignSecretKey.read(from: url, password: nil)
        } catch SigningError.passwordRequired {
            let text = try password(url.path)
            do {
                return try MinisignSecretKey.read(from: url, password: text)
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
