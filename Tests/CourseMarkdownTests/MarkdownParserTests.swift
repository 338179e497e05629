import Testing
@testable import CourseMarkdown

@Suite struct MarkdownParserTests {
    @Test func headingAndNestedListPositions() {
        let text = """
        # Título *uno*

        1. First
        2. Second
           - [x] done
           - [ ] todo
        3. Third

        ## Two
        """
        let doc = MarkdownParser.parse(text)
        let headings = nodes(doc) { if case .heading = $0 { return true } else { return false } }
        #expect(headings.count == 2)
        #expect(headings[0].kind == .heading(level: 1))
        #expect(headings[0].span.start == point(1, 1))
        #expect(headings[0].plainText == "Título uno")
        #expect(headings[1].span.start == point(9, 1))

        let lists = nodes(doc) { if case .list = $0 { return true } else { return false } }
        #expect(lists[0].kind == .list(ordered: true, start: 1, tight: true))
        #expect(lists[1].kind == .list(ordered: false, start: 0, tight: true))
        let items = nodes(doc) { $0 == .item }
        #expect(items.map(\.span.start) == [point(3, 1), point(4, 1), point(7, 1)])
        let tasks = nodes(doc) { if case .taskItem = $0 { return true } else { return false } }
        #expect(tasks.map(\.kind) == [.taskItem(checked: true), .taskItem(checked: false)])
        #expect(tasks.map(\.span.start) == [point(5, 4), point(6, 4)])
        #expect(tasks.first?.plainText == "done")
    }

    @Test func lineOffsetShiftsEveryLine() {
        let doc = MarkdownParser.parse("# A\n\ntext *em*\n", lineOffset: 5)
        #expect(doc.span.start == point(6, 1))
        let heading = nodes(doc) { $0 == .heading(level: 1) }[0]
        #expect(heading.span.start == point(6, 1))
        let emphasis = nodes(doc) { $0 == .emphasis }[0]
        #expect(emphasis.span.start == point(8, 6))
    }

    @Test func inlineKindsAndLiterals() {
        let doc = MarkdownParser.parse("A **b** `c` ~~d~~ [e](/x \"T\") ![f](i.png) <span>g</span> www.example.com end\\\nh")
        let kinds = allNodes(doc).map(\.kind)
        #expect(kinds.contains(.strong))
        #expect(kinds.contains(.strikethrough))
        #expect(kinds.contains(.link(url: "/x", title: "T")))
        #expect(kinds.contains(.image(url: "i.png", title: "")))
        #expect(kinds.contains(.link(url: "http://www.example.com", title: "")))
        #expect(kinds.contains(.lineBreak))
        #expect(nodes(doc) { $0 == .code }.first?.literal == "c")
        #expect(nodes(doc) { $0 == .htmlInline }.first?.literal == "<span>")
    }

    @Test func codeBlockInfoAndLiteral() {
        let doc = MarkdownParser.parse("Intro\n\n```swift\nlet x = 1\n```\n")
        let code = nodes(doc) { if case .codeBlock = $0 { return true } else { return false } }[0]
        #expect(code.kind == .codeBlock(info: "swift"))
        #expect(code.literal == "let x = 1\n")
        #expect(code.span.start == point(3, 1))
        #expect(code.span.end.line == 5)
    }

    @Test func tables() {
        let doc = MarkdownParser.parse("| a | b |\n|---|:-:|\n| 1 | `|` |\n| 3 | 4 |\n")
        let table = nodes(doc) { $0 == .table }
        #expect(table.count == 1)
        let rows = nodes(doc) { if case .tableRow = $0 { return true } else { return false } }
        #expect(rows.map(\.kind) == [.tableRow(header: true), .tableRow(header: false), .tableRow(header: false)])
        #expect(rows[0].children.map(\.plainText) == ["a", "b"])
        #expect(rows[2].children.map(\.plainText) == ["3", "4"])
        #expect(rows[2].span.start == point(4, 1))
    }

    @Test func footnotes() {
        let doc = MarkdownParser.parse("Text[^note] and[^2].\n\n[^note]: The note.\n[^2]: Second.\n")
        let refs = nodes(doc) { if case .footnoteReference = $0 { return true } else { return false } }
        #expect(refs.map(\.kind) == [.footnoteReference(label: "note"), .footnoteReference(label: "2")])
        let defs = nodes(doc) { if case .footnoteDefinition = $0 { return true } else { return false } }
        #expect(defs.map(\.kind) == [.footnoteDefinition(label: "note"), .footnoteDefinition(label: "2")])
        #expect(defs[0].plainText == "The note.")
        #expect(defs[0].span.start.line == 3)
    }

    @Test func softBreakPlainText() {
        let doc = MarkdownParser.parse("one\ntwo")
        #expect(doc.plainText == "one two")
    }

    @Test func concurrentParsesAgree() async {
        let text = "A ~~b~~ www.example.com\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n$a_1$ and `c`\n"
        let expected = describe(MarkdownParser.parse(text))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 { group.addTask { describe(MarkdownParser.parse(text)) } }
            var all: [String] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}

func describe(_ node: MarkdownNode) -> String {
    allNodes(node).map { "\($0.kind)|\($0.literal ?? "")|\($0.span)" }.joined(separator: "\n")
}
