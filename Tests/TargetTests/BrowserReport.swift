import Foundation
import Testing

/// What a `BrowserDriver` scenario reported: snapshots of pages, of the
/// LMS's records and of localStorage; clicks and layout measurements; the
/// LMS calls that ended with an error; the steps the driver could not do.
struct BrowserReport {
    /// What a learner sees on a quiz page or the course index (driver.js, `pageState`).
    struct Page: Decodable {
        struct Button: Decodable {
            var text: String
            var className: String
            var enabled: Bool
        }
        struct Entry: Decodable {
            var id: String
            var status: String?
            var text: String
        }
        var page: String
        var scorm: String?
        var quizState: String?
        var status: String?
        var statusText: String?
        var scoreText: String?
        var score: String?
        var passed: String?
        var attemptsText: String?
        var buttons: [Button]?
        var answers: [String: [Answer]]?
        var enabledInputs: Int?
        var entries: [Entry]?
        var progressText: String?

        var buttonClasses: [String] { (buttons ?? []).map(\.className) }
        func entry(_ id: String) -> Entry? { entries?.first { $0.id == id } }
    }

    /// An option index or the text of a blank.
    enum Answer: Decodable, Equatable {
        case option(Int)
        case text(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let n = try? container.decode(Int.self) { self = .option(n) } else { self = .text(try container.decode(String.self)) }
        }
    }

    /// One SCO's committed data in the strict LMS (lms.js).
    struct LMSRecord: Decodable {
        struct Interaction: Decodable {
            var id: String?
            var type: String?
            var result: String?
            var student_response: String?
            var correct_responses: [String]?
        }
        var launches: Int
        var lastExit: String?
        var values: [String: String]
        var interactions: [Interaction]

        subscript(_ element: String) -> String? { values[element] }
    }

    struct LMSError: Decodable, CustomStringConvertible {
        var sco: String
        var call: String
        var args: [String]
        var code: String
        var description: String { "\(sco): \(call)(\(args.joined(separator: ", "))) → \(code)" }
    }

    /// A page on a phone (driver.js, `layout`).
    struct Layout: Decodable {
        struct Formula: Decodable { var text: String; var lines: Int }
        struct Target: Decodable { var tag: String; var className: String; var text: String; var width: Int; var height: Int }
        var page: String
        var scrollWidth: Int
        var innerWidth: Int
        var formulas: Int
        var splitFormulas: [Formula]
        var smallTargets: [Target]
        /// Visible text that is still TeX (`$…$`, `\ce{…}`): math nobody typeset.
        var rawTeX: [String]
        /// What KaTeX refused to typeset (its `.katex-error` elements).
        var katexErrors: [String]
    }

    struct Click: Decodable {
        var step: String
        var clicked: Bool
    }

    let snapshots: [String: Any]
    let results: [Any]
    let errors: [LMSError]
    let failures: [String]

    init(_ data: Data) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        snapshots = object["snapshots"] as? [String: Any] ?? [:]
        results = object["results"] as? [Any] ?? []
        failures = object["failures"] as? [String] ?? []
        errors = try Self.decode([LMSError].self, object["errors"] ?? [])
    }

    func page(_ name: String) throws -> Page {
        try Self.decode(Page.self, try #require(snapshots[name], "no snapshot \(name)"))
    }

    func lms(_ name: String) throws -> [String: LMSRecord] {
        try Self.decode([String: LMSRecord].self, try #require(snapshots[name], "no LMS snapshot \(name)"))
    }

    func storage(_ name: String) throws -> [String: String] {
        try #require(snapshots[name] as? [String: String], "no storage snapshot \(name)")
    }

    /// `[result, LMSGetLastError]` of each call of an `api` step.
    func apiResults(_ name: String) throws -> [[String]] {
        try #require(snapshots[name] as? [[String]], "no API snapshot \(name)")
    }

    var layouts: [Layout] { results.compactMap { try? Self.decode(Layout.self, $0) } }
    var clicks: [Click] { results.compactMap { try? Self.decode(Click.self, $0) } }

    private static func decode<T: Decodable>(_ type: T.Type, _ value: Any) throws -> T {
        try JSONDecoder().decode(type, from: JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]))
    }
}
