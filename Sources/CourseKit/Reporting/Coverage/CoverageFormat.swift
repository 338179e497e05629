/// The output formats of `coursec coverage`.
public enum CoverageFormat: String, Sendable, CaseIterable {
    case text, csv, json, html

    /// The report in `language` (JSON keeps its keys and the model's values).
    public func render(_ report: CoverageReport, language: Language) -> String {
        switch self {
        case .text: CoverageTextRenderer.render(report, language: language)
        case .csv: CoverageCSVRenderer.render(report, language: language)
        case .json: StableJSON.encode(report) + "\n"
        case .html: CoverageHTMLRenderer.render(report, language: language)
        }
    }
}
