import CourseMath

/// Helpers shared by the CourseMath tests.
enum Math {
    static let namespace = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
    static let displayNamespace = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"

    /// The presentation part of the MathML (between `<semantics>` and
    /// `<annotation`), so golden strings stay short; nil when conversion fails.
    static func body(_ tex: String, display: Bool = false) -> String? {
        guard case .success(let mathML) = TeXToMathML.convert(tex, display: display) else { return nil }
        let open = display ? displayNamespace : namespace
        let prefix = open + "<semantics>"
        guard mathML.hasPrefix(prefix), let annotation = mathML.ranges(of: "<annotation").last else { return nil }
        return String(mathML[mathML.index(mathML.startIndex, offsetBy: prefix.count)..<annotation.lowerBound])
    }

    /// The error for TeX that must not convert; nil when it converts.
    static func error(_ tex: String, display: Bool = false) -> TeXError? {
        if case .failure(let error) = TeXToMathML.convert(tex, display: display) { return error }
        return nil
    }

    /// The bytes an error points at.
    static func span(of error: TeXError, in tex: String) -> String {
        let bytes = Array(tex.utf8)
        let end = min(bytes.count, error.offset + error.length)
        return String(decoding: bytes[min(error.offset, end)..<end], as: UTF8.self)
    }
}
