import Foundation
import CourseKit
import CourseMarkdown
import CourseMath

/// Renders one piece of author Markdown (a lesson body, a stem, an option)
/// for a page: local images and files are rewritten to their place in the
/// package (by content), links between lessons to their page, and what
/// cannot be shown offline is turned into text or a link, with a diagnostic,
/// so the learner never meets a broken link or a request to the network.
struct MarkdownBody {
    struct Output {
        var html: String
        var usesMath: Bool
        var media: [String]
    }

    let renderer: CourseRenderer
    let options: PageRenderOptions
    /// Repository-relative file the Markdown comes from (relative paths start here).
    let sourcePath: String
    /// Where diagnostics point when the text is not a whole file (stems, options).
    let fallbackRange: SourceRange?

    /// `topLevel` is the level the text's highest heading renders at
    /// (authors start at `#` or `##`; either way headings follow the page's
    /// own without skipping a level).
    /// `parsed` is `text` already parsed from `lineOffset` (a lesson body
    /// loaded for a build), rendered instead of parsing the text again.
    func render(_ text: String, lineOffset: Int = 0, baseHeadingLevel topLevel: Int = 2,
                parsed: MarkdownNode? = nil) -> Output {
        // Most stems and options are a line of plain words: no parse needed
        // (a test renders such text both ways and compares).
        if let html = PlainInline.paragraphHTML(of: text) { return Output(html: html, usesMath: false, media: []) }
        return renderedByMarkdown(text, lineOffset: lineOffset, baseHeadingLevel: topLevel, parsed: parsed)
    }

    /// `render` through the Markdown parser and renderer, whatever the text.
    func renderedByMarkdown(_ text: String, lineOffset: Int = 0, baseHeadingLevel topLevel: Int = 2,
                            parsed: MarkdownNode? = nil) -> Output {
        guard let cache = renderer.bodies else {
            var links: [MarkdownBodyCache.PageLink] = []
            return parsedAndRendered(text, lineOffset: lineOffset, baseHeadingLevel: topLevel, parsed: parsed,
                                     pageLinks: &links)
        }
        let key = MarkdownBodyCache.Key(text: ExactText(text), sourcePath: ExactText(sourcePath), lineOffset: lineOffset,
                                        topLevel: topLevel, typesetMath: options.typesetMath,
                                        assetPrefix: ExactText(options.assetPrefix),
                                        mediaFolder: ExactText(renderer.media.folder))
        return cache.output(for: key, pageLinks: options.pageLinks) {
            var links: [MarkdownBodyCache.PageLink] = []
            let output = parsedAndRendered(text, lineOffset: lineOffset, baseHeadingLevel: topLevel, parsed: parsed,
                                           pageLinks: &links)
            return .init(output: output, pageLinks: links)
        }
    }

    /// Parses, rewrites and renders; `pageLinks` collects the links to
    /// other lessons it resolved (what the output depends on besides the key).
    private func parsedAndRendered(_ text: String, lineOffset: Int, baseHeadingLevel topLevel: Int, parsed: MarkdownNode?,
                                   pageLinks: inout [MarkdownBodyCache.PageLink]) -> Output {
        var media: [String] = []
        var tree = parsed ?? MarkdownParser.parse(text, lineOffset: lineOffset)
        rewrite(&tree, media: &media, pageLinks: &pageLinks)
        let highest = Self.highestHeading(tree) ?? 1
        let rendered = MarkdownRenderer.render(tree, options: MarkdownRenderOptions(
            allowedHTML: renderer.htmlAllowlist, headingAnchors: true, baseHeadingLevel: max(1, topLevel - (highest - 1)),
            mathTypesetter: options.typesetMath ? Self.mathML : nil))
        // Inline formulas stay whole on a phone (MathNoWrap).
        let html = rendered.usesMath || options.typesetMath ? MathNoWrap.wrap(rendered.html) : rendered.html
        return Output(html: html, usesMath: rendered.usesMath, media: media)
    }

    /// MathML for one expression; nil for TeX the typesetter cannot read
    /// (CS0605). A third of the expressions of a course repeat (`$x$`,
    /// `$x^2$`): each distinct one is typeset once per process. A display
    /// formula comes in a `.math-display` box, which scrolls sideways on a
    /// narrow screen instead of the page (a `<span>`: it may sit in a paragraph).
    static let mathML: MarkdownRenderOptions.MathTypesetter = { tex, display in
        typeset.value(for: MathKey(tex: tex, display: display)) {
            guard let markup = try? TeXToMathML.convert(tex, display: display).get() else { return nil }
            return display ? "<span class=\"math-display\">" + markup + "</span>" : markup
        }
    }

    private struct MathKey: Hashable, Sendable {
        var tex: String
        var display: Bool
    }

    private static let typeset = ConcurrentMemo<MathKey, String?>(limit: 100_000)

    /// Inline rendering for labels: a single paragraph loses its `<p>`.
    func renderInline(_ text: String) -> Output {
        Self.unwrappingParagraph(render(text, baseHeadingLevel: 3))
    }

    /// A single paragraph without its `<p>`; anything else as it is.
    static func unwrappingParagraph(_ output: Output) -> Output {
        var output = output
        // Every stem and option passes here: bytes, not Foundation (it was
        // 5% of a full build). Rendered HTML starts with a tag and ends with
        // a tag and a newline, so ASCII whitespace is all there is to trim;
        // anything else takes the general path.
        let bytes = Array(output.html.utf8)
        var start = 0, end = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
            let html = output.html.trimmingCharacters(in: .whitespacesAndNewlines)
            if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
                output.html = String(html.dropFirst(3).dropLast(4))
            }
            return output
        }
        let open: [UInt8] = Array("<p>".utf8), close: [UInt8] = Array("</p>".utf8)
        guard end - start >= 7, bytes[start..<(start + 3)].elementsEqual(open),
              bytes[(end - 4)..<end].elementsEqual(close) else { return output }
        // Exactly one paragraph: no other "<p>" after the first.
        var index = start + 3
        while index + 3 <= end {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x70, bytes[index + 2] == 0x3E { return output }
            index += 1
        }
        output.html = String(decoding: bytes[(start + 3)..<(end - 4)], as: UTF8.self)
        return output
    }

    /// Headings are blocks: only block containers are searched, not the
    /// inline content of paragraphs, which is most of the tree.
    static func highestHeading(_ node: MarkdownNode) -> Int? {
        switch node.kind {
        case .heading(let level):
            return level
        case .document, .blockQuote, .list, .item, .taskItem, .footnoteDefinition:
            var highest: Int?
            for child in node.children {
                if let level = highestHeading(child) { highest = min(highest ?? level, level) }
            }
            return highest
        default:
            return nil
        }
    }

    /// Rewrites the links and images of `node` for the package.
    private func rewrite(_ node: inout MarkdownNode, media: inout [String], pageLinks: inout [MarkdownBodyCache.PageLink]) {
        if let changed = rewritten(node, media: &media, pageLinks: &pageLinks) { node = changed }
    }

    /// The node with its images and links rewritten, or nil when it has
    /// none. The tree usually belongs to the loaded lesson: rebuilding only
    /// the paths to images and links leaves the rest shared instead of
    /// copying every container of the body.
    private func rewritten(_ node: MarkdownNode, media: inout [String],
                           pageLinks: inout [MarkdownBodyCache.PageLink]) -> MarkdownNode? {
        switch node.kind {
        case .image(let url, let title):
            return image(node, url: url, title: title, media: &media)
        case .link(let url, let title):
            var node = node
            if let children = rewrittenChildren(node.children, media: &media, pageLinks: &pageLinks) {
                node.children = children
            }
            return link(node, url: url, title: title, media: &media, pageLinks: &pageLinks)
        case .text, .softBreak, .lineBreak, .code, .math, .htmlInline, .htmlBlock, .codeBlock, .thematicBreak:
            return nil
        default:
            guard let children = rewrittenChildren(node.children, media: &media, pageLinks: &pageLinks) else { return nil }
            var node = node
            node.children = children
            return node
        }
    }

    private func rewrittenChildren(_ children: [MarkdownNode], media: inout [String],
                                   pageLinks: inout [MarkdownBodyCache.PageLink]) -> [MarkdownNode]? {
        var result: [MarkdownNode]?
        for index in children.indices {
            guard let changed = rewritten(children[index], media: &media, pageLinks: &pageLinks) else { continue }
            if result == nil { result = children }
            result![index] = changed
        }
        return result
    }

    private func image(_ node: MarkdownNode, url: String, title: String, media: inout [String]) -> MarkdownNode {
        let alt = node.plainText
        // An image on the web is a link, never loaded (CS0604, reported by the check).
        if URLSafety.isWebImage(url) {
            let label = alt.isEmpty ? "Imagen en internet" : "Imagen en internet: \(alt)"
            return MarkdownNode(kind: .link(url: url, title: title), span: node.span,
                                children: [MarkdownNode(kind: .text, literal: label, span: node.span)])
        }
        guard let path = resolve(url, node: node) else { return missing(node, text: alt) }
        let ext = RepositoryPath.pathExtension(path)
        guard let packaged = packagePath(path, node: node) else { return missing(node, text: alt) }
        media.append(path)
        if !MediaTypes.image.extensions.contains(ext) {
            // Not an image type (CS0203, an error of the check): a link, if it came to that.
            return MarkdownNode(kind: .link(url: options.assetPrefix + packaged, title: title), span: node.span,
                                children: [MarkdownNode(kind: .text, literal: alt.isEmpty ? path : alt, span: node.span)])
        }
        var rewritten = node
        rewritten.kind = .image(url: options.assetPrefix + packaged, title: title)
        return rewritten
    }

    private func link(_ node: MarkdownNode, url: String, title: String, media: inout [String],
                      pageLinks: inout [MarkdownBodyCache.PageLink]) -> MarkdownNode {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || URLSafety.isExternal(trimmed) { return node }
        let (file, fragment) = Self.splitFragment(trimmed)
        guard let path = resolve(file, node: node) else { return unwrap(node) }
        var rewritten = node
        if RepositoryPath.pathExtension(path) == "md" {
            // A link to another lesson: its page in this package, if published.
            let href = options.pageLinks[path]
            pageLinks.append(.init(path: path, href: href))
            guard let href else { return unwrap(node) }
            rewritten.kind = .link(url: href + fragment, title: title)
            return rewritten
        }
        guard let packaged = packagePath(path, node: node) else { return unwrap(node) }
        media.append(path)
        rewritten.kind = .link(url: options.assetPrefix + packaged + fragment, title: title)
        return rewritten
    }

    /// The repository path of a local reference, or nil (a path that leaves
    /// the repository is an error of the check, CS0202).
    private func resolve(_ url: String, node: MarkdownNode) -> String? {
        let written = url.removingPercentEncoding ?? url
        switch RepositoryPath.resolve(written, relativeTo: RepositoryPath.directory(of: sourcePath)) {
        case .success(let path):
            return path
        case .failure:
            return nil
        }
    }

    private func packagePath(_ path: String, node: MarkdownNode) -> String? {
        do {
            return try renderer.media.packagePath(for: path, in: renderer.fileSystem)
        } catch {
            let place = range(node)
            renderer.failures.record("cannot read '\(path)' (\(place.file):\(place.start.line)), which the check read: it changed since")
            return nil
        }
    }

    private func missing(_ node: MarkdownNode, text: String) -> MarkdownNode {
        MarkdownNode(kind: .emphasis, span: node.span,
                     children: [MarkdownNode(kind: .text, literal: "[\(text.isEmpty ? "imagen no disponible" : text)]",
                                             span: node.span)])
    }

    /// A link whose target cannot be packaged keeps its text.
    private func unwrap(_ node: MarkdownNode) -> MarkdownNode {
        MarkdownNode(kind: .other("span"), span: node.span, children: node.children)
    }

    private func range(_ node: MarkdownNode) -> SourceRange {
        if let fallbackRange { return fallbackRange }
        return SourceRange(file: sourcePath,
                           start: SourcePosition(line: max(node.span.start.line, 1), column: max(node.span.start.column, 1)),
                           end: SourcePosition(line: max(node.span.end.line, 1), column: max(node.span.end.column, 1)))
    }

    static func splitFragment(_ url: String) -> (String, String) {
        var file = url
        var fragment = ""
        if let hash = file.firstIndex(of: "#") {
            fragment = String(file[hash...])
            file = String(file[..<hash])
        }
        if let query = file.firstIndex(of: "?") { file = String(file[..<query]) }
        return (file, fragment)
    }
}
