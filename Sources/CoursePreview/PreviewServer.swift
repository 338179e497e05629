import CourseIncremental
import CourseKit
import Foundation

/// `coursec serve`: the offline site of a repository, on a local address,
/// kept up to date as the author writes. It loads and checks once, starts
/// the HTTP server, then waits for files to change (`RepositoryWatcher`),
/// refreshes (`IncrementalSession`) and tells open pages to reload
/// (`PreviewSite`). It prints nothing: each refresh is handed to `report`,
/// and the command line says it to the author.
public final class PreviewServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var root: URL
        /// `127.0.0.1` unless the author asks for another interface.
        public var host: String
        /// 0 lets the system choose a free port.
        public var port: Int
        public var phaseID: String?
        /// The language of the panel over the pages and of the server's own pages.
        public var language: Language

        public init(root: URL, host: String = "127.0.0.1", port: Int = 8000, phaseID: String? = nil, language: Language = .es) {
            self.root = root
            self.host = host
            self.port = port
            self.phaseID = phaseID
            self.language = language
        }
    }

    /// One refresh, for the terminal.
    public struct Update: Sendable {
        /// Repository-relative paths that changed (empty for the first load
        /// and after inotify lost events).
        public var changed: [String]
        public var snapshot: Snapshot?
        /// Why the repository could not be loaded (no `coursec.yaml`).
        public var failure: Message?
        /// Seconds from the change to the refresh being served.
        public var seconds: Double
    }

    public let options: Options
    private let session: IncrementalSession
    private let site: PreviewSite
    private let server: HTTPServer
    private let watcher: RepositoryWatcher

    /// Loads the repository (throws `LoadError` when there is none), binds
    /// the address and starts watching. Nothing is served until `run`.
    public init(options: Options) throws {
        self.options = options
        session = IncrementalSession(root: options.root, phaseID: options.phaseID)
        let loopback = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(options.host.lowercased())
        site = PreviewSite(allowedHosts: nil, language: options.language)
        let site = self.site
        server = try HTTPServer(host: options.host, port: options.port, language: options.language) { site.handle($0) }
        if loopback {
            let port = server.port
            site.allowedHosts = Set(["127.0.0.1", "localhost", "[::1]"].flatMap { ["\($0):\(port)", $0] })
        }
        watcher = try RepositoryWatcher(root: options.root)
    }

    /// The address to open, e.g. `http://127.0.0.1:8000/`.
    public var url: String {
        let host = options.host.contains(":") && !options.host.hasPrefix("[") ? "[\(options.host)]" : options.host
        return "http://\(host):\(server.port)/"
    }

    /// Folders the watcher could not watch (the system's limit on watches).
    public var unwatchedFolders: [String] { watcher.unwatched }

    /// Serves until `stop`, reporting the first load and every refresh.
    public func run(report: @escaping (Update) -> Void) {
        report(refresh(changed: [], started: DispatchTime.now()))
        server.start()
        while let changed = watcher.waitForChanges() {
            report(refresh(changed: changed, started: DispatchTime.now()))
        }
    }

    /// Stops watching and serving; `run` returns.
    public func stop() {
        watcher.close()
        server.stop()
        site.channel.close()
    }

    private func refresh(changed: [String], started: DispatchTime) -> Update {
        var update = Update(changed: changed, snapshot: nil, failure: nil, seconds: 0)
        do {
            let snapshot = try session.refresh()
            site.publish(snapshot)
            update.snapshot = snapshot
        } catch {
            let failure = Message.describing(error)
            update.failure = failure
            site.publish(failure: failure)
        }
        update.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return update
    }
}
