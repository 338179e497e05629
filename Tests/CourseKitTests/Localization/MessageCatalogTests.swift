import Foundation
import Testing
@testable import CourseKit
@testable import CourseLocalization

/// The Spanish catalog is complete, used and faithful: every message of
/// the sources and every message the checks really produce has a Spanish
/// template with the same placeholders and the same code in backticks,
/// and every entry is still used. A failure lists what to add, file by
/// file, so merging a branch with new messages only means adding entries.
@Suite struct MessageCatalogTests {
    static let entries = SpanishMessages.all

    /// Where an English template goes: the catalog file of its source's area.
    static func catalogFile(for source: String) -> String {
        let areas: [(String, String)] = [
            ("Sources/coursec", "CLI"), ("Sources/CourseResults", "Results"), ("Sources/CourseKit/Reporting", "Reporting"),
            ("Sources/CourseKit/Diagnostics", "Diagnostics"), ("Sources/CourseKit/Rules", "Reporting"),
            ("Sources/CourseKit/Checks/Alignment", "Alignment"), ("Sources/CourseKit/Checks/Assessment", "Questions"),
            ("Sources/CourseKit/Checks", "Checks"), ("Sources/CourseKit/Resolution", "Questions"),
            ("Sources/CourseKit/Loading/Quiz", "Questions"), ("Sources/CourseKit/Loading", "Loading"),
            ("Sources/CourseKit/Syntax", "Source"), ("Sources/CourseKit/Source", "Source"), ("Sources/CourseMedia", "Checks"),
            ("Sources/CourseMath", "Math"), ("Sources/CourseAuthoring", "Authoring"), ("Sources/CourseImport", "Authoring"),
            ("Sources/CourseBuild", "Build"), ("Sources/Targets", "Build"), ("Sources/CourseRelease", "Release"), ("Sources/CoursePreview", "CLI"), ("Sources/CourseIncremental", "CLI"),
            ("Sources/CourseArchive", "Archive"),
        ]
        let area = areas.first { source.hasPrefix($0.0) }?.1 ?? "Loading"
        return "Sources/CourseLocalization/SpanishMessages+\(area).swift"
    }

    /// `("English", "Spanish"),` as it is written in the catalog.
    static func entryLine(_ template: String) -> String {
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        return "(\(quoted(template)), \(quoted("…"))),"
    }

    @Test func everyMessageOfTheSourcesHasASpanishTemplate() {
        var missing: [String: [String]] = [:]
        var seen = Set<String>()
        for literal in SourceMessages.messages where MessageCatalog.spanish[literal.template] == nil {
            guard seen.insert(literal.template).inserted else { continue }
            missing[Self.catalogFile(for: literal.file), default: []].append("    // \(literal.file):\(literal.line)\n    \(Self.entryLine(literal.template))")
        }
        guard !missing.isEmpty else { return }
        let report = missing.keys.sorted().map { "\($0):\n" + missing[$0]!.joined(separator: "\n") }.joined(separator: "\n")
        // The whole list, for a long one (the test log may cut it): COURSEC_CATALOG_TODO=/tmp/todo.txt.
        if let path = ProcessInfo.processInfo.environment["COURSEC_CATALOG_TODO"] {
            try? report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        Issue.record("\(seen.count) message(s) of the sources have no Spanish template; add them:\n\(report)")
    }

    @Test func everyMessageTheChecksProduceHasASpanishTemplate() {
        let missing = RuntimeMessages.templates.filter {
            MessageCatalog.needsTranslation($0.key) && MessageCatalog.spanish[$0.key] == nil
        }
        let report = missing.keys.sorted().map { "  \(Self.entryLine($0))   // \(missing[$0]!.id) at \(missing[$0]!.range.file)" }
        if !missing.isEmpty {
            Issue.record("messages produced by the rule examples and fixtures lack a Spanish template:\n\(report.joined(separator: "\n"))")
        }
        #expect(RuntimeMessages.templates.count > 150, "too few messages collected: \(RuntimeMessages.templates.count)")
    }

    @Test func bothSidesHaveTheSamePlaceholders() {
        for (english, spanish) in Self.entries {
            #expect(MessageCatalog.placeholders(english).sorted() == MessageCatalog.placeholders(spanish).sorted(),
                    "placeholders differ:\n  \(english)\n  \(spanish)")
            #expect(!spanish.isEmpty && spanish != "…", "no Spanish for: \(english)")
        }
    }

    @Test func everyEntryIsUnique() {
        var seen: [String: Int] = [:]
        for (english, _) in Self.entries { seen[english, default: 0] += 1 }
        let repeated = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "entries given more than once:\n\(repeated.joined(separator: "\n"))")
    }

    /// An entry is used when a literal of the sources (in any context)
    /// or a message the checks produce has its template.
    @Test func everyEntryIsUsed() {
        let used = SourceMessages.allTemplates.union(RuntimeMessages.templates.keys)
        let unused = Self.entries.map(\.0).filter { !used.contains($0) }
        if !unused.isEmpty {
            Issue.record("catalog entries no source uses (remove them, or fix their English):\n\(unused.joined(separator: "\n"))")
        }
    }

    /// Code, field names, ids and paths in backticks stay as they are.
    @Test func codeInBackticksIsKept() {
        for (english, spanish) in Self.entries {
            let lost = Self.codeSpans(english).subtracting(Self.codeSpans(spanish))
            #expect(lost.isEmpty, "the Spanish of \"\(english)\" lacks \(lost.sorted())")
        }
    }

    static func codeSpans(_ text: String) -> Set<String> {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return Set(stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) })
    }

    /// Rendered in Spanish, a message of the examples keeps no placeholder
    /// and says its ids and paths as the English does.
    @Test func spanishMessagesAreComplete() {
        for message in RuntimeMessages.messages {
            let spanish = message.text(in: .es), english = message.text(in: .en)
            #expect(!spanish.contains("{0}") && !spanish.contains("{1}"), "\(spanish)")
            let lost = Self.codeSpans(english).subtracting(Self.codeSpans(spanish))
            #expect(lost.isEmpty, "\(english)\n\(spanish)")
        }
    }
}
