import Foundation
import Testing

/// The offline course in a real browser (Debian's `chromium`, headless, in
/// a network namespace of its own): opened from `file://`, a quiz answers
/// itself (`?coursec-autotest=answers`), the score shows in the page, the
/// index shows the progress kept in localStorage, and the network log holds
/// no request except Chromium's own background hosts.
@Suite(.serialized, .enabled(if: HTMLTestSupport.chromium != nil,
                             "chromium is not installed (apt-get install chromium); skipping the browser test"))
struct ChromiumOfflineCourseTests {
    /// Chromium's own background traffic, not the page's.
    static let backgroundHosts = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com"]

    struct Visit {
        var dom: String
        var requests: [String]
    }

    /// Loads a page and returns its DOM after scripts ran, and the URLs of
    /// every network request in the log (file:, data: and Chromium-internal
    /// schemes and background hosts left out).
    static func visit(_ url: URL, query: String = "", profile: URL, extraArguments: [String] = []) throws -> Visit {
        let chromium = try #require(HTMLTestSupport.chromium)
        let netLog = profile.deletingLastPathComponent().appendingPathComponent("net-\(UUID().uuidString).json")
        var arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run",
                         "--user-data-dir=\(profile.path)", "--log-net-log=\(netLog.path)",
                         "--virtual-time-budget=5000"] + extraArguments + ["--dump-dom", url.absoluteString + query]
        var program = chromium
        // Its own network namespace, so nothing can leave the machine even if tried.
        if let unshare = HTMLTestSupport.executable("unshare"),
           (try? HTMLTestSupport.run(unshare, ["-n", "true"]).status) == 0 {
            arguments.insert(chromium.path, at: 0)
            arguments.insert("-n", at: 0)
            program = unshare
        }
        let run = try HTMLTestSupport.run(program, arguments)
        #expect(run.status == 0, "chromium failed: \(run.output.suffix(2000))")
        let log = (try? String(contentsOf: netLog, encoding: .utf8)) ?? ""
        #expect(!log.isEmpty, "chromium wrote no network log")
        return Visit(dom: run.output, requests: requests(in: log))
    }

    static func requests(in log: String) -> [String] {
        let urls = log.components(separatedBy: "\"url\":\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        return Array(Set(urls)).sorted().filter { url in
            let lower = url.lowercased()
            for local in ["file:", "data:", "blob:", "about:", "chrome:", "chrome-extension:", "devtools:"] where lower.hasPrefix(local) {
                return false
            }
            let host = URLComponents(string: url)?.host?.lowercased() ?? ""
            return !backgroundHosts.contains { host == $0 || host.hasSuffix("." + $0) }
        }
    }

    static func attribute(_ name: String, of id: String, in dom: String) -> String? {
        guard let element = dom.range(of: "id=\"\(id)\"") else { return nil }
        let tagStart = dom[..<element.lowerBound].lastIndex(of: "<") ?? element.lowerBound
        let tag = dom[tagStart...].prefix { $0 != ">" }
        guard let value = tag.range(of: "\(name)=\"") else { return nil }
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }

    @Test func quizScoresOfflineAndProgressReachesTheIndexWithNoNetworkRequest() throws {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        let site = built.output.appendingPathComponent("html/matematicas-1")
        let profile = try HTMLTestSupport.temporaryFolder("chromium").appendingPathComponent("profile")

        let quiz = try Self.visit(site.appendingPathComponent("practicas/01-practica-numeros.html"),
                                  query: "?coursec-autotest=answers", profile: profile)
        #expect(Self.attribute("data-score", of: "coursec-score", in: quiz.dom) == "100")
        #expect(quiz.dom.contains("Tu calificación: 100 de 100"))
        // The contract event fired with the quiz id, mode, score and every item.
        #expect(quiz.dom.contains("data-coursec-event=\"practica-numeros:practice:100:"))
        #expect(quiz.dom.contains("class=\"katex\""), "math was typeset offline by the bundled KaTeX")
        #expect(quiz.requests.isEmpty, "network requests: \(quiz.requests)")

        let final = try Self.visit(site.appendingPathComponent("evaluacion/final.html"),
                                   query: "?coursec-autotest=empty", profile: profile)
        #expect(Self.attribute("data-score", of: "coursec-score", in: final.dom) == "0")
        #expect(Self.attribute("data-passed", of: "coursec-score", in: final.dom) == "false")
        #expect(!final.dom.contains("is-right-answer"), "show-answers is off: no right answers shown")
        #expect(final.requests.isEmpty, "network requests: \(final.requests)")

        let lesson = try Self.visit(site.appendingPathComponent("lecciones/03-irracionales-y-recta-numerica.html"),
                                    profile: profile)
        #expect(lesson.dom.contains("class=\"katex\""))
        #expect(lesson.requests.isEmpty, "a lesson with an external resource made requests: \(lesson.requests)")

        let index = try Self.visit(site.appendingPathComponent("index.html"), profile: profile)
        #expect(index.dom.contains("✓ Aprobada · 100 de 100"), "practice score kept in localStorage")
        #expect(index.dom.contains("✗ No aprobada · 0 de 100"), "the failed final does not look passed")
        #expect(index.dom.contains("✓ Vista"), "viewed lesson kept in localStorage")
        #expect(index.dom.contains("Has completado 3 de"))
        #expect(index.requests.isEmpty, "network requests: \(index.requests)")
    }
}

/// The offline site of Química 1 typesets its chemistry: its pages load
/// KaTeX's mhchem, and the page script's render call accepts the `\ce` and
/// `\pu` of two of its lessons (formulas, charges, states, arrows with
/// conditions, an equilibrium, gas and precipitate signs, units). The phone
/// test looks for math KaTeX refused on every page.
@Suite(.serialized) struct ChromiumChemistryTests {
    @Test(.enabled(if: HTMLTestSupport.chromium != nil, "chromium is not installed"))
    func offlinePagesTypesetCeAndPu() throws {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        // A copy: the shared example site is read by other tests at the same time.
        let site = try HTMLTestSupport.temporaryFolder("chemistry-site").appendingPathComponent("quimica-1")
        try FileManager.default.copyItem(at: built.output.appendingPathComponent("html/quimica-1"), to: site)
        let profile = try HTMLTestSupport.temporaryFolder("chromium-chemistry").appendingPathComponent("profile")

        // Reactions: states, Δ over an arrow, an equilibrium with two conditions, gas and precipitate.
        let reactions = try ChromiumOfflineCourseTests.visit(site.appendingPathComponent("lecciones/07-reacciones-quimicas.html"),
                                                             profile: profile)
        #expect(reactions.dom.contains("class=\"katex\""))
        #expect(!reactions.dom.contains("katex-error"), "KaTeX refused a \\ce")
        // mhchem's subscripts hang on an invisible X (its `\\vphantom{X}`).
        #expect(reactions.dom.contains("<mphantom><mi>X</mi></mphantom>"), "formulas typeset by mhchem")
        #expect(reactions.dom.contains("⇌"), "the equilibrium arrow")
        #expect(reactions.dom.contains("<mtext>hierro</mtext>"), "the condition over the arrow")
        #expect(reactions.requests.isEmpty, "network requests: \(reactions.requests)")

        // Solutions: quantities with units (\\pu), ions with charges.
        let solutions = try ChromiumOfflineCourseTests.visit(site.appendingPathComponent("lecciones/12-disoluciones.html"),
                                                             profile: profile)
        #expect(!solutions.dom.contains("katex-error"), "KaTeX refused a \\ce or \\pu")
        #expect(solutions.dom.contains("<mi mathvariant=\"normal\">m</mi><mi mathvariant=\"normal\">o</mi><mi mathvariant=\"normal\">l</mi>"),
                "mol/L typeset by \\pu")
        #expect(solutions.requests.isEmpty, "network requests: \(solutions.requests)")
    }
}
