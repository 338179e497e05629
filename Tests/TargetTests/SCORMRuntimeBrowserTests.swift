import Foundation
import Testing

/// The SCORM 1.2 runtime in a real browser (Debian's headless Chromium): a
/// SCO from a built package runs inside a frameset whose window is a
/// recording LMS (Fixtures/scorm-harness), and the exact calls are checked.
/// Chromium runs in a network namespace of its own, so nothing leaves the
/// machine; `--allow-file-access-from-files` lets the file:// SCO reach its
/// file:// parent's API, as a same-origin LMS frame would.
@Suite(.serialized) struct SCORMRuntimeBrowserTests {
    typealias Call = [String]

    /// The escaping fixture's package, unpacked once, with the harness at its root.
    static let unpacked: Result<URL, Error> = Result {
        let (result, output) = try SCORMEscapingTests.built.get()
        let package = try #require(SCORMTestSupport.packages(in: result, output: output).first)
        let folder = try SCORMTestSupport.temporaryFolder("browser")
        try SCORMTestSupport.unzip(package, into: folder)
        try FileManager.default.copyItem(
            at: SCORMTestSupport.fixtures.appendingPathComponent("scorm-harness/harness.html"),
            to: folder.appendingPathComponent("harness.html"))
        return folder
    }

    /// The page's DOM after its scripts ran (and timers, within a virtual budget).
    static func dumpDOM(_ url: String) throws -> String {
        let chromium = try #require(SCORMTestSupport.executable("chromium"), "chromium is not installed")
        let profile = try SCORMTestSupport.temporaryFolder("chromium-profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run",
                         "--user-data-dir=\(profile.path)", "--allow-file-access-from-files",
                         "--virtual-time-budget=10000", "--dump-dom", url]
        var program = chromium
        if let unshare = SCORMTestSupport.executable("unshare") {
            arguments.insert(contentsOf: ["-n", chromium.path], at: 0)
            program = unshare
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Loads `sco` in the harness and returns the recorded calls.
    static func calls(sco: String, query: String = "") throws -> [Call] {
        let folder = try unpacked.get()
        let encoded = sco.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? sco
        let dom = try dumpDOM(folder.appendingPathComponent("harness.html").absoluteString + "?sco=\(encoded)\(query)")
        let attribute = try #require(attributeValue("data-calls", in: dom), "no calls recorded; DOM:\n\(dom.prefix(2000))")
        let json = try JSONSerialization.jsonObject(with: Data(attribute.utf8))
        return try #require(json as? [[String]])
    }

    static func attributeValue(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: "\(name)=\"") else { return nil }
        guard let end = dom[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(dom[start.upperBound..<end])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The calls that open every session: initialize, read the state the
    /// SCO needs (each read checked with LMSGetLastError), mark it started.
    static func opening(status: String = "not attempted", entry: String = "ab-initio", location: String? = nil,
                        mastery: String = "", quiz: Bool = false) -> [Call] {
        var calls: [Call] = [["LMSInitialize", "", "true"],
                             ["LMSGetValue", "cmi.core.lesson_status", status], ["LMSGetLastError", "0"],
                             ["LMSGetValue", "cmi.core.entry", entry], ["LMSGetLastError", "0"]]
        if let location { calls += [["LMSGetValue", "cmi.core.lesson_location", location], ["LMSGetLastError", "0"]] }
        calls += [["LMSGetValue", "cmi.student_data.mastery_score", mastery], ["LMSGetLastError", "0"],
                  ["LMSGetValue", "cmi.interactions._count", "0"], ["LMSGetLastError", "0"]]
        // A quiz reads back its saved line and the result the LMS holds.
        if quiz {
            calls += [["LMSGetValue", "cmi.suspend_data", ""], ["LMSGetLastError", "0"],
                      ["LMSGetValue", "cmi.core.score.raw", ""], ["LMSGetLastError", "0"]]
        }
        calls += [["LMSSetValue", "cmi.core.lesson_status", "incomplete", "true"]]
        return calls
    }

    static func interaction(_ n: Int, id: String, type: String, correct: String, response: String?,
                            result: String) -> [Call] {
        let p = "cmi.interactions.\(n)."
        var calls: [Call] = [["LMSSetValue", p + "id", id, "true"], ["LMSSetValue", p + "type", type, "true"],
                             ["LMSSetValue", p + "correct_responses.0.pattern", correct, "true"],
                             ["LMSSetValue", p + "weighting", "1", "true"]]
        if let response { calls.append(["LMSSetValue", p + "student_response", response, "true"]) }
        calls.append(["LMSSetValue", p + "result", result, "true"])
        return calls
    }

    /// quiz.js's saved line (docs/outputs.md): version, attempts used,
    /// phase, last and best score, fingerprint, answers. The fingerprint is
    /// computed here from its definition: the items' `id:type:blanks`
    /// joined by commas, hashed with 32-bit FNV-1a, in base 36, after the count.
    static func savedLine(attempts: Int, phase: String, last: Int, best: Int,
                          items: [(id: String, type: String, blanks: Int?)], answers: [String]) -> String {
        let text = items.map { "\($0.id):\($0.type):\($0.blanks.map(String.init) ?? "")" }.joined(separator: ",")
        var hash: UInt32 = 0x811c9dc5
        for unit in text.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        let fingerprint = "\(items.count).\(String(hash, radix: 36))"
        return ["1", String(attempts), phase, String(last), String(best), fingerprint, answers.joined(separator: "|")]
            .joined(separator: ";")
    }

    /// The session ends with its duration (CMITimespan) and LMSFinish.
    static func checkClosing(_ calls: [Call]) {
        #expect(calls.last == ["LMSFinish", "", "true"])
        let time = calls.dropLast().last ?? []
        #expect(time.count == 4 && time[1] == "cmi.core.session_time", "\(time)")
        #expect(time.count == 4 && time[2].range(of: #"^\d{4}:\d{2}:\d{2}\.\d{2}$"#, options: .regularExpression) != nil,
                "\(time)")
    }

    @Test func quizAnsweredRightReportsInteractionsScorePassedCommitAndFinish() throws {
        let calls = try Self.calls(sco: "quizzes/practica.html?coursec-autotest=answers", query: "&mastery=60")
        var expected = Self.opening(mastery: "60", quiz: true)
        expected += [["LMSGetValue", "cmi.interactions._count", "0"], ["LMSGetLastError", "0"]]
        expected += Self.interaction(0, id: "practica.suma", type: "choice", correct: "a", response: "a", result: "correct")
        expected += Self.interaction(1, id: "practica.entero", type: "true-false", correct: "t", response: "t", result: "correct")
        expected += Self.interaction(2, id: "practica.mitad", type: "fill-in", correct: "4", response: "4", result: "correct")
        expected += Self.interaction(3, id: "practica.pares", type: "choice", correct: "a,c", response: "a,c", result: "correct")
        expected += [["LMSSetValue", "cmi.core.score.raw", "100", "true"],
                     ["LMSSetValue", "cmi.core.score.min", "0", "true"],
                     ["LMSSetValue", "cmi.core.score.max", "100", "true"],
                     ["LMSSetValue", "cmi.core.lesson_status", "passed", "true"],
                     ["LMSSetValue", "cmi.suspend_data",
                      Self.savedLine(attempts: 1, phase: "s", last: 100, best: 100,
                                     items: [("suma", "choice", nil), ("entero", "true-false", nil), ("mitad", "fill-in", 1),
                                             ("pares", "choice", nil)],
                                     answers: ["a", "a", "4", "ac"]), "true"],
                     ["LMSCommit", "", "true"],
                     // Kept for the next launch: the result shows again.
                     ["LMSSetValue", "cmi.core.exit", "suspend", "true"]]
        #expect(Array(calls.prefix(expected.count)) == expected, "\(calls)")
        #expect(calls.count == expected.count + 2, "\(calls)")
        Self.checkClosing(calls)
    }

    @Test func unansweredAssessmentFailsAgainstTheLMSMasteryScore() throws {
        let calls = try Self.calls(sco: "assessment/final.html?coursec-autotest=empty", query: "&mastery=70")
        var expected = Self.opening(mastery: "70", quiz: true)
        expected += [["LMSGetValue", "cmi.interactions._count", "0"], ["LMSGetLastError", "0"]]
        expected += Self.interaction(0, id: "evaluacion.suma-3", type: "choice", correct: "b", response: nil, result: "wrong")
        expected += Self.interaction(1, id: "evaluacion.producto", type: "choice", correct: "a", response: nil, result: "wrong")
        expected += [["LMSSetValue", "cmi.core.score.raw", "0", "true"],
                     ["LMSSetValue", "cmi.core.score.min", "0", "true"],
                     ["LMSSetValue", "cmi.core.score.max", "100", "true"],
                     ["LMSSetValue", "cmi.core.lesson_status", "failed", "true"],
                     ["LMSSetValue", "cmi.suspend_data",
                      Self.savedLine(attempts: 1, phase: "s", last: 0, best: 0,
                                     items: [("suma-3", "choice", nil), ("producto", "choice", nil)], answers: ["", ""]),
                      "true"],
                     ["LMSCommit", "", "true"],
                     ["LMSSetValue", "cmi.core.exit", "suspend", "true"]]
        #expect(Array(calls.prefix(expected.count)) == expected, "\(calls)")
        Self.checkClosing(calls)
    }

    @Test func lessonIsCompletedWhenViewedAndResumesItsLocation() throws {
        let calls = try Self.calls(sco: "lessons/leccion.html", query: "&entry=resume&location=leccion")
        var expected = Self.opening(entry: "resume", location: "leccion")
        expected += [["LMSSetValue", "cmi.core.lesson_status", "completed", "true"],
                     ["LMSSetValue", "cmi.core.lesson_location", "leccion", "true"],
                     ["LMSCommit", "", "true"],
                     // Left without finishing the course: suspended, to resume.
                     ["LMSSetValue", "cmi.core.exit", "suspend", "true"]]
        #expect(Array(calls.prefix(expected.count)) == expected, "\(calls)")
        #expect(calls.count == expected.count + 2, "\(calls)")
        Self.checkClosing(calls)
    }

    /// Opened from disk with no LMS around, the quiz still scores itself and
    /// the runtime stays out of the way.
    @Test func quizWithoutAnLMSStillWorks() throws {
        let folder = try Self.unpacked.get()
        let dom = try Self.dumpDOM(folder.appendingPathComponent("quizzes/practica.html").absoluteString
                                   + "?coursec-autotest=answers")
        #expect(Self.attributeValue("data-scorm", in: dom) == "standalone", "\(dom.prefix(600))")
        #expect(Self.attributeValue("data-coursec-event", in: dom) == "practica:practice:100:4")
        #expect(dom.contains(#"data-score="100""#))
    }
}
