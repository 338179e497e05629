import CourseKit
import FuzzSupport

/// Fuzzes what every lesson and quiz goes through first: decoding the bytes
/// (`SourceDecoder`), splitting off the front matter (`FrontMatter`), and
/// reading YAML (`YAMLParser`, `MappingReader`) — the header, and the whole
/// input as a YAML file such as `coursec.yaml` or `course.yaml`.
///
/// Beyond "never traps", it checks that the split gives back the file
/// (header and body are exact slices at the lines it says) and that every
/// diagnostic points inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let sink = DiagnosticSink()
    guard case .decoded(let file) = SourceDecoder.decode(bytes, path: "curso/leccion.md", into: sink) else { return 0 }

    if let parts = FrontMatter.split(file.text) {
        checkSplit(parts, of: file)
        if let node = YAMLParser.parse(parts.yaml, in: file, lineOffset: parts.yamlLineOffset, sink: sink) {
            read(node, sink: sink)
        }
    }
    if let node = YAMLParser.parse(file.text, in: file, sink: sink) {
        read(node, sink: sink)
    }
    DiagnosticBounds.check(sink.diagnostics, in: file)
    return 0
}

/// The header is the text between the fences and the body the rest, and
/// their line numbers are where they are in the file.
private func checkSplit(_ parts: FrontMatter, of file: SourceFile) {
    // Bytes throughout: String comparison would equate canonically equivalent text.
    let text = Array(file.text.utf8), body = Array(parts.body.utf8), yaml = Array(parts.yaml.utf8)
    guard text.count >= body.count, text.suffix(body.count).elementsEqual(body) else {
        fatalError("the body is not the end of the file")
    }
    let head = text.dropLast(body.count)
    guard head.starts(with: "---\n".utf8) else { fatalError("front matter found without an opening fence") }
    guard head.dropFirst(4).starts(with: yaml) else { fatalError("the YAML does not follow the opening fence") }
    // The head is: opening fence, the YAML's lines, closing fence (then the body).
    let newline = UInt8(ascii: "\n")
    let closing = head.count(where: { $0 == newline }) + (head.last == newline ? 0 : 1)
    guard parts.bodyLine == closing + 1 else {
        fatalError("the body starts on line \(closing + 1), not \(parts.bodyLine)")
    }
    guard yaml.count(where: { $0 == newline }) == closing - 2, yaml.isEmpty || yaml.last == newline else {
        fatalError("the YAML is not the lines between fences on lines 1 and \(closing)")
    }
}

/// Reads the fields a lesson's front matter has, as the loaders do, and
/// walks nested mappings and lists.
private func read(_ node: YAMLNode, sink: DiagnosticSink, depth: Int = 0) {
    guard depth < 8, let map = MappingReader(node, context: "the front matter", sink: sink) else { return }
    _ = map.string("id", required: true)
    _ = map.string("title")
    _ = map.bool("draft")
    _ = map.int("minutes", range: 1...600)
    _ = map.stringList("objectives")
    for item in map.sequence("outline") ?? [] { read(item, sink: sink, depth: depth + 1) }
    if let nested = map.mapping("policy") { read(nested.node, sink: sink, depth: depth + 1) }
    map.finish()
}
