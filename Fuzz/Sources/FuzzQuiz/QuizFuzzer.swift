import CourseKit
import FuzzSupport

/// Fuzzes a quiz file the way `coursec check` reads it: the input replaces
/// the practice quiz of the minimal example repository (`ExampleRepository`)
/// in memory, and `CourseCompiler` loads it (front matter, Markdown,
/// `QuizLoader`, `QuizItemParser`) and runs every check on it.
///
/// Beyond "never traps", every diagnostic about the quiz must point inside it.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var files = ExampleRepository.base.mapValues { Array($0.utf8) }
    files[quizPath] = bytes
    let compiler = CourseCompiler(fileSystem: InMemoryFileSystem(bytes: files))
    guard let result = try? compiler.check() else { fatalError("the example repository has a coursec.yaml") }
    // The text the loader saw (decoding is deterministic), to check positions against.
    if case .decoded(let file) = SourceDecoder.decode(bytes, path: quizPath, into: DiagnosticSink()) {
        DiagnosticBounds.check(result.diagnostics, in: file)
    }
    return 0
}

private let quizPath = "curso/practica.md"
