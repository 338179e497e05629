import CoursecTestSupport
import Foundation
import Testing

/// Runs a scenario of learner (and LMS) steps against built pages in
/// Debian's headless Chromium, with the driver of `Fixtures/browser`
/// (driver.js: steps and report; lms.js: a strict LMS-side SCORM 1.2 API
/// written from the specification). Chromium runs in a network namespace
/// of its own (`unshare -n`), with a fresh profile unless one is given (a
/// profile kept between runs keeps localStorage: the site's progress and
/// the LMS's records), and `--allow-file-access-from-files` so the driver
/// reaches into the pages it opens from `file://`, as an LMS frame would.
enum BrowserDriver {
    static let fixtures = HTMLTestSupport.repositoryRoot.appendingPathComponent("Tests/TargetTests/Fixtures/browser")
    static let available = HTMLTestSupport.chromium != nil

    /// One step (see driver.js for what each does).
    struct Step {
        var fields: [String: Any]

        static func launch(_ page: String, frame: String = "a", sco: String? = nil, mastery: Int? = nil) -> Step {
            var fields: [String: Any] = ["do": "launch", "page": page, "frame": frame]
            if let sco { fields["sco"] = sco }
            if let mastery { fields["settings"] = ["masteryScore": String(mastery)] }
            return Step(fields: fields)
        }
        static func exit(_ frame: String = "a") -> Step { Step(fields: ["do": "exit", "frame": frame]) }
        static func reload(_ frame: String = "a") -> Step { Step(fields: ["do": "reload", "frame": frame]) }
        static func answer(_ item: String, _ choose: [Int], frame: String = "a") -> Step {
            Step(fields: ["do": "answer", "item": item, "choose": choose, "frame": frame])
        }
        static func fill(_ item: String, _ blanks: [String], frame: String = "a") -> Step {
            Step(fields: ["do": "fill", "item": item, "blanks": blanks, "frame": frame])
        }
        static func click(_ selector: String, frame: String = "a") -> Step {
            Step(fields: ["do": "click", "selector": selector, "frame": frame])
        }
        static func submitForm(_ frame: String = "a") -> Step { Step(fields: ["do": "submitForm", "frame": frame]) }
        static func snapshot(_ name: String, frame: String = "a") -> Step {
            Step(fields: ["do": "snapshot", "name": name, "frame": frame])
        }
        static func measure(_ page: String, frame: String = "a") -> Step {
            Step(fields: ["do": "measure", "page": page, "frame": frame])
        }
        static func lms(_ name: String) -> Step { Step(fields: ["do": "lms", "name": name]) }
        static func storage(_ name: String) -> Step { Step(fields: ["do": "storage", "name": name]) }
        /// Direct calls on a new session of the strict LMS: `[method, arguments…]`.
        static func api(_ name: String, sco: String, mastery: Int? = nil, calls: [[String]]) -> Step {
            var fields: [String: Any] = ["do": "api", "name": name, "sco": sco, "calls": calls]
            if let mastery { fields["settings"] = ["masteryScore": String(mastery)] }
            return Step(fields: fields)
        }
    }

    /// LMS options (lms.js): records kept under `storageKey`.
    struct LMS {
        var storageKey: String
        /// A launch after an exit other than "suspend" starts with no data.
        var freshAttemptAfterNormalExit = true
    }

    /// Copies the driver next to the pages of `folder` (its root).
    static func install(in folder: URL) throws {
        for name in ["driver.html", "driver.js", "lms.js"] {
            let target = folder.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        }
    }

    /// Runs `steps` from `folder` (where `install` put the driver) and returns the report.
    static func run(_ name: String, in folder: URL, lms: LMS? = nil, steps: [Step], profile: URL? = nil,
                    width: Int = 360, height: Int = 740) throws -> BrowserReport {
        let chromium = try #require(HTMLTestSupport.chromium, "chromium is not installed")
        var scenario: [String: Any] = ["steps": steps.map(\.fields), "width": width, "height": height]
        if let lms {
            scenario["lms"] = ["storageKey": lms.storageKey, "freshAttemptAfterNormalExit": lms.freshAttemptAfterNormalExit]
        }
        let json = try JSONSerialization.data(withJSONObject: scenario, options: [.sortedKeys])
        try (Data("window.SCENARIO = ".utf8) + json + Data(";\n".utf8))
            .write(to: folder.appendingPathComponent("scenario-\(name).js"))

        let ownProfile = profile == nil
        let profileFolder = try profile ?? ScratchFolder.make("browser-profile")
        defer { if ownProfile { try? FileManager.default.removeItem(at: profileFolder) } }
        let url = folder.appendingPathComponent("driver.html").absoluteString + "?scenario=\(name)"
        var arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run",
                         "--user-data-dir=\(profileFolder.path)", "--allow-file-access-from-files",
                         "--window-size=\(width + 40),\(height + 40)",
                         "--virtual-time-budget=\(60_000 + 2_000 * steps.count)", "--dump-dom", url]
        var program = chromium
        if let unshare = HTMLTestSupport.executable("unshare"),
           (try? HTMLTestSupport.run(unshare, ["-n", "true"]).status) == 0 {
            arguments.insert(contentsOf: ["-n", chromium.path], at: 0)
            program = unshare
        }
        let run = try HTMLTestSupport.run(program, arguments)
        guard let start = run.output.range(of: "data-report=\""),
              let end = run.output[start.upperBound...].firstIndex(of: "\""),
              let data = Data(base64Encoded: String(run.output[start.upperBound..<end])) else {
            throw TestFailure("scenario \(name) wrote no report; chromium said:\n\(run.output.suffix(3000))")
        }
        return try BrowserReport(data)
    }
}
