@testable import CourseKit

/// Applies the fixes of diagnostics to a text, as an editor would: each
/// replaces the characters between its range's start and end (lines and
/// columns counted in Unicode scalars, as diagnostics count them).
enum FixApplier {
    static func apply(_ fixes: [Diagnostic.Fix], to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        // From the last to the first, so earlier positions stay true.
        for fix in fixes.sorted(by: { $0.range.start > $1.range.start }) {
            let start = fix.range.start, end = fix.range.end
            let head = lines[start.line - 1][..<(start.column - 1)]
            let tail = lines[end.line - 1][(end.column - 1)...]
            var joined = String.UnicodeScalarView(head)
            joined.append(contentsOf: fix.replacement.unicodeScalars)
            joined.append(contentsOf: tail)
            let replaced = String(joined).split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            lines.replaceSubrange((start.line - 1)..<end.line, with: replaced)
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }
}
