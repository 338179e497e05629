import CourseKit

/// The output formats of `coursec results`. `sarif` and `github` print only
/// the diagnostics (the flags and the problems in responses files), for CI.
public enum ResultsFormat: String, CaseIterable, Sendable {
    case text, json, csv, html, sarif, github

    /// The report; JSON carries the diagnostics too (with their display paths).
    public func render(_ report: ResultsReport, diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: ResultsTextRenderer.render(report)
        case .json: StableJSON.encode(JSONDocument(report: report, diagnostics: diagnostics)) + "\n"
        case .csv: ResultsCSVRenderer.render(report)
        case .html: ResultsHTMLRenderer.render(report)
        case .sarif, .github: ""
        }
    }

    struct JSONDocument: Encodable {
        var report: ResultsReport
        var diagnostics: [Diagnostic]
    }
}
