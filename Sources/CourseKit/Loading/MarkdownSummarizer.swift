import CourseMarkdown

/// Walks the outline of a lesson body (or a quiz's whole document) once,
/// collecting images, links, math and raw HTML, and checking the files
/// images and links point to.
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
        visit(outline.document, into: &summary, collectingMath: false)
        return summary
    }

    /// A quiz or assessment: its stems, options and explanations, from the
    /// full tree the quiz loader reads (math is found in the tree itself).
    func summarize(document: MarkdownNode) -> MarkdownSummary {
        var summary = MarkdownSummary()
        visit(document, into: &summary, collectingMath: true)
        return summary
    }

    private func visit(_ node: MarkdownNode, into summary: inout MarkdownSummary, collectingMath: Bool) {
        switch node.kind {
        case .image(let url, _):
            let range = file.sourceRange(node.span)
            let alt = node.plainText.trimmed
            let local = localRange(url, in: range)
            summary.images.append(.init(url: url, alt: alt, range: range, urlRange: local))
            if alt.isEmpty {
                sink.report(Rules.missingAltText, at: range, "image '\(url)' has no alternative text; describe it between the brackets: ![description](\(url))")
            }
            checkLocal(url, range: local ?? range, use: MediaTypes.image)
        case .link(let url, _):
            let range = file.sourceRange(node.span)
            let local = localRange(url, in: range)
            summary.links.append(.init(url: url, alt: node.plainText, range: range, urlRange: local))
            checkLocal(url, range: local ?? range, use: MediaTypes.linkedFile)
        case .heading(let level):
            let range = file.sourceRange(node.span)
            let isATX = file.line(range.start.line).drop { $0 == " " }.hasPrefix("#")
            summary.headings.append(.init(level: level, range: range, isATX: isATX))
        case .htmlBlock, .htmlInline:
            summary.rawHTML.append(Located(node.literal ?? "", at: file.sourceRange(node.span)))
        case .math(let display):
            // A lesson's math comes from its outline (with exact TeX
            // columns); a quiz document's is collected here.
            if collectingMath {
                summary.math.append(MathSource(tex: node.literal ?? "", display: display,
                                               range: file.sourceRange(node.span), texStart: nil))
            }
        default:
            break
        }
        for child in node.children { visit(child, into: &summary, collectingMath: collectingMath) }
    }

    /// Checks links and images that point inside the repository; web
    /// addresses, `mailto:` and in-page anchors are left alone.
    private func checkLocal(_ url: String, range: SourceRange, use: MediaTypes.Use) {
        guard let path = LocalReference.written(url) else { return }
        _ = resolver.resolve(Located(path, at: range), from: directory, allowed: use)
    }

    /// Where the URL of a local file is inside `[text](url)` (the checks
    /// point there rather than at the `!`/`[`); nil for other addresses.
    private func localRange(_ url: String, in range: SourceRange) -> SourceRange? {
        guard LocalReference.written(url) != nil else { return nil }
        return file.range(of: "(" + url, onLine: range.start.line, from: range.start.column).map {
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
