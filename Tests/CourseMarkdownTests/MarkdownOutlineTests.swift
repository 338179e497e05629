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
