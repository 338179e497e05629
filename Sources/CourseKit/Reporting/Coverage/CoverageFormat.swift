/// The output formats of `coursec coverage`.
public enum CoverageFormat: String, Sendable, CaseIterable {
    case text, csv, json, html

    public func render(_ report: CoverageReport) -> String {
        switch self {
        case .text: CoverageTextRenderer.render(report)
        case .csv: CoverageCSVRenderer.render(report)
        case .json: StableJSON.encode(report) + "\n"
        case .html: CoverageHTMLRenderer.render(report)
        }
    }
}
