import CourseKit

/// The promise every loader makes about bad input: each diagnostic about a
/// file points inside it (a line the file has, a column on that line or just
/// past its end), so the author can find what to fix. A broken promise
/// traps, which libFuzzer reports as a crash and keeps the input.
public enum DiagnosticBounds {
    /// Checks the ranges of `diagnostics` (and of their notes) that name `file`.
    public static func check(_ diagnostics: [Diagnostic], in file: SourceFile) {
        for diagnostic in diagnostics {
            let ranges = [diagnostic.range] + diagnostic.notes.compactMap(\.range)
            for range in ranges where range.file == file.path {
                check(range.start, in: file, diagnostic)
                if range.end.line > file.lineCount {
                    fatalError("\(describe(diagnostic)) ends on line \(range.end.line) of a \(file.lineCount)-line file")
                }
            }
        }
    }

    private static func check(_ position: SourcePosition, in file: SourceFile, _ diagnostic: Diagnostic) {
        guard (1...file.lineCount).contains(position.line) else {
            fatalError("\(describe(diagnostic)) starts on line \(position.line) of a \(file.lineCount)-line file")
        }
        let width = file.line(position.line).unicodeScalars.count
        guard (1...width + 1).contains(position.column) else {
            fatalError("\(describe(diagnostic)) starts at column \(position.column) of a \(width)-character line")
        }
    }

    private static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.id) “\(diagnostic.message)” at \(diagnostic.range.start.line):\(diagnostic.range.start.column)"
    }
}
