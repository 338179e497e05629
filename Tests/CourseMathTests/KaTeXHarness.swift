import Foundation

/// Runs Debian's KaTeX (with its mhchem extension) in headless Chromium on
/// a batch of expressions, next to CourseMath's MathML for the same TeX, and
/// reads back from both the same normalised token sequence.
///
/// The page drives itself: it renders each expression with
/// `katex.renderToString(tex, {output: "mathml", throwOnError: true})`,
/// parses CourseMath's markup with the browser's HTML parser, extracts the
/// tokens of both with one function, and writes the results (base64 JSON)
/// into the DOM, which `--dump-dom` prints. The normalisation, applied to
/// both sides alike:
///
/// - tokens are the texts of `mi`, `mn`, `mo` and `mtext`, in document
///   order; `mphantom` (mhchem's invisible `X`) and annotations are skipped;
///   the prescripts of `mmultiscripts` are read before its base, where
///   KaTeX (which has no prescripts) writes them;
/// - texts are NFKC-normalised (so `ℝ` and KaTeX's `R` with
///   `mathvariant="double-struck"` agree), lose all white space and the
///   invisible operators U+2061–U+2064, and empty tokens are dropped;
/// - U+2223 (KaTeX's `|`) is compared as `|`, and `/` and `|` always as
///   operators (KaTeX writes them as identifiers);
/// - consecutive `mi` tokens are joined, and consecutive `mn` tokens: KaTeX
///   writes `\mathrm{Cl}` as one `mi` per letter and `10^3` as `1`, `0³`.
enum KaTeXHarness {
    struct Case {
        var tex: String
        var display: Bool
        /// CourseMath's MathML, nil when it refuses the TeX.
        var mathML: String?
    }

    struct Outcome: Decodable {
        /// KaTeX's tokens, nil when KaTeX refused the TeX.
        var katex: [String]?
        var katexError: String?
        var ours: [String]?
    }

    static let katexFolder = URL(fileURLWithPath: "/usr/share/javascript/katex")

    static var chromium: URL? { executable("chromium") }

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"])
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// One outcome per case, in order.
    static func run(_ cases: [Case]) throws -> [Outcome] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coursemath-katex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for script in ["katex.min.js", "contrib/mhchem.js"] {
            // Debian links katex.min.js to katex.js: copy what the link points at.
            try FileManager.default.copyItem(at: katexFolder.appendingPathComponent(script).resolvingSymlinksInPath(),
                                             to: folder.appendingPathComponent(URL(fileURLWithPath: script).lastPathComponent))
        }
        let payload = cases.map { item -> [String: Any] in
            var entry: [String: Any] = ["tex": item.tex, "display": item.display]
            if let mathML = item.mathML { entry["ours"] = mathML }
            return entry
        }
        let json = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
        try (Data("window.CASES = ".utf8) + json + Data(";\n".utf8)).write(to: folder.appendingPathComponent("cases.js"))
        let page = folder.appendingPathComponent("page.html")
        try Data(Self.page.utf8).write(to: page)

        let dom = try visit(page, profile: folder.appendingPathComponent("profile"))
        guard let start = dom.range(of: "<pre id=\"result\">"),
              let end = dom[start.upperBound...].range(of: "</pre>"),
              let decoded = Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])) else {
            throw HarnessError("the page wrote no result: \(dom.suffix(500))")
        }
        let outcomes = try JSONDecoder().decode([Outcome].self, from: decoded)
        guard outcomes.count == cases.count else { throw HarnessError("\(outcomes.count) results for \(cases.count) cases") }
        return outcomes
    }

    /// `chromium --dump-dom` of a local page, in a network namespace of its
    /// own when `unshare -n` is allowed, so nothing can leave the machine.
    static func visit(_ page: URL, profile: URL) throws -> String {
        guard let chromium else { throw HarnessError("chromium is not installed") }
        var arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run",
                         "--user-data-dir=\(profile.path)", "--dump-dom", page.absoluteString]
        var program = chromium
        if let unshare = executable("unshare"), (try? status(of: unshare, ["-n", "true"])) == 0 {
            arguments = ["-n", chromium.path] + arguments
            program = unshare
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs must not hang the test run.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0 else { throw HarnessError("chromium exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    private static func status(of program: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    struct HarnessError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private static let page = #"""
    <!doctype html><html><head><meta charset="utf-8">
    <script src="katex.min.js"></script><script src="mhchem.js"></script><script src="cases.js"></script>
    </head><body><div id="scratch"></div><pre id="result"></pre>
    <script>
    function tokens(root) {
      var out = [];
      function push(kind, text) {
        text = text.normalize('NFKC').replace(/[\u2061-\u2064\s]/g, '').replace(/\u2223/g, '|');
        if (!text) { return; }
        if (text === '/' || text === '|') { kind = 'mo'; }
        var last = out[out.length - 1];
        if (last && (kind === 'mi' || kind === 'mn') && last.kind === kind) { last.text += text; return; }
        out.push({kind: kind, text: text});
      }
      function visit(element) {
        var tag = element.localName;
        if (tag === 'annotation' || tag === 'annotation-xml' || tag === 'mphantom') { return; }
        if (tag === 'mi' || tag === 'mn' || tag === 'mo' || tag === 'mtext') { push(tag, element.textContent); return; }
        var children = Array.prototype.slice.call(element.children);
        if (tag === 'mmultiscripts') {
          var split = children.findIndex(function (child) { return child.localName === 'mprescripts'; });
          if (split >= 0) { children = children.slice(split + 1).concat(children.slice(0, split)); }
        }
        children.forEach(visit);
      }
      visit(root);
      return out.map(function (token) { return token.text; });
    }
    var scratch = document.getElementById('scratch'), results = [];
    CASES.forEach(function (item) {
      var result = {};
      try {
        scratch.innerHTML = katex.renderToString(item.tex, {displayMode: item.display, throwOnError: true, output: 'mathml'});
        result.katex = tokens(scratch.querySelector('math'));
      } catch (error) {
        result.katexError = String(error && error.message || error);
      }
      if (item.ours) {
        scratch.innerHTML = item.ours;
        var math = scratch.querySelector('math');
        result.ours = math ? tokens(math) : ['(no math element)'];
      }
      results.push(result);
    });
    document.getElementById('result').textContent = btoa(unescape(encodeURIComponent(JSON.stringify(results))));
    </script></body></html>
    """#
}
