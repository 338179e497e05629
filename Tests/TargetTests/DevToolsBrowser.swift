import CoursecTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Debian's headless Chromium driven over the DevTools protocol, for what a
/// `--dump-dom` scenario (`BrowserDriver`) cannot do: real downloads
/// (`Browser.setDownloadBehavior`, files land in a folder of the test's),
/// files given to a file input (`DOM.setFileInputFiles`, as a person picks
/// them), and several learners at once, each in a browser context of their
/// own (their own localStorage, as on their own device).
///
/// The protocol runs over `--remote-debugging-pipe` (Chromium reads commands
/// on fd 3 and writes replies and events on fd 4, each message JSON ended by
/// a NUL byte), here one Unix socket pair, so no port is opened. Chromium
/// runs in a network namespace of its own (`unshare -n`) when it can, as in
/// `BrowserDriver`. Every wait is bounded (60 s): a test fails, it never hangs.
final class DevToolsBrowser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private let pid: pid_t
    private let socket: Int32
    private let profile: URL
    /// Chromium's network log (`--log-net-log`), complete once `shutdown` returned.
    let netLog: URL
    private var buffer: [UInt8] = []
    private var pending: [[String: Any]] = []
    private var nextID = 0
    private var closed = false
    /// Uncaught exceptions in the pages (`Runtime.exceptionThrown`), as text.
    private(set) var pageErrors: [String] = []
    static let timeout: TimeInterval = 60

    init() throws {
        let chromium = try #require(HTMLTestSupport.chromium, "chromium is not installed")
        profile = try ScratchFolder.make("devtools-profile")
        netLog = profile.deletingLastPathComponent().appendingPathComponent("devtools-net-\(UUID().uuidString).json")
        var arguments = [chromium.path, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run", "--remote-debugging-pipe",
                         "--user-data-dir=\(profile.path)", "--log-net-log=\(netLog.path)", "about:blank"]
        if let unshare = HTMLTestSupport.executable("unshare"),
           (try? HTMLTestSupport.run(unshare, ["-n", "true"]).status) == 0 {
            arguments = [unshare.path, "-n"] + arguments
        }
        var pair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw Failure("socketpair failed: \(errno)")
        }
        // The child's end, moved above the fds it is given so dup2 cannot clobber it.
        let child = fcntl(pair[1], F_DUPFD_CLOEXEC, 10)
        close(pair[1])
        defer { close(child) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, child, 3)
        posix_spawn_file_actions_adddup2(&actions, child, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var spawned: pid_t = 0
        let status = posix_spawn(&spawned, arguments[0], &actions, nil, &argv, environ)
        guard status == 0 else {
            close(pair[0])
            throw Failure("cannot start \(arguments[0]): error \(status)")
        }
        pid = spawned
        socket = pair[0]
    }

    deinit { shutdown() }

    /// Closes the browser (and, failing that within 10 s, kills it).
    func shutdown() {
        guard !closed else { return }
        closed = true
        _ = try? send("Browser.close")
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(50_000)
        }
        close(socket)
        try? FileManager.default.removeItem(at: profile)
    }

    // MARK: The protocol

    /// Sends a command and returns its `result`; a protocol error throws.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil) throws -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure("the browser closed the DevTools pipe (sending \(method))") }
            sent += n
        }
        let reply = try wait("the reply to \(method)") { $0["id"] as? Int == id }
        if let error = reply["error"] as? [String: Any] {
            throw Failure("\(method): \(error["message"] ?? error)")
        }
        return reply["result"] as? [String: Any] ?? [:]
    }

    /// The first message (already received or to come) that `matches`.
    func wait(_ what: String, timeout: TimeInterval = DevToolsBrowser.timeout,
              _ matches: ([String: Any]) -> Bool) throws -> [String: Any] {
        if let n = pending.firstIndex(where: matches) { return pending.remove(at: n) }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let message = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                if message["method"] as? String == "Runtime.exceptionThrown" {
                    let details = (message["params"] as? [String: Any])?["exceptionDetails"] as? [String: Any]
                    let exception = details?["exception"] as? [String: Any]
                    pageErrors.append("\(exception?["description"] ?? details?["text"] ?? "an exception")")
                }
                if matches(message) { return message }
                pending.append(message)
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure("no \(what) within \(Int(timeout)) s") }
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 1) * 1000)) >= 0 else { continue }
            if poller.revents & Int16(POLLIN | POLLHUP) != 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                guard n > 0 else { throw Failure("the browser closed the DevTools pipe (waiting for \(what))") }
                buffer += chunk[..<n]
            }
        }
    }

    // MARK: Pages

    /// A new browser context (its own storage, like another device) with one
    /// page, whose downloads are saved in `downloads`.
    func newPage(downloads: URL) throws -> Page {
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let context = try send("Target.createBrowserContext")["browserContextId"] as? String ?? ""
        try send("Browser.setDownloadBehavior", ["behavior": "allow", "downloadPath": downloads.path,
                                                 "eventsEnabled": true, "browserContextId": context])
        let target = try send("Target.createTarget", ["url": "about:blank", "browserContextId": context])["targetId"] as? String ?? ""
        let session = try send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String ?? ""
        try send("Page.enable", session: session)
        try send("Runtime.enable", session: session)
        return Page(browser: self, session: session, downloads: downloads)
    }

    /// One tab, attached with a flat session.
    struct Page {
        let browser: DevToolsBrowser
        let session: String
        let downloads: URL

        /// Opens `url` and returns once its `load` event fired (scripts ran).
        func open(_ url: URL) throws {
            browser.pending.removeAll { $0["method"] as? String == "Page.loadEventFired" && $0["sessionId"] as? String == session }
            try browser.send("Page.navigate", ["url": url.absoluteString], session: session)
            _ = try browser.wait("the load of \(url.lastPathComponent)") {
                $0["method"] as? String == "Page.loadEventFired" && $0["sessionId"] as? String == session
            }
        }

        /// The value of a JavaScript expression (awaited if a promise); an exception throws.
        @discardableResult
        func evaluate(_ expression: String) throws -> Any? {
            let result = try browser.send("Runtime.evaluate", ["expression": expression, "returnByValue": true,
                                                               "awaitPromise": true], session: session)
            if let exception = result["exceptionDetails"] as? [String: Any] {
                let description = (exception["exception"] as? [String: Any])?["description"] ?? exception["text"] ?? ""
                throw Failure("\(expression.prefix(80))…: \(description)")
            }
            return (result["result"] as? [String: Any])?["value"]
        }

        /// Types `text` into the focused element, as a keyboard would.
        func type(_ text: String) throws {
            try browser.send("Input.insertText", ["text": text], session: session)
        }

        /// Gives `files` to the file input `selector`, as when a person picks them.
        func choose(_ files: [URL], in selector: String) throws {
            let root = try browser.send("DOM.getDocument", session: session)["root"] as? [String: Any]
            let node = try browser.send("DOM.querySelector", ["nodeId": root?["nodeId"] ?? 0, "selector": selector],
                                        session: session)["nodeId"] as? Int ?? 0
            guard node != 0 else { throw Failure("no \(selector) in the page") }
            try browser.send("DOM.setFileInputFiles", ["nodeId": node, "files": files.map(\.path)], session: session)
        }

        /// Evaluates `expression` until it is true (bounded by the timeout).
        func waitUntil(_ expression: String) throws {
            let deadline = Date().addingTimeInterval(DevToolsBrowser.timeout)
            while try evaluate("!!(\(expression))") as? Bool != true {
                guard Date() < deadline else { throw Failure("\(expression) never became true") }
                usleep(50_000)
            }
        }

        /// Presses a button if a person could (shown and enabled); false otherwise.
        func press(_ selector: String) throws -> Bool {
            try evaluate("""
                (function () {
                  var el = document.querySelector('\(selector)');
                  if (!el || el.disabled || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') { return false; }
                  el.click(); return true;
                })()
                """) as? Bool == true
        }

        func text(_ selector: String) throws -> String {
            try evaluate("(document.querySelector('\(selector)') || {}).textContent || ''") as? String ?? ""
        }

        func isHidden(_ selector: String) throws -> Bool {
            try evaluate("document.querySelector('\(selector)').hidden") as? Bool == true
        }

        /// Runs `action` (which starts a download) and returns the file once saved.
        func download(_ action: () throws -> Void) throws -> URL {
            try action()
            let begun = try browser.wait("a download") { $0["method"] as? String == "Browser.downloadWillBegin" }
            let params = begun["params"] as? [String: Any] ?? [:]
            let guid = params["guid"] as? String ?? ""
            let done = try browser.wait("the end of a download") {
                let p = $0["params"] as? [String: Any]
                return $0["method"] as? String == "Browser.downloadProgress" && p?["guid"] as? String == guid
                    && p?["state"] as? String != "inProgress"
            }
            let state = (done["params"] as? [String: Any])?["state"] as? String
            guard state == "completed" else { throw Failure("the download of \(params["suggestedFilename"] ?? "") was \(state ?? "?")") }
            if let path = (done["params"] as? [String: Any])?["filePath"] as? String { return URL(fileURLWithPath: path) }
            return downloads.appendingPathComponent(params["suggestedFilename"] as? String ?? "")
        }
    }
}
