import Testing
@testable import CourseMarkdown

@Suite struct MathProtectionTests {
    private func math(_ doc: MarkdownNode) -> [MarkdownNode] {
        nodes(doc) { if case .math = $0 { return true } else { return false } }
    }

    @Test func inlineMathIsNotEmphasis() {
        let doc = MarkdownParser.parse("Let $a_1 + b_1$ and $x*y*z$ be *real*.")
        let found = math(doc)
        #expect(found.map(\.literal) == ["a_1 + b_1", "x*y*z"])
        #expect(found.allSatisfy { $0.kind == .math(display: false) })
        #expect(found[0].span == SourceSpan(start: point(1, 5), end: point(1, 15)))
        #expect(found[1].span.start == point(1, 21))
        // Other nodes keep exact columns.
        let emphasis = nodes(doc) { $0 == .emphasis }
        #expect(emphasis.count == 1)
        #expect(emphasis[0].span.start == point(1, 32))
        #expect(doc.plainText == "Let a_1 + b_1 and x*y*z be real.")
    }

    @Test func displayMathOnItsOwnLines() {
        let text = "Before\n\n$$\n\\sum_{i=1}^n x_i\n= y * z\n$$\n\nAfter *x*"
        let doc = MarkdownParser.parse(text, lineOffset: 2)
        let found = math(doc)
        #expect(found.count == 1)
        #expect(found[0].kind == .math(display: true))
        #expect(found[0].literal == "\\sum_{i=1}^n x_i\n= y * z")
        #expect(found[0].span == SourceSpan(start: point(5, 1), end: point(8, 2)))
        let paragraph = nodes(doc) { $0 == .paragraph }[1]
        #expect(paragraph.children.count == 1)
        #expect(nodes(doc) { $0 == .emphasis }[0].span.start == point(10, 7))
    }

    @Test func displayMathInlineAndInBlockquote() {
        let doc = MarkdownParser.parse("See $$E = mc^2$$ here.\n\n> $$\n> a_1\n> $$\n")
        let found = math(doc)
        #expect(found.map(\.literal) == ["E = mc^2", "a_1"])
        #expect(found.allSatisfy { $0.kind == .math(display: true) })
        #expect(found[1].span.start == point(3, 3))
    }

    /// A formula the editor wrapped is still math (as in KaTeX's auto-render
    /// and Pandoc), in a paragraph, a list item or a quote; a blank line ends it.
    @Test func inlineMathContinuesOverSoftLineBreaks() {
        let wrapped = MarkdownParser.parse("Rápido: $31 \\times 29 =\n900 - 1 = 899$ listo *sí*.")
        #expect(math(wrapped).map(\.literal) == ["31 \\times 29 =\n900 - 1 = 899"])
        #expect(math(wrapped).first?.span == SourceSpan(start: point(1, 10), end: point(2, 14)))
        #expect(nodes(wrapped) { $0 == .emphasis }.first?.span.start == point(2, 22))
        let item = MarkdownParser.parse("- Uno $a +\n  b$ dos\n")
        #expect(math(item).map(\.literal) == ["a +\nb"])
        let quote = MarkdownParser.parse("> Uno $a +\n> b$ dos\n")
        #expect(math(quote).map(\.literal) == ["a +\nb"])
        #expect(math(MarkdownParser.parse("Uno $a +\n\nb$ dos")).isEmpty)
        #expect(math(MarkdownParser.parse("Cuesta $5 y\nluego $10.")).isEmpty)
    }

    @Test func escapedDollarAndPrices() {
        let doc = MarkdownParser.parse("Costs \\$5 or $5, between $5 and $10.\n\nOnly $3$ and \\$$y$ are math.")
        let found = math(doc)
        #expect(found.map(\.literal) == ["3", "y"])
        #expect(doc.plainText == "Costs $5 or $5, between $5 and $10.Only 3 and $y are math.")
    }

    @Test func mathInsideCodeIsUntouched() {
        let text = "Code `$a_1$` stays.\n\n```\n$x*y*z$\n```\n\n    $b_2$\n"
        let doc = MarkdownParser.parse(text)
        #expect(math(doc).isEmpty)
        #expect(nodes(doc) { $0 == .code }[0].literal == "$a_1$")
        let blocks = nodes(doc) { if case .codeBlock = $0 { return true } else { return false } }
        #expect(blocks.map(\.literal) == ["$x*y*z$\n", "$b_2$\n"])
    }

    @Test func mathAfterCodeBlockStillFound() {
        let doc = MarkdownParser.parse("```\n$ not $\n```\n\nThen $a_1$.\n")
        #expect(math(doc).map(\.literal) == ["a_1"])
        #expect(math(doc)[0].span.start == point(5, 6))
    }

    @Test func mathInHeadingsTablesAndLinks() {
        let doc = MarkdownParser.parse("# Area $\\pi r^2$\n\n| a | b |\n|---|---|\n| $|x|$ | [y](/p?$q$) |\n")
        let found = math(doc)
        #expect(found.map(\.literal) == ["\\pi r^2", "|x|"])
        #expect(nodes(doc) { if case .tableCell = $0 { return true } else { return false } }.count == 4)
        #expect(allNodes(doc).contains { $0.kind == .link(url: "/p?$q$", title: "") })
    }

    @Test func authorPrivateUseCharactersAreNotMarkers() {
        let doc = MarkdownParser.parse("Icon \u{E000} and Ā then $x$.")
        #expect(math(doc).map(\.literal) == ["x"])
        #expect(doc.plainText == "Icon \u{E000} and Ā then x.")
    }

    @Test func emptyAndUnclosedDollars() {
        let doc = MarkdownParser.parse("$$$$ and $ x$ and $$open\n\nnext $$")
        #expect(math(doc).isEmpty)
    }
}
