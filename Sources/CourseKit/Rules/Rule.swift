/// A rule: one kind of problem coursec reports, with a stable id.
///
/// Like SwiftLint's rule descriptions, each rule carries its rationale and
/// examples. The examples are small repositories (files over a minimal valid
/// course, see `RuleExample`) that `coursec explain` prints and the test
/// suite checks: a triggering example must produce the rule at its `↓`
/// marker, a quiet one must not produce it.
public struct Rule: Sendable, Hashable {
    public enum Category: String, Sendable, Codable, CaseIterable {
        case source, structure, references, questions, alignment, assessment, rhythm, rendering, release, policy
        /// What learners with a screen reader, or without sound, get.
        case accessibility
        /// Sizes beyond which coursec refuses input (`LimitRules`).
        case limits
        /// Found by `coursec results` in learners' responses, not by `check`.
        case results
        /// Found by `coursec import` in files from the platform, not by `check`.
        case imports
    }

    public let id: String
    public let name: String
    public let defaultSeverity: Severity
    public let category: Category
    public let summary: String
    public let explanation: String
    public let examples: [RuleExample]
    /// Parameters the policy may set, with their types and defaults, e.g. `["every": "3"]`.
    public let parameters: [String: RuleParameter]
    /// Whether the policy and inline suppressions may change or silence it.
    /// Limits may not: past one, the model holds only part of the input,
    /// and a build of it must never be published.
    public let configurable: Bool

    public init(id: String, name: String, severity: Severity, category: Category, summary: String,
                explanation: String, examples: [RuleExample] = [], parameters: [String: RuleParameter] = [:],
                configurable: Bool = true) {
        self.id = id
        self.name = name
        self.defaultSeverity = severity
        self.category = category
        self.summary = summary
        self.explanation = explanation
        self.examples = examples
        self.parameters = parameters
        self.configurable = configurable
    }

    public static func == (a: Rule, b: Rule) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// An example for a rule: files laid over the minimal valid repository.
/// In a triggering example, `↓` marks where the diagnostic must point (the
/// marker is removed before the files are checked). `archives` are ZIP
/// files made from text entries (`ExampleArchive`), for the rules about
/// the packages of HTML and SCORM lessons.
public struct RuleExample: Sendable {
    public let files: [String: String]
    public let archives: [String: ExampleArchive]
    /// Files given as bytes (not valid UTF-8, or too large to show).
    public let bytes: [String: [UInt8]]
    public let triggers: Bool
    /// The example is checked on a machine without KaTeX (CS0601).
    public let withoutKaTeX: Bool

    public init(_ files: [String: String], archives: [String: ExampleArchive] = [:], bytes: [String: [UInt8]] = [:],
                triggers: Bool, withoutKaTeX: Bool = false) {
        self.files = files
        self.archives = archives
        self.bytes = bytes
        self.triggers = triggers
        self.withoutKaTeX = withoutKaTeX
    }

    /// Where KaTeX is for this example: the real installation, or nowhere.
    public var katex: KaTeXInstallation {
        withoutKaTeX ? KaTeXInstallation(scriptFolder: URL(fileURLWithPath: "/nonexistent/katex"),
                                         fontFolder: URL(fileURLWithPath: "/nonexistent/katex-fonts")) : .debian
    }

    public static func triggering(_ path: String, _ content: String) -> RuleExample {
        RuleExample([path: content], triggers: true)
    }

    public static func quiet(_ path: String, _ content: String) -> RuleExample {
        RuleExample([path: content], triggers: false)
    }
}

import Foundation
