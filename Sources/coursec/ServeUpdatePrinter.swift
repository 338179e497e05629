import CourseIncremental
import CourseKit
import CoursePreview
import Foundation

/// Says each refresh in one line, and the problems when they changed.
final class ServeUpdatePrinter: @unchecked Sendable {
    let directory: String
    let root: URL
    private var shown: [Diagnostic]?

    init(directory: String, root: URL) {
        self.directory = directory
        self.root = root
    }

    func print(_ update: PreviewServer.Update) {
        func text(_ message: Message) -> String { CLILanguage.text(message) }
        let first = update.changed.isEmpty && shown == nil
        var what: Message
        if first {
            what = "loaded"
        } else if update.changed.isEmpty {
            what = "changes in the repository"
        } else if update.changed.count == 1 {
            what = "\(update.changed[0]) changed"
        } else {
            what = "\(update.changed[0]) and \(update.changed.count - 1) more changed"
        }
        var line = "[\(Self.clock())] "
        guard let snapshot = update.snapshot else {
            try? Terminal.write(line + text(what) + " · " + text("cannot load: \(update.failure ?? "")") + "\n")
            return
        }
        let files = snapshot.filesLoaded
        if first {
            what = files == 1 ? "loaded: 1 content file" : "loaded: \(files) content files"
        } else {
            what = files == 1 ? "\(what) · 1 file read again" : "\(what) · \(files) files read again"
        }
        line += text(what)
        let summary = snapshot.summary
        var problems: [Message] = []
        if summary.errors > 0 { problems.append(summary.errors == 1 ? "1 error" : "\(summary.errors) errors") }
        if summary.warnings > 0 { problems.append(summary.warnings == 1 ? "1 warning" : "\(summary.warnings) warnings") }
        let counted: Message = problems.first.map { first in problems.dropFirst().reduce(first) { "\($0), \($1)" } } ?? "no problems"
        line += " · " + text(counted)
        // Seconds as the reader writes decimals: 0.42 s, 0,42 s.
        let seconds = String(format: "%.2f", update.seconds)
        line += " · " + (CLILanguage.current == .es ? seconds.replacingOccurrences(of: ".", with: ",") : seconds) + " s\n"
        for problem in snapshot.siteProblems { line += "  " + text("cannot show: \(problem)") + "\n" }
        try? Terminal.write(line)
        if shown != snapshot.diagnostics {
            if !snapshot.diagnostics.isEmpty {
                let context = DiagnosticOutputOptions.context(directory: directory, fileSystem: LocalFileSystem(root: root),
                                                              color: Terminal.supportsColor(fileHandle: STDOUT_FILENO))
                try? Terminal.write(DiagnosticFormat.text.renderer.render(snapshot.diagnostics, context: context))
            }
            shown = snapshot.diagnostics
        }
    }

    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
