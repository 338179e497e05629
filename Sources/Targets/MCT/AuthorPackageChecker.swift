import CourseArchive
import CourseKit
import CourseXML
import Foundation

/// Checks the ZIPs authors bring for HTML and SCORM lessons before they go
/// into the upload, with the safe reader (no extraction, hostile entries
/// refused), so the platform never rejects the upload halfway.
struct AuthorPackageChecker: Sendable {
    let sink: DiagnosticSink

    /// A SCORM 1.2 package: safe archive, `imsmanifest.xml` at the root,
    /// valid against the SCORM 1.2 schemas.
    func checkSCORM(_ url: URL, lesson: Lesson) -> Bool {
        let rule = PlatformRules.invalidSCORMPackage
        guard let entries = readEntries(url, lesson: lesson, rule: rule) else { return false }
        guard entries.contains(where: { $0.type == .file && $0.path == "imsmanifest.xml" }) else {
            report(rule, lesson, "the SCORM package \(name(lesson)) has no imsmanifest.xml at its root\(nestedHint(entries, "imsmanifest.xml"))")
            return false
        }
        let manifest: Data
        do {
            manifest = try SafeArchiveReader(url: url).read(entry: "imsmanifest.xml", maxBytes: 8 << 20)
        } catch {
            report(rule, lesson, "cannot read imsmanifest.xml of \(name(lesson)): \(error)")
            return false
        }
        let issues = XMLSchemaValidator.scorm12.validate(manifest, documentName: "imsmanifest.xml")
            .filter { $0.severity != .warning }
        guard issues.isEmpty else {
            let shown = issues.prefix(3).map(\.description).joined(separator: "; ")
            report(rule, lesson, "imsmanifest.xml of \(name(lesson)) is not valid SCORM 1.2: \(shown)\(issues.count > 3 ? " (and \(issues.count - 3) more)" : "")")
            return false
        }
        return true
    }

    /// An HTML-content package: safe archive with `index.html` at the root.
    func checkHTML(_ url: URL, lesson: Lesson) -> Bool {
        let rule = PlatformRules.invalidHTMLPackage
        guard let entries = readEntries(url, lesson: lesson, rule: rule) else { return false }
        guard entries.contains(where: { $0.type == .file && $0.path == "index.html" }) else {
            report(rule, lesson, "the HTML package \(name(lesson)) has no index.html at its root\(nestedHint(entries, "index.html"))")
            return false
        }
        return true
    }

    private func readEntries(_ url: URL, lesson: Lesson, rule: Rule) -> [ArchiveEntryInfo]? {
        do {
            return try SafeArchiveReader(url: url).entries()
        } catch {
            report(rule, lesson, "\(name(lesson)) cannot be used: \(error)")
            return nil
        }
    }

    /// Names the folder when the file is one level down (zipped from the parent folder).
    private func nestedHint(_ entries: [ArchiveEntryInfo], _ file: String) -> String {
        guard let nested = entries.first(where: { $0.path.hasSuffix("/" + file) }) else { return "" }
        return " (it is at “\(nested.path)”: zip the contents of the folder, not the folder)"
    }

    private func name(_ lesson: Lesson) -> String { "“\(lesson.file?.value ?? lesson.path)”" }

    private func report(_ rule: Rule, _ lesson: Lesson, _ message: String) {
        sink.report(rule, at: lesson.file?.range ?? lesson.range, message)
    }
}
