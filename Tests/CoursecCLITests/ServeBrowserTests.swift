import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// `coursec serve` end to end, in Debian's headless Chromium driven over
/// the DevTools protocol (`scripts/preview-browser.py`): open a lesson,
/// save a new version of it (as editors do, a new file renamed over the
/// old one) and see the new text; misspell a field of its front matter and
/// see the panel point at the line; break its front matter so the page
/// cannot be made and see the last good page with the panel; fix it and
/// see the panel go. The server and the browser run in a network namespace
/// of their own (`unshare -n`), where only their loopback exists.
@Suite(.serialized) struct ServeBrowserTests {
    static let chromium = executable("chromium")
    static let python = executable("python3")

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"])
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the driver with `steps` against `coursec serve COPY --port 0`; returns its report.
    static func drive(_ copy: URL, steps: [[String: Any]]) throws -> [String: Any] {
        let chromium = try #require(chromium, "chromium is not installed")
        let python = try #require(python, "python3 is not installed")
        let folder = try ScratchFolder.make("serve-browser")
        let stepsFile = folder.appendingPathComponent("steps.json"), reportFile = folder.appendingPathComponent("report.json")
        try JSONSerialization.data(withJSONObject: steps).write(to: stepsFile)
        var arguments = [CLIRunner.repositoryRoot.appendingPathComponent("scripts/preview-browser.py").path,
                         "--chromium", chromium.path, "--steps", stepsFile.path, "--report", reportFile.path]
        var program = python
        if let unshare = executable("unshare"), run(unshare, ["-n", "true"]) == 0 {
            arguments = ["-n", python.path] + arguments + ["--loopback-up"]
            program = unshare
        }
        // In Spanish, as the programme's authors see it (the checks below read its words).
        arguments += ["--", CLIRunner.binary.path, "serve", copy.path, "--port", "0", "--lang", "es"]
        _ = run(program, arguments)
        let data = try Data(contentsOf: reportFile)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @discardableResult
    static func run(_ program: URL, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: chromium != nil && python != nil, "needs chromium and python3"))
    func editBreakAndFixALessonWhileItIsOpen() throws {
        let copy = try ScratchFolder.make("serve-courses").appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Courses"), to: copy)
        let relative = "matematicas-1/lecciones/02-racionales-y-decimales.md"
        let lesson = copy.appendingPathComponent(relative)
        let original = try String(contentsOf: lesson, encoding: .utf8)
        #expect(original.hasPrefix("---\nid: racionales-y-decimales\ntitle: Números racionales, fracciones y decimales\n"))
        let edited = original
            .replacingOccurrences(of: "title: Números racionales, fracciones y decimales", with: "title: Racionales, versión nueva")
            + "\nUn párrafo escrito mientras la vista previa está abierta.\n"
        // Line 3 is a field the lesson does not have: CS0103 at 3:1.
        let misspelled = edited.replacingOccurrences(of: "title: Racionales, versión nueva\n",
                                                     with: "titel: Racionales\ntitle: Racionales, versión nueva\n")
        // No closing `---`: the file has no front matter, the page cannot be made (missing-front-matter at 1:1).
        let unclosed = edited.replacingOccurrences(of: "\n---\n", with: "\n\n")
        let h1 = "document.querySelector('main h1').textContent"
        let panel = "(document.getElementById('coursec-preview') || {innerText: ''}).innerText"
        let hasPanel = "!!document.getElementById('coursec-preview')"
        // Each state is waited for (polled, up to a minute), never assumed
        // from one load event: an editor's save can be seen in two steps.
        func waitFor(_ name: String, _ condition: String) -> [String: Any] {
            ["do": "waitFor", "name": name, "expression": condition, "timeout": 60]
        }
        let steps: [[String: Any]] = [
            ["do": "navigate", "url": "{base}matematicas-1/lecciones/02-racionales-y-decimales.html"],
            ["do": "eval", "name": "title", "expression": h1],
            ["do": "eval", "name": "panelAtFirst", "expression": hasPanel],
            ["do": "write", "name": "edit", "path": lesson.path, "content": edited, "reload": true, "rename": true],
            waitFor("edited", "\(h1) === 'Racionales, versión nueva'"),
            ["do": "eval", "name": "textAfterEdit", "expression": "document.querySelector('main').innerText"],
            ["do": "write", "name": "misspell", "path": lesson.path, "content": misspelled, "reload": true],
            waitFor("misspelled", "\(panel).includes('titel')"),
            ["do": "eval", "name": "panelAfterMisspelling", "expression": panel],
            ["do": "eval", "name": "panelLink", "expression":
                "(document.querySelector('#coursec-preview a') || {getAttribute: () => ''}).getAttribute('href')"],
            ["do": "write", "name": "break", "path": lesson.path, "content": unclosed, "reload": true],
            waitFor("broken", "\(panel).includes('\(Rules.missingFrontMatter.id)')"),
            ["do": "eval", "name": "titleWhenBroken", "expression": h1],
            ["do": "eval", "name": "panelWhenBroken", "expression": panel],
            ["do": "write", "name": "fix", "path": lesson.path, "content": original, "reload": true, "rename": true],
            waitFor("fixed", "!\(hasPanel) && \(h1) === 'Números racionales, fracciones y decimales'"),
            ["do": "eval", "name": "titleAfterFix", "expression": h1],
            ["do": "eval", "name": "panelAfterFix", "expression": hasPanel],
        ]
        let report = try Self.drive(copy, steps: steps)
        let values = report["values"] as? [String: Any] ?? [:]
        #expect(report["error"] is NSNull, "driver: \(report["error"] ?? "") — server said: \(report["server"] ?? "")")
        #expect(values["title"] as? String == "Números racionales, fracciones y decimales")
        #expect(values["panelAtFirst"] as? Bool == false)
        #expect(values["edited"] as? Bool == true)
        #expect((values["textAfterEdit"] as? String)?.contains("Un párrafo escrito mientras la vista previa está abierta.") == true)
        #expect(values["misspelled"] as? Bool == true)
        let misspelling = values["panelAfterMisspelling"] as? String ?? ""
        #expect(misspelling.contains("\(relative):3:1"), "\(misspelling)")
        #expect(misspelling.contains("titel"))
        #expect(misspelling.contains("CS0103"))
        #expect(values["panelLink"] as? String == "/matematicas-1/lecciones/02-racionales-y-decimales.html")
        #expect(values["titleWhenBroken"] as? String == "Racionales, versión nueva")
        #expect(values["broken"] as? Bool == true)
        let broken = values["panelWhenBroken"] as? String ?? ""
        #expect(broken.contains("\(relative):1:1"), "\(broken)")
        #expect(broken.contains("última versión correcta"))
        #expect(values["fixed"] as? Bool == true)
        #expect(values["titleAfterFix"] as? String == "Números racionales, fracciones y decimales")
        #expect(values["panelAfterFix"] as? Bool == false)
        // The terminal said it too, in Spanish.
        let server = report["server"] as? String ?? ""
        #expect(server.contains("vista previa de"))
        #expect(server.contains("cambió \(relative)"))
        #expect(server.contains("\(relative):3:1: error: campo desconocido `titel`"))
    }
}
