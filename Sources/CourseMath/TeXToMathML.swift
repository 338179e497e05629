/// Typesets TeX math into MathML Core at build time, so pages need neither
/// JavaScript nor math fonts: Chromium (109+), Firefox and Safari render it
/// natively.
///
/// ```swift
/// switch TeXToMathML.convert("\\frac{a}{b}", display: false) {
/// case .success(let mathML): …   // <math …><semantics><mfrac>…
/// case .failure(let error): …    // error.offset/length point into the TeX
/// }
/// ```
///
/// Conversion is linear in the input, deterministic, and never traps: input
/// it cannot typeset (unknown commands, unbalanced braces, nesting deeper than
/// 64 levels…) is reported as a `TeXError`.
public enum TeXToMathML {
    /// MathML for one TeX expression: `<math>…</math>` (display:
    /// `<math display="block">…</math>`), with the MathML namespace so the
    /// markup also works in XHTML. The TeX source goes into
    /// `<annotation encoding="application/x-tex">` inside `<semantics>`, so it
    /// can be copied and read by assistive technology.
    ///
    /// - Parameters:
    ///   - tex: the TeX between the dollar signs, without them.
    ///   - display: `$$…$$` (block, display style) rather than `$…$`.
    public static func convert(_ tex: String, display: Bool) -> Result<String, TeXError> {
        let bytes = Array(tex.utf8)
        let nodes: [MathNode]
        switch parse(bytes, display: display) {
        case .success(let parsed): nodes = parsed
        case .failure(let error): return .failure(error)
        }
        var writer = MathMLWriter(capacity: bytes.count * 8 + 160)
        writer.appendRaw(display ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics>"
                                 : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics>")
        writer.write(.row(nodes))
        writer.appendRaw("<annotation encoding=\"application/x-tex\">")
        writer.appendEscaped(tex)
        writer.appendRaw("</annotation></semantics></math>")
        return .success(writer.output)
    }

    /// The error `convert` would report, without writing any MathML: what
    /// `coursec check` needs for every expression of every lesson.
    public static func validate(_ tex: String, display: Bool) -> TeXError? {
        if case .failure(let error) = parse(Array(tex.utf8), display: display) { return error }
        return nil
    }

    static func parse(_ bytes: [UInt8], display: Bool) -> Result<[MathNode], TeXError> {
        if let error = forbiddenCharacter(in: bytes) { return .failure(error) }
        var parser = TeXParser(bytes: bytes, display: display)
        let nodes: [MathNode]
        do {
            nodes = try parser.parseExpression()
        } catch {
            return .failure(error)
        }
        guard !nodes.isEmpty else {
            return .failure(TeXError(offset: 0, length: bytes.count, message: "empty math"))
        }
        return .success(nodes)
    }

    /// Every supported control sequence, with its backslash (`\frac`, `\,`,
    /// `\alpha`), sorted. Environments are listed in `supportedEnvironments`.
    public static let supportedCommands: [String] = CommandTable.supportedNames

    /// The environment names accepted by `\begin{…}`, sorted.
    public static let supportedEnvironments: [String] = Environment.names

    /// Characters XML 1.0 cannot carry (C0 and C1 controls other than tab
    /// and line breaks, U+FFFE, U+FFFF), checked over the whole input because
    /// the source is copied into the annotation, comments included.
    static func forbiddenCharacter(in bytes: [UInt8]) -> TeXError? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                return TeXError(offset: index, length: 1,
                                message: "control character U+\(hex(UInt32(byte))) is not allowed in math")
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                return TeXError(offset: index, length: 2,
                                message: "control character U+\(hex(UInt32(bytes[index + 1]))) is not allowed in math")
            }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
               bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                let value: UInt32 = bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF
                return TeXError(offset: index, length: 3, message: "noncharacter U+\(hex(value)) is not allowed in math")
            }
            index += 1
        }
        return nil
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
