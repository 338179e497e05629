import CourseKit

/// The output formats of `coursec results`. `sarif` and `github` print only
/// the diagnostics (the flags and the problems in responses files), for CI.
public enum ResultsFormat: String, CaseIterable, Sendable {
    case text, json, csv, html, sarif, github

    /// The report in `language` (text and HTML; JSON and CSV keep the
    /// machine's names, and JSON carries the diagnostics with their display
    /// paths and the flags' messages as the report has them).
    public func render(_ report: ResultsReport, diagnostics: [Diagnostic], language: Language = .es) -> String {
        switch self {
        case .text: ResultsTextRenderer.render(report, language: language)
        case .json: StableJSON.encode(JSONDocument(report: report, diagnostics: diagnostics)) + "\n"
        case .csv: ResultsCSVRenderer.render(report)
        case .html: ResultsHTMLRenderer.render(report, language: language)
        case .sarif, .github: ""
        }
    }

    struct JSONDocument: Encodable {
        var report: ResultsReport
        var diagnostics: [Diagnostic]
    }
}
