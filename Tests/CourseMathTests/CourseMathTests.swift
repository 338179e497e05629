import Foundation
import Testing
import CourseMath

/// All math of the example course converts: what authors really write.
@Suite struct CourseMathTests {
    /// The repository's `Courses` folder, found from this file (through the
    /// side package's symlink if any), `COURSEC_REPO`, or /work/main.
    static var coursesFolder: URL? {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        var candidates = [file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()]
        if let repo = ProcessInfo.processInfo.environment["COURSEC_REPO"] { candidates.append(URL(fileURLWithPath: repo)) }
        candidates.append(URL(fileURLWithPath: "/work/main"))
        return candidates.map { $0.appendingPathComponent("Courses") }.first {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    static func courseMath() throws -> [(file: String, found: CourseMathScanner.Found)] {
        guard let folder = coursesFolder,
              let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var result: [(String, CourseMathScanner.Found)] = []
        let files = walker.compactMap { $0 as? URL }
            .filter { ["md", "yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for found in CourseMathScanner.scan(text) {
                result.append((file.path.replacingOccurrences(of: folder.path + "/", with: ""), found))
            }
        }
        return result
    }

    @Test func scannerFollowsTheCompilerRules() {
        let text = """
        Cuesta $\\$600$ y $5 o $10.
        Code `$x$` is not math; $a$ and $$b$$.
        ```
        $nope$
        ```
        $$x =
        y$$ and $ no $ and $d$.
        Not math: $c$5 and a lone $ sign.
        """
        let found = CourseMathScanner.scan(text)
        #expect(found.map(\.tex) == ["\\$600", "a", "b", "x =\ny", "d"])
        #expect(found.map(\.display) == [false, false, true, true, false])
    }

    @Test func allCourseMathConverts() throws {
        let all = try Self.courseMath()
        #expect(all.count > 500, "expected the example course's math, found \(all.count) expressions")
        var failures: [String] = []
        for (file, found) in all {
            switch TeXToMathML.convert(found.tex, display: found.display) {
            case .success(let mathML):
                if let problem = XMLCheck.problem(mathML) { failures.append("\(file):\(found.line): \(found.tex): \(problem)") }
            case .failure(let error):
                failures.append("\(file):\(found.line): \(found.tex): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
    }

    @Test func representativeCourseExpressions() {
        #expect(Math.body("x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}.", display: true)
            == "<mrow><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup>"
            + "<mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac><mi>.</mi></mrow>")
        #expect(Math.body("\\mathbb{N} = \\{1, 2, 3, \\dots\\}")
            == "<mrow><mi>ℕ</mi><mo>=</mo><mo stretchy=\"false\">{</mo><mn>1</mn><mo>,</mo><mn>2</mn><mo>,</mo><mn>3</mn>"
            + "<mo>,</mo><mo>…</mo><mo stretchy=\"false\">}</mo></mrow>")
        #expect(Math.body("\\$1\\,040") == "<mrow><mi>$</mi><mn>1</mn><mspace width=\"0.1667em\"/><mn>040</mn></mrow>")
        #expect(Math.body("2 \\cdot [\\,15 - 16\\,]") == "<mrow><mn>2</mn><mo>⋅</mo><mo stretchy=\"false\">[</mo>"
            + "<mspace width=\"0.1667em\"/><mn>15</mn><mo>−</mo><mn>16</mn><mspace width=\"0.1667em\"/><mo stretchy=\"false\">]</mo></mrow>")
        #expect(Math.body("12 \\div 2 \\times 3 = 2 \\qquad \\text{(incorrecto)}", display: true)
            == "<mrow><mn>12</mn><mo>÷</mo><mn>2</mn><mo>×</mo><mn>3</mn><mo>=</mo><mn>2</mn><mspace width=\"2em\"/>"
            + "<mtext>(incorrecto)</mtext></mrow>")
    }
}
