import CCmarkGFM
import Foundation

/// Parses lesson Markdown (GitHub Flavored) into a `MarkdownNode` tree.
public enum MarkdownParser {
    /// Parses GFM (table, strikethrough, autolink, tasklist; footnotes on) with
    /// source positions. `lineOffset` is added to every line number so spans refer
    /// to the whole file when the body follows front matter. Never traps: cmark
    /// copes with any bytes (NUL becomes U+FFFD) and the conversion is iterative
    /// with a depth cap. Safe to call concurrently (see `CmarkSession`).
    public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownNode {
        var text = text
        return text.withUTF8 { source in
            parse(source: source, lineOffset: lineOffset, conversion: .tree).tree!
        }
    }

    /// Parses like `parse` but keeps only the outline (see `MarkdownOutline`):
    /// what checking a lesson needs, at a fraction of the cost of the full tree.
    public static func outline(_ text: String, lineOffset: Int = 0) -> MarkdownOutline {
        var text = text
        return text.withUTF8 { source in
            let parsed = parse(source: source, lineOffset: lineOffset, conversion: .outline)
            return MarkdownOutline(document: parsed.outline!, math: parsed.math?.expressions(lineOffset: lineOffset) ?? [])
        }
    }

    /// The outline and the full tree from one parse: what a build loads, so
    /// that checks read the outline and targets render the tree without
    /// parsing the text again.
    public static func outlineAndTree(_ text: String, lineOffset: Int = 0) -> (outline: MarkdownOutline, tree: MarkdownNode) {
        var text = text
        return text.withUTF8 { source in
            let parsed = parse(source: source, lineOffset: lineOffset, conversion: .both)
            let outline = MarkdownOutline(document: parsed.outline!,
                                          math: parsed.math?.expressions(lineOffset: lineOffset) ?? [])
            return (outline, parsed.tree!)
        }
    }

    private enum Conversion { case outline, tree, both }

    private struct Parsed {
        var outline: MarkdownNode?
        var tree: MarkdownNode?
        var math: MathProtection?
    }

    private static func parse(source: UnsafeBufferPointer<UInt8>, lineOffset: Int, conversion: Conversion) -> Parsed {
        func convert(_ root: OpaquePointer, math: MathProtection?) -> Parsed {
            func converted(outlineOnly: Bool) -> MarkdownNode {
                var converter = CmarkTreeConverter(source: source, lineOffset: lineOffset, math: math,
                                                   outlineOnly: outlineOnly)
                return converter.convert(root)
            }
            return Parsed(outline: conversion == .tree ? nil : converted(outlineOnly: true),
                          tree: conversion == .outline ? nil : converted(outlineOnly: false), math: math)
        }
        // Math protection costs a second look at the text, so it only runs when
        // there is a `$` at all and the scanner finds math.
        guard let base = source.baseAddress, memchr(base, Int32(UInt8(ascii: "$")), source.count) != nil else {
            return CmarkSession.withTree(source) { convert($0, math: nil) }
        }
        let lines = LineTable(source)
        let noExclusions = [Bool](repeating: false, count: lines.count)
        var found = MathScanner(bytes: source, lines: lines, excluded: noExclusions).scan()
        if found.isEmpty {
            return CmarkSession.withTree(source) { convert($0, math: nil) }
        }
        if mayHaveLiteralBlocks(source, lines: lines) {
            // A plain parse tells which lines are code or HTML blocks, where `$`
            // is never math; if nothing is left, that tree is the answer.
            var plainResult: Parsed?
            CmarkSession.withTree(source) { root in
                let excluded = literalBlockLines(root, lineCount: lines.count)
                found = MathScanner(bytes: source, lines: lines, excluded: excluded).scan()
                if found.isEmpty {
                    plainResult = convert(root, math: nil)
                }
            }
            if let plainResult { return plainResult }
        }
        guard let protection = MathProtection(bytes: source, lines: lines, found: found) else {
            return CmarkSession.withTree(source) { convert($0, math: nil) }
        }
        return protection.masked.withUnsafeBufferPointer { masked in
            CmarkSession.withTree(masked) { convert($0, math: protection) }
        }
    }

    /// Cheap test for anything that could start a code or HTML block: a line
    /// indented by a tab or 4+ spaces, or starting (after blockquote markers)
    /// with a backtick, tilde or `<`. Without any, the plain parse is skipped.
    private static func mayHaveLiteralBlocks(_ bytes: UnsafeBufferPointer<UInt8>, lines: LineTable) -> Bool {
        for line in 0..<lines.count {
            var i = lines.start(line)
            let end = lines.contentEnd(line)
            var spaces = 0
            while i < end {
                let c = bytes[i]
                if c == 0x09 { return true }
                if c == 0x20 {
                    spaces += 1
                    if spaces >= 4 { return true }
                } else if c == UInt8(ascii: ">") {
                    spaces = 0
                } else {
                    if c == UInt8(ascii: "`") || c == UInt8(ascii: "~") || c == UInt8(ascii: "<") { return true }
                    break
                }
                i += 1
            }
        }
        return false
    }

    /// 0-based flags for lines covered by code blocks and HTML blocks.
    private static func literalBlockLines(_ root: OpaquePointer, lineCount: Int) -> [Bool] {
        var excluded = [Bool](repeating: false, count: lineCount)
        let iter = cmark_iter_new(root)
        defer { cmark_iter_free(iter) }
        while cmark_iter_next(iter) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK else { continue }
            let first = max(Int(cmark_node_get_start_line(node)) - 1, 0)
            let last = min(Int(cmark_node_get_end_line(node)) - 1, lineCount - 1)
            if first <= last { for line in first...last { excluded[line] = true } }
        }
        return excluded
    }
}
