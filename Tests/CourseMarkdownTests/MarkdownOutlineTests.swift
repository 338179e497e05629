import Foundation
import Testing
@testable import CourseMarkdown

/// The outline keeps what checking a lesson needs; these tests compare it
/// with the full tree of the same text.
@Suite struct MarkdownOutlineTests {
    static let sample = """
        # Título

        Texto con [un enlace](otra.md "t") y ![una **figura**](img/a.png) y $x^2$.

        - elemento con <span>html</span>
        - elemento *dos* con [enlace $\\frac{1}{2}$](#ancla)

        1. ¿Pregunta?
           - [x] sí
        2. Otra

        <!-- coursec-disable CS0325: motivo -->

        > cita con ![](vacía.png)

        ```
        $no es math$ [no es enlace](x)
        ```
        """

    /// Links, images and raw HTML of a tree in document order, with their text.
    static func references(_ node: MarkdownNode) -> [String] {
        var out: [String] = []
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .link(let url, let title): out.append("link \(url) \(title) [\(node.plainText)] \(node.span)")
            case .image(let url, _): out.append("image \(url) [\(node.plainText)] \(node.span)")
            case .htmlBlock, .htmlInline: out.append("html \(node.literal ?? "") \(node.span)")
            default: break
            }
            node.children.forEach(visit)
        }
        visit(node)
        return out
    }

    @Test func outlineHasTheReferencesOfTheFullTree() {
        let full = MarkdownParser.parse(Self.sample, lineOffset: 3)
        let outline = MarkdownParser.outline(Self.sample, lineOffset: 3)
        #expect(Self.references(outline.document) == Self.references(full))
        #expect(Self.references(full).count == 7)
        #expect(outline.usesMath)
    }

    @Test func outlineKeepsTopLevelBlocksAndListItemsButNoProse() {
        let full = MarkdownParser.parse(Self.sample)
        let outline = MarkdownParser.outline(Self.sample).document
        #expect(outline.children.map(\.kind) == full.children.map(\.kind))
        #expect(outline.children.map(\.span.start) == full.children.map(\.span.start))
        let ordered = outline.children.first { if case .list(ordered: true, _, _) = $0.kind { true } else { false } }
        #expect(ordered?.children.map(\.span) == full.children.first {
            if case .list(ordered: true, _, _) = $0.kind { true } else { false }
        }?.children.map(\.span))
        let heading = outline.children[0]
        #expect(heading.children.isEmpty, "heading text is prose")
    }

    /// Every node with its kind, literal and span, indented by depth.
    static func dump(_ node: MarkdownNode, depth: Int = 0) -> String {
        var out = String(repeating: " ", count: depth) + "\(node.kind) \(node.literal.map { "\"\($0)\"" } ?? "-") \(node.span)\n"
        for child in node.children { out += dump(child, depth: depth + 1) }
        return out
    }

    /// A build loads the outline and the tree from one parse; each must be
    /// what its own parse gives, on every path of the parser (no math,
    /// math, math next to code blocks, math only inside code).
    @Test(arguments: [sample, "Solo texto, *sin* matemáticas.", "Área $\\pi r^2$ y $$\na+b\n$$\n",
                      "    $codigo$\n\nY $x$ fuera.", "```\n$x$\n```\n"])
    func outlineAndTreeFromOneParseAreWhatTwoParsesGive(_ text: String) {
        let (outline, tree) = MarkdownParser.outlineAndTree(text, lineOffset: 4)
        let alone = MarkdownParser.outline(text, lineOffset: 4)
        #expect(Self.dump(tree) == Self.dump(MarkdownParser.parse(text, lineOffset: 4)))
        #expect(Self.dump(outline.document) == Self.dump(alone.document))
        #expect(outline.math == alone.math)
        if text == Self.sample { #expect(allNodes(tree).count > allNodes(outline.document).count) }
    }

    @Test func bodyWithoutMathSaysSo() {
        #expect(!MarkdownParser.outline("Cuesta 5 $ y `$x$`.").usesMath)
        #expect(MarkdownParser.outline("Área $\\pi r^2$.").usesMath)
    }

    /// Every lesson of the example course: same references either way.
    @Test func exampleCourseLessonsAgree() throws {
        let courses = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Courses")
        let files = FileManager.default.enumerator(at: courses, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
        #expect(files.count >= 15)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(Self.references(MarkdownParser.outline(text).document) == Self.references(MarkdownParser.parse(text)),
                    "\(file.lastPathComponent)")
        }
    }
}
