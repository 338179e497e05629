import CourseKit
import CourseXML
import Foundation

/// Makes authors' text fit the manifest: removes characters XML 1.0 cannot
/// carry and cuts titles to SCORM 1.2's 200 characters, telling the author
/// each time (CS0801, CS0802). One fitter serves all packages of a course,
/// so a title used in many per-lesson packages (the course's) is reported
/// once, not once per package.
final class SCORMTextFitter: @unchecked Sendable {
    private let sink: DiagnosticSink
    private let lock = NSLock()
    private var reported = Set<String>()

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// A `<title>`: representable and at most 200 characters.
    func title(_ title: Located<String>, what: String) -> String {
        let clean = text(title.value, at: title.range, what: what)
        let (limited, shortened) = SCORMTitle.limit(clean)
        if shortened {
            report(Rules.scormTitleShortened, at: title.range,
                   "the \(what) is \(clean.unicodeScalars.count) characters long; SCORM 1.2 allows 200, so the package shows \"\(String(limited.suffix(40)))\" at its end")
        }
        return limited
    }

    /// Free text (descriptions, keywords): representable, no length limit.
    func text(_ value: String, at range: SourceRange, what: String) -> String {
        var removed = 0
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if Self.isXMLChar(scalar) { out.append(scalar) } else { removed += 1 }
        }
        if removed > 0 {
            report(Rules.scormTextUnrepresentable, at: range,
                   "the \(what) holds \(removed) character(s) XML cannot represent (control characters); they were left out of the SCORM manifest")
        }
        return String(out)
    }

    /// XML 1.0 `Char`.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private func report(_ rule: Rule, at range: SourceRange, _ message: String) {
        // By place, not message: the same title serves as the package's and
        // as its item's title (worded differently) and is reported once.
        let key = "\(rule.id)|\(range.file)|\(range.start.line)|\(range.start.column)"
        lock.lock()
        let isNew = reported.insert(key).inserted
        lock.unlock()
        if isNew { sink.report(rule, at: range, message) }
    }
}
