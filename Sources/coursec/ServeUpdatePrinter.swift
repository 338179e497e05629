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
        var line = "[\(Self.clock())] "
        let first = update.changed.isEmpty && shown == nil
        if first {
            line += "cargado"
        } else if update.changed.isEmpty {
            line += "cambios en el repositorio"
        } else {
            line += "cambió \(update.changed[0])"
            if update.changed.count > 1 { line += " y \(update.changed.count - 1) más" }
        }
        guard let snapshot = update.snapshot else {
            try? Terminal.write(line + " · no se puede cargar: \(update.failure ?? "")\n")
            return
        }
        if first {
            line += ": \(Self.count(snapshot.filesLoaded, "archivo de contenido", "archivos de contenido"))"
        } else {
            line += " · \(Self.count(snapshot.filesLoaded, "archivo leído", "archivos leídos")) de nuevo"
        }
        let summary = snapshot.summary
        var problems: [String] = []
        if summary.errors > 0 { problems.append(Self.count(summary.errors, "error", "errores")) }
        if summary.warnings > 0 { problems.append(Self.count(summary.warnings, "advertencia", "advertencias")) }
        line += " · " + (problems.isEmpty ? "sin problemas" : problems.joined(separator: ", "))
        line += " · " + String(format: "%.2f s", update.seconds).replacingOccurrences(of: ".", with: ",") + "\n"
        for problem in snapshot.siteProblems { line += "  no se puede mostrar: \(problem)\n" }
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

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
