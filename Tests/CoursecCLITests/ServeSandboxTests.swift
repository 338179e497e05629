import CoursecTestSupport
import Foundation
import Testing

/// What `coursec serve` may and may not do to the machine, seen from
/// outside the process: it listens on loopback only (as the kernel reports
/// its sockets, `/proc/net/tcp*`), serves every page of a course, refuses
/// paths that leave the sites and requests for another host, survives a
/// broken and then a missing `coursec.yaml` (the panel says why; the server
/// keeps running) and, all along, writes nothing: not in the repository,
/// its temporary folder, its home or its working folder.
@Suite struct ServeSandboxTests {
    /// Local addresses (hex, as `/proc/net/tcp*` writes them) of the
    /// listening TCP sockets on `port`.
    static func listeningAddresses(port: Int) throws -> [String] {
        var addresses: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: table, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                guard fields.count > 3, fields[3] == "0A" else { continue } // 0A: LISTEN
                let local = fields[1].split(separator: ":")
                guard local.count == 2, Int(local[1], radix: 16) == port else { continue }
                addresses.append(String(local[0]))
            }
        }
        return addresses
    }

    /// Every file under `folder`, by relative path, with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files[relative] = try Data(contentsOf: url)
            } else {
                files[relative + "/"] = Data()
            }
        }
        return files
    }

    /// The paths of the `href` and `src` values of `html` (a page at
    /// `base`) that point inside the site, resolved as a browser does.
    static func links(in html: String, base: String) -> [String] {
        let page = URL(string: "http://127.0.0.1" + base)!
        return html.matches(of: /(?:href|src)="([^"#?]+)"/).map { String($0.1) }
            .filter { !$0.contains(":") && !$0.hasPrefix("/") }
            .compactMap { URL(string: $0, relativeTo: page)?.absoluteURL }
            .compactMap { URLComponents(url: $0, resolvingAgainstBaseURL: false)?.percentEncodedPath }
    }

    @Test func servesPagesWritesNothingListensOnLoopbackAndSurvivesABrokenRepository() throws {
        let folder = try ScratchFolder.make("serve-sandbox")
        let source = CLIRunner.repositoryRoot.appendingPathComponent("Courses")
        let copy = folder.appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: source, to: copy)
        let (temporary, home, working) = (folder.appendingPathComponent("tmp"), folder.appendingPathComponent("home"),
                                          folder.appendingPathComponent("cwd"))
        for empty in [temporary, home, working] { try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true) }
        let before = try Self.tree(copy)

        let server = try ServeProcess(["serve", copy.path, "--port", "0"], in: working,
                                      environment: ["TMPDIR": temporary.path, "HOME": home.path, "XDG_CACHE_HOME": home.path,
                                                    "COURSEC_LANG": "es"])
        defer { server.stop() }
        try #require(server.waitForLines(3).count >= 3, "serve printed: \(server.text)")
        let port = try #require(server.port)

        // Loopback only, as the kernel sees it: 127.0.0.1 is 0100007F in /proc/net/tcp.
        let listening = try Self.listeningAddresses(port: port)
        #expect(!listening.isEmpty)
        #expect(listening.allSatisfy { $0 == "0100007F" }, "listening on \(listening)")

        // Every page and file the course index and one lesson link to.
        let index = try LoopbackHTTP.get(port, "/matematicas-1/")
        #expect(index.status == 200)
        var served = 0
        let lessonPath = "/matematicas-1/lecciones/02-racionales-y-decimales.html"
        let lesson = try LoopbackHTTP.get(port, lessonPath)
        #expect(lesson.status == 200)
        let targets = Set(Self.links(in: index.body, base: "/matematicas-1/") + Self.links(in: lesson.body, base: lessonPath))
        for target in targets.sorted() {
            let answer = try LoopbackHTTP.get(port, target)
            #expect(answer.status == 200, "\(target): \(answer.status)")
            served += 1
        }
        #expect(served > 20)

        // Paths out of the sites and other hosts: refused or redirected, never a file of the disk.
        let manifest = try String(contentsOf: copy.appendingPathComponent("coursec.yaml"), encoding: .utf8)
        let firstLine = String(manifest.split(separator: "\n")[0])
        for hostile in ["/../coursec.yaml", "/%2e%2e/coursec.yaml", "/matematicas-1/..%2f..%2fcoursec.yaml",
                        "/matematicas-1/%2e%2e/%2e%2e/coursec.yaml", "/coursec.yaml", "/matematicas-1/lecciones/..%5c..%5ccoursec.yaml"] {
            let answer = try LoopbackHTTP.get(port, hostile)
            #expect(answer.status != 200, "\(hostile): \(answer.status)")
            #expect(!answer.body.contains(firstLine), "\(hostile) served coursec.yaml")
        }
        #expect(try LoopbackHTTP.get(port, lessonPath, host: "course.attacker.example").status == 403)

        // A coursec.yaml that is not YAML: the panel on the page, the server keeps running.
        let manifestURL = copy.appendingPathComponent("coursec.yaml")
        try "phases: [\n".write(to: manifestURL, atomically: false, encoding: .utf8)
        #expect(server.waitUntil { $0.contains("cambió coursec.yaml") })
        var broken = try LoopbackHTTP.get(port, lessonPath)
        for _ in 0..<200 where !broken.body.contains("id=\"coursec-preview\"") {
            Thread.sleep(forTimeInterval: 0.05)
            broken = try LoopbackHTTP.get(port, lessonPath)
        }
        #expect(broken.body.contains("id=\"coursec-preview\""))
        #expect(broken.body.contains("coursec.yaml:"))

        // No coursec.yaml at all: the panel says the repository cannot be loaded.
        try FileManager.default.removeItem(at: manifestURL)
        #expect(server.waitUntil { $0.contains("no se puede cargar") })
        let missing = try LoopbackHTTP.get(port, lessonPath)
        #expect(missing.body.contains("No se puede cargar el repositorio"))

        // Restored: the page as it was, no panel.
        try manifest.write(to: manifestURL, atomically: false, encoding: .utf8)
        var restored = try LoopbackHTTP.get(port, lessonPath)
        for _ in 0..<1200 where restored.body.contains("id=\"coursec-preview\"") {
            Thread.sleep(forTimeInterval: 0.05)
            restored = try LoopbackHTTP.get(port, lessonPath)
        }
        #expect(restored.status == 200)
        #expect(!restored.body.contains("id=\"coursec-preview\""))
        #expect(restored.body.contains("Números racionales, fracciones y decimales"))
        #expect(server.process.isRunning, "serve ended: \(server.text)")
        server.stop()

        // Nothing written anywhere it could write.
        #expect(try Self.tree(copy) == before)
        for empty in [temporary, home, working] {
            #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty, "\(empty.lastPathComponent) is not empty")
        }
    }
}
