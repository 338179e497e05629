import CourseText
import CourseKit
import CourseMarkdown
import Foundation

/// Markdown from questions, turned into what the platform's question import
/// takes. Question text and choices are rich text (HTML): emphasis, lists,
/// images and links survive. Explanations are plain text, because the
/// platform splits that cell on `;` and every HTML entity ends in one.
///
/// Math: the platform's question editor does not typeset TeX, so common TeX
/// is turned into readable Unicode (`\frac{3}{4}` → `3/4`, `x^{2}` → `x²`);
/// math that cannot be turned cleanly is left as written between `$…$`.
/// No cell ever contains a line break: a Markdown hard break becomes `<br>`
/// (a soft break is a space, as a browser shows it), and plain-text line
/// breaks become `<br>` too.
enum PlatformText {
    /// Rich text for a question or choice cell. A single paragraph loses
    /// its `<p>` wrapper (the platform wraps the cell itself).
    static func richText(_ markdown: String) -> String {
        PlainInline.text(of: markdown) ?? renderedRichText(markdown)
    }

    /// `richText` through the Markdown renderer, for text that needs it.
    static func renderedRichText(_ markdown: String) -> String {
        let rendered = MarkdownRenderer.render(markdown, options: MarkdownRenderOptions(headingAnchors: false))
        var html = replacingMath(in: rendered.html, escapeResult: true)
        if html.containsASCII("<br />\n") { html = html.replacingOccurrences(of: "<br />\n", with: "<br>") }
        html = unescapingQuotes(html).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), !html.dropFirst(3).containsASCII("<p>") {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return joinLines(html)
    }

    /// A cell from resolved plain text (explanations): line breaks become
    /// `<br>` (the platform shows these cells as HTML and reads one question
    /// per line) and nothing in the text can open a tag.
    static func plainCell(_ text: String) -> String {
        PlatformQuestionText.inertTags(text).split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "<br>")
    }

    /// Plain text for an explanation: tags dropped, entities decoded, math readable.
    static func plainText(_ markdown: String) -> String {
        PlainInline.text(of: markdown) ?? renderedPlainText(markdown)
    }

    /// `plainText` through the Markdown renderer, for text that needs it.
    static func renderedPlainText(_ markdown: String) -> String {
        let rendered = MarkdownRenderer.render(markdown, options: MarkdownRenderOptions(headingAnchors: false))
        let html = replacingMath(in: rendered.html, escapeResult: true)
            .replacingOccurrences(of: "<br />\n", with: "\n")
            .replacingOccurrences(of: "</p>\n<p>", with: "\n")
        var text = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { text.append(ch) }
        }
        text = decodeEntities(text).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "<br>")
    }

    /// Removes newlines the renderer puts between blocks (insignificant in
    /// HTML) and turns soft breaks inside text into spaces.
    static func joinLines(_ html: String) -> String {
        guard html.containsASCII("\n") || html.containsASCII("\r") else { return html }
        var out = ""
        let chars = Array(html)
        for (i, ch) in chars.enumerated() {
            guard ch == "\n" || ch == "\r" || ch == "\r\n" else { out.append(ch); continue }
            let before = out.last
            let after = i + 1 < chars.count ? chars[i + 1] : nil
            if before == ">" || after == "<" || before == nil || after == nil || before == " " { continue }
            out.append(" ")
        }
        return out
    }

    /// `"` and `'` need no escaping in HTML text (only inside attributes),
    /// and people reading the CSV in a spreadsheet should see them plainly.
    static func unescapingQuotes(_ html: String) -> String {
        guard html.containsASCII("&quot;") || html.containsASCII("&#39;") else { return html }
        var out = ""
        var inTag = false
        var rest = Substring(html)
        while let ch = rest.first {
            if !inTag, ch == "&", rest.hasPrefix("&quot;") { out += "\""; rest = rest.dropFirst(6); continue }
            if !inTag, ch == "&", rest.hasPrefix("&#39;") { out += "'"; rest = rest.dropFirst(5); continue }
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false }
            out.append(ch)
            rest = rest.dropFirst()
        }
        return out
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.containsASCII("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Replaces the renderer's math elements by readable text.
    static func replacingMath(in html: String, escapeResult: Bool) -> String {
        let openers = ["<span class=\"math math-inline\">": "</span>", "<div class=\"math math-display\">": "</div>"]
        var result = html
        for (open, close) in openers {
            guard result.containsASCII(open) else { continue }
            var out = ""
            var rest = Substring(result)
            while let start = rest.range(of: open) {
                out += rest[..<start.lowerBound]
                guard let end = rest[start.upperBound...].range(of: close) else { rest = rest[start.lowerBound...]; break }
                let tex = decodeEntities(String(rest[start.upperBound..<end.lowerBound]))
                let text = QuestionResolver.readableMath(tex, false) ?? "$\(tex)$"
                out += escapeResult ? escapeHTML(text) : text
                rest = rest[end.upperBound...]
            }
            out += rest
            result = out
        }
        return result
    }

    static func escapeHTML(_ text: String) -> String {
        MarkupEscaping.escape(text)
    }
}
