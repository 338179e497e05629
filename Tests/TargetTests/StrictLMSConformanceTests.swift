import CoursecTestSupport
import Foundation
import Testing

/// The strict LMS-side SCORM 1.2 API the browser tests play SCOs against
/// (Fixtures/browser/lms.js), checked call by call against the SCORM 1.2
/// Run-Time Environment: the API's states (§3.3), the data model's access,
/// types and vocabularies (§3.4), the error codes, and what carries over to
/// the next launch. An oracle that let these through would let a wrong SCO
/// through too.
@Suite(.serialized, .enabled(if: BrowserDriver.available, "chromium is not installed; skipping the browser tests"))
struct StrictLMSConformanceTests {
    static let folder: Result<URL, Error> = Result {
        let folder = try ScratchFolder.make("strict-lms")
        try BrowserDriver.install(in: folder)
        return folder
    }

    /// Each call with the `[result, LMSGetLastError]` the specification requires.
    static let firstSession: [([String], [String])] = [
        (["LMSGetValue", "cmi.core.lesson_status"], ["", "301"]),          // not initialized
        (["LMSInitialize", "x"], ["false", "201"]),                        // the argument must be ""
        (["LMSInitialize", ""], ["true", "0"]),
        (["LMSInitialize", ""], ["false", "101"]),                         // once per session
        (["LMSGetValue", "cmi.core.lesson_status"], ["not attempted", "0"]),
        (["LMSGetValue", "cmi.core.entry"], ["ab-initio", "0"]),
        (["LMSGetValue", "cmi.student_data.mastery_score"], ["60", "0"]),
        (["LMSSetValue", "cmi.core.lesson_status", "not attempted"], ["false", "405"]),  // only the LMS sets it
        (["LMSSetValue", "cmi.core.lesson_status", "done"], ["false", "405"]),
        (["LMSSetValue", "cmi.core.entry", "resume"], ["false", "403"]),   // read-only
        (["LMSSetValue", "cmi.core.student_id", "x"], ["false", "403"]),
        (["LMSGetValue", "cmi.core.exit"], ["", "404"]),                   // write-only
        (["LMSSetValue", "cmi.core.exit", "quit"], ["false", "405"]),
        (["LMSSetValue", "cmi.core.score.raw", "101"], ["false", "405"]),
        (["LMSSetValue", "cmi.core.score.raw", "abc"], ["false", "405"]),
        (["LMSSetValue", "cmi.core.score.raw", "85.5"], ["true", "0"]),
        (["LMSGetValue", "cmi.core.score._children"], ["raw,min,max", "0"]),
        (["LMSSetValue", "cmi.core._children", "x"], ["false", "402"]),     // a keyword
        (["LMSGetValue", "cmi.core.lesson_status._children"], ["", "202"]),
        (["LMSGetValue", "cmi.suspend_data._count"], ["", "203"]),
        (["LMSGetValue", "cmi.core.nonsense"], ["", "201"]),
        (["LMSSetValue", "cmi.suspend_data", String(repeating: "a", count: 4097)], ["false", "405"]),
        (["LMSSetValue", "cmi.suspend_data", String(repeating: "a", count: 4096)], ["true", "0"]),
        (["LMSSetValue", "cmi.core.lesson_location", String(repeating: "b", count: 256)], ["false", "405"]),
        (["LMSGetValue", "cmi.interactions._count"], ["0", "0"]),
        (["LMSSetValue", "cmi.interactions.1.id", "q1"], ["false", "201"]),  // lists grow one at a time
        (["LMSSetValue", "cmi.interactions.0.id", "q 1"], ["false", "405"]), // CMIIdentifier: no spaces
        (["LMSSetValue", "cmi.interactions.0.id", "q1"], ["true", "0"]),
        (["LMSSetValue", "cmi.interactions.0.type", "multiple"], ["false", "405"]),
        (["LMSSetValue", "cmi.interactions.0.type", "choice"], ["true", "0"]),
        (["LMSSetValue", "cmi.interactions.0.correct_responses.0.pattern", "a,c"], ["true", "0"]),
        (["LMSSetValue", "cmi.interactions.0.student_response", "A;C"], ["false", "405"]),
        (["LMSSetValue", "cmi.interactions.0.student_response", "a,c"], ["true", "0"]),
        (["LMSSetValue", "cmi.interactions.0.result", "right"], ["false", "405"]),
        (["LMSSetValue", "cmi.interactions.0.result", "wrong"], ["true", "0"]),
        (["LMSSetValue", "cmi.interactions.0.time", "25:00:00"], ["false", "405"]),
        (["LMSGetValue", "cmi.interactions.0.id"], ["", "404"]),
        (["LMSGetValue", "cmi.interactions._count"], ["1", "0"]),
        (["LMSGetValue", "cmi.interactions.0.correct_responses._count"], ["1", "0"]),
        (["LMSSetValue", "cmi.core.session_time", "1:00"], ["false", "405"]),
        (["LMSSetValue", "cmi.core.session_time", "0000:01:30.5"], ["true", "0"]),
        (["LMSSetValue", "cmi.student_preference.speed", "101"], ["false", "405"]),
        (["LMSSetValue", "cmi.core.lesson_status", "incomplete"], ["true", "0"]),
        (["LMSSetValue", "cmi.core.exit", "suspend"], ["true", "0"]),
        (["LMSGetErrorString", "405"], ["Incorrect data type", "0"]),
        (["LMSCommit", "x"], ["false", "201"]),
        (["LMSCommit", ""], ["true", "0"]),
        (["LMSFinish", ""], ["true", "0"]),
        (["LMSGetValue", "cmi.core.lesson_status"], ["", "301"]),          // finished
        (["LMSFinish", ""], ["false", "301"]),
    ]

    static func calls(_ session: [([String], [String])]) -> [[String]] { session.map(\.0) }

    @Test func apiStatesDataModelAndErrorCodesFollowTheSpecification() throws {
        let secondSession: [([String], [String])] = [
            (["LMSInitialize", ""], ["true", "0"]),
            (["LMSGetValue", "cmi.core.entry"], ["resume", "0"]),            // the last exit was "suspend"
            (["LMSGetValue", "cmi.core.lesson_status"], ["incomplete", "0"]), // set by the SCO: no override
            (["LMSGetValue", "cmi.core.score.raw"], ["85.5", "0"]),
            (["LMSGetValue", "cmi.core.total_time"], ["0000:01:30.50", "0"]),
            (["LMSGetValue", "cmi.interactions._count"], ["1", "0"]),
            (["LMSSetValue", "cmi.core.lesson_location", "p2"], ["true", "0"]),
            (["LMSFinish", ""], ["true", "0"]),                               // mastery 60 < 85.5: passed
        ]
        let thirdSession: [([String], [String])] = [
            (["LMSInitialize", ""], ["true", "0"]),
            (["LMSGetValue", "cmi.core.entry"], ["", "0"]),                   // a normal exit
            (["LMSGetValue", "cmi.core.lesson_status"], ["passed", "0"]),
            (["LMSGetValue", "cmi.core.lesson_location"], ["p2", "0"]),
        ]
        let report = try BrowserDriver.run("conformance", in: try Self.folder.get(),
                                           lms: .init(storageKey: "conformance", freshAttemptAfterNormalExit: false), steps: [
            .api("first", sco: "sco", mastery: 60, calls: Self.calls(Self.firstSession)),
            .api("second", sco: "sco", mastery: 60, calls: Self.calls(secondSession)),
            .api("third", sco: "sco", mastery: 60, calls: Self.calls(thirdSession)),
            .lms("records"),
        ])
        for (name, session) in [("first", Self.firstSession), ("second", secondSession), ("third", thirdSession)] {
            let results = try report.apiResults(name)
            #expect(results.count == session.count)
            for (result, expected) in zip(results, session) {
                #expect(result == expected.1, "\(name): \(expected.0.prefix(2).joined(separator: " ")) → \(result)")
            }
        }
        let record = try #require(try report.lms("records")["sco"])
        #expect(record.launches == 3)
        #expect(record["cmi.suspend_data"]?.count == 4096, "the longest suspend_data allowed is kept")
        #expect(record.interactions.first?.student_response == "a,c" && record.interactions.first?.correct_responses == ["a,c"])
        // Every refused call is in the error log, with its code.
        #expect(report.errors.map(\.code).contains("405") && report.errors.map(\.code).contains("301"))
    }

    @Test func anLMSThatStartsAfreshAfterANormalExitForgetsEverything() throws {
        let steps: [BrowserDriver.Step] = [
            .api("first", sco: "sco", calls: [["LMSInitialize", ""], ["LMSSetValue", "cmi.suspend_data", "x"],
                                              ["LMSSetValue", "cmi.core.exit", ""], ["LMSFinish", ""]]),
            .api("second", sco: "sco", calls: [["LMSInitialize", ""], ["LMSGetValue", "cmi.core.entry"],
                                               ["LMSGetValue", "cmi.suspend_data"], ["LMSGetValue", "cmi.core.lesson_status"]]),
        ]
        let report = try BrowserDriver.run("fresh-attempt", in: try Self.folder.get(), lms: .init(storageKey: "fresh"), steps: steps)
        #expect(try report.apiResults("second") == [["true", "0"], ["ab-initio", "0"], ["", "0"], ["not attempted", "0"]])
    }
}
