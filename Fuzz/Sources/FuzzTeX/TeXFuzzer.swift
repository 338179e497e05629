import CourseMath
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Fuzzes the TeX typesetter (`TeXToMathML`), inline and display.
///
/// Beyond "never traps": `validate` says what `convert` says; an error
/// points inside the TeX; and the MathML written for accepted TeX is
/// well-formed XML (libxml2 through Foundation's `XMLParser` is the judge).
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let tex = String(decoding: bytes, as: UTF8.self)
    let length = tex.utf8.count
    for display in [false, true] {
        let converted = TeXToMathML.convert(tex, display: display)
        let validated = TeXToMathML.validate(tex, display: display)
        switch converted {
        case .success(let mathML):
            if let validated { fatalError("convert accepted what validate refused: \(validated)") }
            let parser = XMLParser(data: Data(mathML.utf8))
            guard parser.parse() else {
                fatalError("malformed MathML (\(parser.parserError.map { "\($0)" } ?? "?")): \(mathML)")
            }
        case .failure(let error):
            guard validated == error else { fatalError("validate said \(String(describing: validated)), convert \(error)") }
            guard error.offset >= 0, error.length >= 0, error.offset + error.length <= length else {
                fatalError("\(error) is outside the \(length)-byte TeX")
            }
        }
    }
    return 0
}
