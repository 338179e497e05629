import CourseMarkdown

/// Walks the outline of a lesson body once, collecting images, links and raw
/// HTML, and checking the files images and links point to.
struct MarkdownSummarizer {
    let file: SourceFile
    let sink: DiagnosticSink
    let resolver: FileReferenceResolver
    let directory: String

    func summarize(_ outline: MarkdownOutline) -> MarkdownSummary {
        var summary = MarkdownSummary()
        summary.math = outline.math.map { math in
            let range = file.sourceRange(math.span)
            // Delimiters and the spaces after them are ASCII: bytes and columns agree.
            let texStart = math.texColumnOffset.map { offset in
                SourcePosition(line: range.start.line, column: range.start.column + offset)
            }
            return MathSource(tex: math.tex, display: math.display, range: range, texStart: texStart)
        }
        visit(outline.document, into: &summary)
        return summary
    }

    private func visit(_ node: MarkdownNode, into summary: inout MarkdownSummary) {
        switch node.kind {
        case .image(let url, _):
            let range = file.sourceRange(node.span)
            let alt = node.plainText.trimmed
            summary.images.append(.init(url: url, alt: alt, range: range))
            if alt.isEmpty {
                sink.report(Rules.missingAltText, at: range, "image '\(url)' has no alternative text; describe it between the brackets: ![description](\(url))")
            }
            checkLocal(url, range: range, use: MediaTypes.image)
        case .link(let url, _):
            let range = file.sourceRange(node.span)
            summary.links.append(.init(url: url, alt: node.plainText, range: range))
            checkLocal(url, range: range, use: MediaTypes.linkedFile)
        case .htmlBlock, .htmlInline:
            summary.rawHTML.append(Located(node.literal ?? "", at: file.sourceRange(node.span)))
        default:
            break
        }
        for child in node.children { visit(child, into: &summary) }
    }

    /// Checks links and images that point inside the repository; web
    /// addresses, `mailto:` and in-page anchors are left alone.
    private func checkLocal(_ url: String, range: SourceRange, use: MediaTypes.Use) {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.contains("://"), !url.lowercased().hasPrefix("mailto:"),
              !url.lowercased().hasPrefix("data:"), !url.lowercased().hasPrefix("javascript:") else { return }
        let path = String(url.prefix { $0 != "#" && $0 != "?" }).removingPercentEncoding ?? url
        guard !path.isEmpty else { return }
        let urlRange = urlRange(url, in: range) ?? range
        _ = resolver.resolve(Located(path, at: urlRange), from: directory, allowed: use)
    }

    /// Points at the URL inside `[text](url)` rather than at the `!`/`[`.
    private func urlRange(_ url: String, in range: SourceRange) -> SourceRange? {
        file.range(of: "(" + url, onLine: range.start.line, from: range.start.column).map {
            SourceRange(file: $0.file, line: $0.start.line, column: $0.start.column + 1, length: url.count)
        }
    }
}

extension SourceFile {
    /// Converts a cmark span (byte columns, inclusive end) to a source range.
    func sourceRange(_ span: SourceSpan) -> SourceRange {
        let startLine = max(span.start.line, 1)
        let endLine = max(span.end.line, startLine)
        return SourceRange(file: path,
                           start: .init(line: startLine, column: characterColumn(line: startLine, byteColumn: max(span.start.column, 1))),
                           end: .init(line: endLine, column: characterColumn(line: endLine, byteColumn: max(span.end.column, 1)) + 1))
    }
}

import Foundation
