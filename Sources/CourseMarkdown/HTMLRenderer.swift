import CourseText
import Foundation

/// Walks a `MarkdownNode` tree and writes HTML.
///
/// Written by hand rather than with cmark's renderer so that heading ids,
/// math, raw-HTML sanitizing and URL filtering are decided in one place.
/// Markup follows cmark-gfm's (`<del>`, tables with thead/tbody, footnotes
/// section) where it has an equivalent. Raw HTML with the `.none` allowlist
/// is dropped without a trace (no "raw HTML omitted" comments), so lessons
/// don't leak noise into the page. Recursion depth is bounded by the parser's
/// depth cap.
struct HTMLRenderer {
    let options: MarkdownRenderOptions
    private var out = ""
    private var headings: [RenderedHeading] = []
    private var images: [LocalReference] = []
    private var links: [LocalReference] = []
    private var usesMath = false
    private var slugger = HeadingSlugger()
    /// Footnote label → number, in order of first reference.
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteRefCounts: [String: Int] = [:]

    init(options: MarkdownRenderOptions) {
        self.options = options
    }

    mutating func render(_ document: MarkdownNode) -> RenderedMarkdown {
        // cmark moves footnote definitions to the end; they form one section.
        var footnotes: [MarkdownNode] = []
        for child in document.children {
            if case .footnoteDefinition = child.kind { footnotes.append(child) } else { block(child, tight: false) }
        }
        if !footnotes.isEmpty {
            out += "<section class=\"footnotes\">\n<ol>\n"
            for note in footnotes { footnote(note) }
            out += "</ol>\n</section>\n"
        }
        return RenderedMarkdown(html: out, headings: headings, usesMath: usesMath, images: images, links: links)
    }

    // MARK: Blocks

    private mutating func block(_ node: MarkdownNode, tight: Bool) {
        switch node.kind {
        case .paragraph:
            if node.children.count == 1, case .math(display: true) = node.children[0].kind {
                inline(node.children[0])
                out += "\n"
            } else if tight {
                inlines(node.children)
                out += "\n"
            } else {
                out += "<p>"
                inlines(node.children)
                out += "</p>\n"
            }
        case .heading(let level):
            heading(node, level: level)
        case .blockQuote:
            out += "<blockquote>\n"
            blocks(node.children, tight: false)
            out += "</blockquote>\n"
        case .thematicBreak:
            out += "<hr />\n"
        case .list(let ordered, let start, let tight):
            let isTaskList = node.children.contains { if case .taskItem = $0.kind { true } else { false } }
            out += ordered ? (start == 1 ? "<ol" : "<ol start=\"\(start)\"") : "<ul"
            out += isTaskList ? " class=\"contains-task-list\">\n" : ">\n"
            blocks(node.children, tight: tight)
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            out += "<li>"
            blocks(node.children, tight: tight)
            out += "</li>\n"
        case .taskItem(let checked):
            out += "<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\""
            out += checked ? " checked=\"\" /> " : " /> "
            blocks(node.children, tight: tight)
            out += "</li>\n"
        case .codeBlock(let info):
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(MarkupEscaping.escape(language))\">"
            MarkupEscaping.escape(node.literal ?? "", into: &out)
            out += "</code></pre>\n"
        case .htmlBlock:
            rawHTML(node.literal)
        case .table:
            table(node)
        case .footnoteDefinition:
            footnote(node)  // only reached if not at top level
        default:
            // Inline content where a block was expected (e.g. `.other`): keep its text.
            inlines([node])
        }
    }

    private mutating func blocks(_ nodes: [MarkdownNode], tight: Bool) {
        for node in nodes { block(node, tight: tight) }
    }

    private mutating func heading(_ node: MarkdownNode, level: Int) {
        let rendered = min(max(level + options.baseHeadingLevel - 1, 1), 6)
        let text = node.plainText
        let anchor = slugger.unique(text)
        headings.append(RenderedHeading(level: rendered, text: text, anchor: anchor))
        out += options.headingAnchors ? "<h\(rendered) id=\"\(MarkupEscaping.escape(anchor))\">" : "<h\(rendered)>"
        inlines(node.children)
        out += "</h\(rendered)>\n"
    }

    private mutating func table(_ node: MarkdownNode) {
        out += "<table>\n"
        var inBody = false
        for row in node.children {
            let header = row.kind == .tableRow(header: true)
            if header { out += "<thead>\n" } else if !inBody {
                out += "<tbody>\n"
                inBody = true
            }
            out += "<tr>\n"
            for cell in row.children {
                out += header ? "<th>" : "<td>"
                inlines(cell.children)
                out += header ? "</th>\n" : "</td>\n"
            }
            out += "</tr>\n"
            if header { out += "</thead>\n" }
        }
        if inBody { out += "</tbody>\n" }
        out += "</table>\n"
    }

    private mutating func footnote(_ node: MarkdownNode) {
        guard case .footnoteDefinition(let label) = node.kind else { return }
        let id = HeadingSlugger.slug(label)
        out += "<li id=\"fn-\(id)\">\n"
        blocks(node.children, tight: false)
        if footnoteNumbers[label] != nil {
            out += "<a href=\"#fnref-\(id)\" class=\"footnote-backref\" aria-label=\"Back to content\">↩</a>\n"
        }
        out += "</li>\n"
    }

    private mutating func rawHTML(_ literal: String?) {
        guard let literal, !options.allowedHTML.elements.isEmpty else { return }
        out += HTMLSanitizer.sanitize(literal, allowlist: options.allowedHTML)
    }

    // MARK: Inlines

    private mutating func inlines(_ nodes: [MarkdownNode]) {
        // Inline `<script>`/`<style>`… arrive as separate tag nodes around
        // ordinary text nodes; that text is code, not prose, so it is skipped
        // up to the closing tag whatever the allowlist.
        var skipping: String?
        for node in nodes {
            if let name = skipping {
                if node.kind == .htmlInline, HTMLSanitizer.endTagName(node.literal ?? "") == name { skipping = nil }
                continue
            }
            if node.kind == .htmlInline, let name = HTMLSanitizer.contentDroppingStartTag(node.literal ?? "") {
                skipping = name
                continue
            }
            inline(node)
        }
    }

    private mutating func inline(_ node: MarkdownNode) {
        switch node.kind {
        case .text:
            MarkupEscaping.escape(node.literal ?? "", into: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br />\n"
        case .code:
            out += "<code>"
            MarkupEscaping.escape(node.literal ?? "", into: &out)
            out += "</code>"
        case .emphasis: wrap("em", node)
        case .strong: wrap("strong", node)
        case .strikethrough: wrap("del", node)
        case .htmlInline:
            rawHTML(node.literal)
        case .math(let display) where options.mathTypesetter != nil:
            if let markup = options.mathTypesetter?(node.literal ?? "", display) {
                out += markup
            } else {
                // Reported by `coursec check` (CS0605); the learner sees the TeX.
                out += "<code class=\"math-source\">"
                MarkupEscaping.escape((display ? "$$" : "$") + (node.literal ?? "") + (display ? "$$" : "$"), into: &out)
                out += "</code>"
            }
        case .math(let display):
            usesMath = true
            out += display ? "<div class=\"math math-display\">" : "<span class=\"math math-inline\">"
            MarkupEscaping.escape(node.literal ?? "", into: &out)
            out += display ? "</div>" : "</span>"
        case .link(let url, let title):
            link(node, url: url, title: title)
        case .image(let url, let title):
            let alt = node.plainText
            let external = URLSafety.isExternal(url)
            images.append(LocalReference(url: url, span: node.span, text: alt, isExternal: external))
            out += "<img"
            if URLSafety.isSafe(url, forImage: true) { out += " src=\"\(Self.attributeURL(url))\"" }
            out += " alt=\"\(MarkupEscaping.escape(alt))\""
            if !title.isEmpty { out += " title=\"\(MarkupEscaping.escape(title))\"" }
            out += " />"
        case .footnoteReference(let label):
            footnoteReference(label)
        default:
            // Blocks never appear inside inlines in cmark trees; keep any text anyway.
            inlines(node.children)
        }
    }

    private mutating func wrap(_ tag: String, _ node: MarkdownNode) {
        out += "<\(tag)>"
        inlines(node.children)
        out += "</\(tag)>"
    }

    private mutating func link(_ node: MarkdownNode, url: String, title: String) {
        let external = URLSafety.isExternal(url)
        links.append(LocalReference(url: url, span: node.span, text: node.plainText, isExternal: external))
        let safe = URLSafety.isSafe(url, forImage: false)
        out += "<a href=\"\(safe ? Self.attributeURL(url) : "#")\""
        if !title.isEmpty { out += " title=\"\(MarkupEscaping.escape(title))\"" }
        if external, safe { out += " rel=\"noopener\"" }
        out += ">"
        inlines(node.children)
        out += "</a>"
    }

    private mutating func footnoteReference(_ label: String) {
        let id = HeadingSlugger.slug(label)
        let number: Int
        if let known = footnoteNumbers[label] { number = known } else {
            number = footnoteNumbers.count + 1
            footnoteNumbers[label] = number
        }
        let count = (footnoteRefCounts[label] ?? 0) + 1
        footnoteRefCounts[label] = count
        let refID = count == 1 ? "fnref-\(id)" : "fnref-\(id)-\(count)"
        out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(id)\" id=\"\(refID)\">\(number)</a></sup>"
    }

    /// URL for an attribute: spaces percent-encoded, HTML specials escaped.
    static func attributeURL(_ url: String) -> String {
        MarkupEscaping.escape(url.replacingOccurrences(of: " ", with: "%20"))
    }
}
