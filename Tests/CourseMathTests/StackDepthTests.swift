import Foundation
import Testing
@testable import CourseMath

/// The deepest nesting that is accepted must fit in a worker thread's stack
/// (the compiler converts pages in parallel). Debug builds need up to about
/// 0.75 MiB for 64 levels, release builds about a quarter of that.
@Suite struct StackDepthTests {
    static let deepest: [String] = {
        let depth = TeXParser.maximumNesting
        return [
            String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth),
            String(repeating: "\\frac{", count: depth) + "x" + String(repeating: "}{y}", count: depth),
            String(repeating: "\\sqrt[", count: depth / 2) + "n" + String(repeating: "]{x}", count: depth / 2),
            String(repeating: "\\left(", count: depth) + "x" + String(repeating: "\\right)", count: depth),
            String(repeating: "x^{", count: depth) + "2" + String(repeating: "}", count: depth),
            String(repeating: "\\begin{matrix}", count: depth) + "x" + String(repeating: "\\end{matrix}", count: depth),
            String(repeating: "\\frac\\sqrt", count: depth / 2) + " x" + String(repeating: "y", count: depth / 2),
            String(repeating: "\\overbrace{", count: depth) + "x" + String(repeating: "}^{a}", count: depth),
            String(repeating: "\\cancel{", count: depth) + "x" + String(repeating: "}", count: depth),
            String(repeating: "\\textcolor{red}{", count: depth) + "x" + String(repeating: "}", count: depth),
            String(repeating: "{\\color{red} ", count: depth / 2) + "x" + String(repeating: "}", count: depth / 2),
            String(repeating: "\\cfrac{", count: depth) + "x" + String(repeating: "}{y}", count: depth),
            String(repeating: "\\boxed{", count: depth - 1) + "\\ce{A ->[{x}] B}" + String(repeating: "}", count: depth - 1),
        ]
    }()

    @Test func deepestAcceptedNestingFitsInOneMebibyteOfStack() {
        for tex in Self.deepest {
            let result = ResultBox()
            let thread = Thread {
                result.converted = Math.body(tex) != nil
                result.done.signal()
            }
            thread.stackSize = 1024 * 1024
            thread.start()
            result.done.wait()
            #expect(result.converted, "\(tex.prefix(30))")
        }
    }
}

private final class ResultBox: @unchecked Sendable {
    var converted = false
    let done = DispatchSemaphore(value: 0)
}
