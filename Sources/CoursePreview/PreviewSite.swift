import CourseArchive
import CourseIncremental
import CourseKit
import CourseRendering
import CourseText
import Foundation

/// What the preview serves, from the latest snapshot of the repository:
///
/// - `/<course-id>/…`: the course's offline site as `coursec build --target
///   html` writes it, each HTML page with the problems panel
///   (`PreviewOverlay`) and the preview script added before `</body>`;
/// - `/__coursec/preview.js`, the script, and `/__coursec/events`, the event
///   stream that tells an open page to reload when what it shows changed;
/// - `/__coursec/source/<file>`: a redirect to the page made from a file;
/// - `/`: the only course, or a list of the courses.
///
/// A page whose file is now broken (so the site no longer has it) is served
/// as it last rendered, with the panel saying so; a page whose address
/// moved (the lessons before it changed) redirects to the new address.
final class PreviewSite: @unchecked Sendable {
    private struct State {
        var snapshot: Snapshot?
        var failure: Message?
        /// Site path (`curso/lecciones/01-x.html`) of each source file's page.
        var pageOfSource: [String: String] = [:]
    }

    private struct LastGood {
        var html: String
        var source: String?
    }

    let channel = ReloadChannel()
    /// `Host` headers accepted (DNS rebinding: another site's page in the
    /// author's browser must not read the preview); nil accepts any.
    var allowedHosts: Set<String>? {
        get { lock.withLock { hosts } }
        set { lock.withLock { hosts = newValue } }
    }
    private var hosts: Set<String>?
    private let lock = NSLock()
    private var state = State()
    /// The last rendering of every page served, by site path.
    private var lastGood: [String: LastGood] = [:]
    /// The source file of every page address ever served (to redirect an
    /// address whose page moved).
    private var sourceOfPath: [String: String] = [:]

    /// The language of the panel and of the server's pages.
    let language: Language

    init(allowedHosts: Set<String>?, language: Language = .es) {
        self.hosts = allowedHosts
        self.language = language
    }

    /// `message` in the preview's language.
    private func text(_ message: Message) -> String { message.text(in: language) }

    /// Serves `snapshot` from now on and tells open pages to check theirs.
    func publish(_ snapshot: Snapshot) {
        var pageOfSource: [String: String] = [:]
        for site in snapshot.sites {
            for page in site.site.pages {
                if let source = page.sourcePath, pageOfSource[source] == nil {
                    pageOfSource[source] = site.courseID + "/" + page.path
                }
            }
        }
        let previous = lock.withLock { state.snapshot }
        // Pages that disappear because their file broke keep their last
        // rendering, even if nobody had opened them yet.
        if let previous {
            for site in previous.sites {
                for page in site.site.pages {
                    guard let source = page.sourcePath, pageOfSource[source] == nil else { continue }
                    let path = site.courseID + "/" + page.path
                    guard lock.withLock({ lastGood[path] == nil }), let rendered = site.rendered(page.path) else { continue }
                    lock.withLock { lastGood[path] = LastGood(html: rendered.html, source: source) }
                }
            }
        }
        lock.withLock {
            state = State(snapshot: snapshot, failure: nil, pageOfSource: pageOfSource)
            for (source, path) in pageOfSource { sourceOfPath[path] = source }
        }
        channel.advance()
    }

    /// The repository cannot be loaded any more: keep serving the last
    /// snapshot, with the reason in the panel.
    func publish(failure: Message) {
        lock.withLock { state.failure = failure }
        channel.advance()
    }

    // MARK: - Requests

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        if let allowedHosts, !allowedHosts.contains(request.headers["host"]?.lowercased() ?? "") {
            return .text(403, text("Served to this computer only: open the address the terminal shows.") + "\n")
        }
        let segments = request.segments
        if segments.first == "__coursec" {
            if segments == ["__coursec", "preview.js"], let data = TemplateAssets.data("preview/preview.js") {
                return HTTPResponse(status: 200, contentType: "text/javascript; charset=utf-8",
                                    headers: [("Cache-Control", "no-store")], body: .bytes(Array(data)))
            }
            if segments == ["__coursec", "events"] { return events(request.query) }
            if segments.count > 2, segments[1] == "source" { return pageOf(source: segments.dropFirst(2).joined(separator: "/")) }
        }
        let path = Self.sitePath(segments, endsWithSlash: request.endsWithSlash)
        switch served(path) {
        case .html(let status, let html):
            return .html(status, page(html, path: path, status: status))
        case .asset(let file):
            return asset(file, request: request)
        case .redirect(let target):
            return .redirect(to: "/" + target)
        case .unavailable:
            return .text(503, text("The repository has not been loaded yet.") + "\n")
        }
    }

    /// `/__coursec/source/<file>`: the page made from a repository file
    /// (`matematicas-1/lecciones/05-porcentajes.md`), for editors and
    /// scripts that know the file and not its page.
    private func pageOf(source: String) -> HTTPResponse {
        let state = lock.withLock { self.state }
        if let page = state.pageOfSource[source] { return .redirect(to: "/" + page) }
        let html = withOverlay(notFound("__coursec/source/" + source), source: nil, stale: false, state: state)
        return .html(404, page(html, path: "__coursec/source/" + source, status: 404))
    }

    /// The path a request names: `<course-id>/<path in its site>`, a
    /// folder's `index.html`, or `<course-id>` alone (to redirect).
    static func sitePath(_ segments: [String], endsWithSlash: Bool) -> String {
        let joined = segments.joined(separator: "/")
        if segments.isEmpty { return "" }
        return endsWithSlash ? joined + "/index.html" : joined
    }

    private enum Served {
        /// A page (or the list of courses, or "no such page") with the
        /// panel, without the script.
        case html(Int, String)
        case asset(PackageFile)
        case redirect(String)
        case unavailable
    }

    /// What `path` serves now.
    private func served(_ path: String) -> Served {
        let state = lock.withLock { self.state }
        guard let snapshot = state.snapshot else { return .unavailable }
        if path.isEmpty {
            if snapshot.sites.count == 1 { return .redirect(snapshot.sites[0].courseID + "/") }
            return .html(200, home(snapshot, state: state))
        }
        guard let slash = path.firstIndex(of: "/") else { return .redirect(path + "/") }
        let courseID = String(path[..<slash])
        let inner = String(path[path.index(after: slash)...])
        if let site = snapshot.site(courseID) {
            if let page = site.page(at: inner), let rendered = site.rendered(inner) {
                lock.withLock { lastGood[path] = LastGood(html: rendered.html, source: page.sourcePath) }
                return .html(200, withOverlay(rendered.html, source: page.sourcePath, stale: false, state: state))
            }
            if let file = site.asset(at: inner) { return .asset(file) }
        }
        let (old, former) = lock.withLock { (lastGood[path], sourceOfPath[path]) }
        if let source = former ?? old?.source, let moved = state.pageOfSource[source], moved != path { return .redirect(moved) }
        if let old { return .html(200, withOverlay(old.html, source: old.source, stale: true, state: state)) }
        return .html(404, withOverlay(notFound(path), source: nil, stale: false, state: state))
    }

    private func withOverlay(_ html: String, source: String?, stale: Bool, state: State) -> String {
        let overlay = PreviewOverlay(diagnostics: state.snapshot?.diagnostics ?? [], failure: state.failure,
                                     staleSource: stale ? source : nil, pageSource: source,
                                     pageLinks: state.pageOfSource.mapValues { "/" + $0 }, language: language).html
        return Self.inserting(overlay, into: html)
    }

    /// The version of what `path` serves: a page reloads when it changes.
    private func version(of path: String) -> String {
        switch served(path) {
        case .html(let status, let html): return "\(status)-" + Fingerprint { $0.add(html) }.description
        case .redirect(let target): return "moved:" + target
        case .asset: return "asset"
        case .unavailable: return "unavailable"
        }
    }

    /// `html` with the preview script and its version added before `</body>`.
    private func page(_ html: String, path: String, status: Int) -> String {
        let version = "\(status)-" + Fingerprint { $0.add(html) }.description
        let script = "<script src=\"/__coursec/preview.js\" data-page=\"\(Self.escape(path))\" data-version=\"\(version)\"></script>\n"
        return Self.inserting(script, into: html)
    }

    static func inserting(_ addition: String, into html: String) -> String {
        guard !addition.isEmpty else { return html }
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: addition)
    }

    private func asset(_ file: PackageFile, request: HTTPRequest) -> HTTPResponse {
        let tag: String
        let body: HTTPResponse.Body
        switch file.content {
        case .data(let data):
            tag = Fingerprint { $0.add(bytes: Array(data)) }.description
            body = .bytes(Array(data))
        case .file(let url):
            guard let signature = FileSignature(url: url) else { return .text(404, text("Not found.") + "\n") }
            tag = "\(signature.inode)-\(signature.size)-\(signature.modified)-\(signature.changed)"
            body = .file(url)
        }
        let etag = "\"\(tag)\""
        // The browser asks again on every load (no-cache) and gets 304 while the file is the same.
        let headers = [("Cache-Control", "no-cache"), ("ETag", etag)]
        if request.headers["if-none-match"] == etag { return HTTPResponse(status: 304, headers: headers) }
        return HTTPResponse(status: 200, contentType: HTTPResponse.contentType(for: file.path), headers: headers, body: body)
    }

    private func notFound(_ path: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(Self.escape(text("Not found"))) · coursec serve</title></head>
        <body><h1>\(Self.escape(text("This page does not exist")))</h1><p>\(text("<code>/\(Self.escape(path))</code> is not part of any course."))
        <a href="/">\(Self.escape(text("Go to the start")))</a>.</p>
        </body></html>

        """
    }

    /// The list of courses, when there are several.
    private func home(_ snapshot: Snapshot, state: State) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(Self.escape(text("Courses"))) · coursec serve</title></head>
            <body><h1>\(Self.escape(text("Courses")))</h1><ul>

            """
        for site in snapshot.sites {
            html += "<li><a href=\"/\(Self.escape(site.courseID))/\">\(Self.escape(site.site.course.title.value))</a></li>\n"
        }
        html += "</ul>\n</body></html>\n"
        return withOverlay(html, source: nil, stale: false, state: state)
    }

    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text)
    }

    /// The event stream of one open page: `reload` as soon as what the page
    /// shows differs from the version it was served with.
    private func events(_ query: [String: String]) -> HTTPResponse {
        guard let page = query["page"], let version = query["v"],
              let target = try? HTTPRequestParser.target("/" + page) else {
            return .text(400, text("The page or its version is missing.") + "\n")
        }
        let path = Self.sitePath(target.segments, endsWithSlash: target.endsWithSlash)
        return HTTPResponse(status: 200, contentType: "text/event-stream", headers: [("Cache-Control", "no-store")],
                            body: .events { [self] writer in
            guard writer.send(data: "", retry: 500) else { return }
            var seen = channel.current
            while true {
                if self.version(of: path) != version {
                    writer.send(event: "reload", data: path)
                    return
                }
                // Wait for the next refresh; every 15 s a comment finds out
                // whether the page is still there.
                while true {
                    guard let next = channel.wait(after: seen, timeout: 15) else { return }
                    if next != seen {
                        seen = next
                        break
                    }
                    guard writer.ping() else { return }
                }
            }
        })
    }
}
