import Foundation
import Testing

/// Interoperability with Debian's `minisign`, through the CLI.
@Suite struct ReleaseKeysTests {
    @Test func keygenWritesAPrivateSecretKeyAndRefusesToOverwrite() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let (secret, _) = try ReleaseSupport.key(in: dir)
        let mode = try FileManager.default.attributesOfItem(atPath: secret)[.posixPermissions] as! Int
        #expect(mode == 0o600)
        let again = try CLIRunner.run(["keygen", "--out", dir.appendingPathComponent("clave").path, "--no-password"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func anEmptyPasswordIsRefused() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let out = try CLIRunner.run(["keygen", "--out", dir.appendingPathComponent("k").path],
                                    environment: ["COURSEC_KEY_PASSWORD": ""])
        #expect(out.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("k.key").path))
    }

    @Test(.enabled(if: ReleaseSupport.hasMinisign, "minisign is not installed at /usr/bin/minisign"))
    func anEncryptedCoursecKeySignsWhatMinisignVerifies() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let prefix = dir.appendingPathComponent("cifrada").path
        let password = "contraseña de prueba 123"
        let keygen = try CLIRunner.run(["keygen", "--out", prefix], environment: ["COURSEC_KEY_PASSWORD": password])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        #expect(!keygen.stdout.contains(password) && !keygen.stderr.contains(password))
        let keyFile = try String(contentsOfFile: prefix + ".key", encoding: .utf8)
        #expect(keyFile.hasPrefix("untrusted comment: "))

        let out = dir.appendingPathComponent("fase-1")
        let release = try ReleaseSupport.release(sources, phase: "fase-1", out: out, key: prefix + ".key",
                                                 environment: ["COURSEC_KEY_PASSWORD": password])
        #expect(release.status == 0, "\(release.stdout)\(release.stderr)")
        #expect(!release.stdout.contains(password) && !release.stderr.contains(password))

        // Every signed file checks with the stock tool (prehashed signatures).
        let signed = try ReleaseSupport.signedArtifacts(out)
        #expect(!signed.isEmpty, "the targets produce signed artifacts")
        for path in signed + ["release.json"] {
            let file = out.appendingPathComponent(path).path
            let check = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-V", "-p", prefix + ".pub", "-m", file])
            #expect(check.status == 0, "minisign -V \(path): \(check.stderr)\(check.stdout)")
            #expect(check.stdout.contains("Trusted comment: coursec artifact=\(path) "), "\(check.stdout)")
        }
        // minisign reads the key coursec wrote, with the password.
        let note = dir.appendingPathComponent("nota.txt")
        try Data("hola".utf8).write(to: note)
        let sign = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-S", "-s", prefix + ".key", "-m", note.path],
                                              stdin: password + "\n")
        #expect(sign.status == 0, "\(sign.stderr)")
        let stock = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-V", "-p", prefix + ".pub", "-m", note.path])
        #expect(stock.status == 0, "\(stock.stderr)")
        // coursec verify wants a coursec trusted comment naming the file and its SHA-256.
        let verify = try CLIRunner.run(["verify", "--pubkey", prefix + ".pub", note.path])
        #expect(verify.status == 1, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("not coursec's"), "\(verify.stdout)")
    }

    @Test(.enabled(if: ReleaseSupport.hasMinisign, "minisign is not installed at /usr/bin/minisign"))
    func aMinisignKeyWithoutPasswordSignsACoursecRelease() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let pub = dir.appendingPathComponent("m.pub").path, key = dir.appendingPathComponent("m.key").path
        let gen = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-G", "-W", "-p", pub, "-s", key])
        #expect(gen.status == 0, "\(gen.stderr)")
        let out = dir.appendingPathComponent("fase-2")
        let release = try ReleaseSupport.release(sources, phase: "fase-2", out: out, key: key)
        #expect(release.status == 0, "\(release.stdout)\(release.stderr)")
        let verify = try CLIRunner.run(["verify", "--pubkey", pub, out.path])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let stock = try ReleaseSupport.runTool(ReleaseSupport.minisign,
                                               ["-V", "-p", pub, "-m", out.appendingPathComponent("release.json").path])
        #expect(stock.status == 0, "\(stock.stderr)")
        #expect(stock.stdout.contains("phase=fase-2"))
    }

    @Test(.enabled(if: ReleaseSupport.hasMinisign, "minisign is not installed at /usr/bin/minisign"))
    func anEncryptedMinisignKeyIsReadWithItsPasswordAndAWrongOneIsAClearError() throws {
        let dir = try ReleaseSupport.temporaryFolder()
        let sources = try ReleaseSupport.courses(in: dir)
        let pub = dir.appendingPathComponent("e.pub").path, key = dir.appendingPathComponent("e.key").path
        let gen = try ReleaseSupport.runTool(ReleaseSupport.minisign, ["-G", "-p", pub, "-s", key], stdin: "s3creta\ns3creta\n")
        #expect(gen.status == 0, "\(gen.stderr)")

        let wrong = try ReleaseSupport.release(sources, phase: "fase-1", out: dir.appendingPathComponent("x"), key: key,
                                               environment: ["COURSEC_KEY_PASSWORD": "otra"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("Wrong password"), "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("otra") && !wrong.stdout.contains("otra"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x").path))

        let out = dir.appendingPathComponent("fase-1")
        let good = try ReleaseSupport.release(sources, phase: "fase-1", out: out, key: key,
                                              environment: ["COURSEC_KEY_PASSWORD": "s3creta"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        let stock = try ReleaseSupport.runTool(ReleaseSupport.minisign,
                                               ["-V", "-p", pub, "-m", out.appendingPathComponent("release.json").path])
        #expect(stock.status == 0, "\(stock.stderr)")
    }
}
