/// Typesets the school subset of mhchem's `\pu{…}`: a number and its unit,
/// with mhchem's structure (see `ChemNodes`).
///
/// - the number: an optional sign, digits with a decimal point or comma, and
///   an optional power of ten (`1.2e3`, `1.2*10^3`, `3 x 10^8`,
///   `3 \times 10^{8}`); integer and decimal parts longer than four digits
///   are grouped by threes, as mhchem does (`12 345.678 9`);
/// - the unit: symbols (`m`, `kJ`, `°C` or `^oC`, `\mu m`, `Ω`) with
///   exponents (`s^2`, `s^-1`, `s^{-1}`, `mol-1`), multiplied by spaces or
///   `*` and `.` (a centred dot), divided by `/` (`m/s^2`) or `//` (a fraction).
///
/// Anything else is a `TeXError` pointing at it.
struct UnitParser {
    var cursor: ChemCursor
    let displayStyle: Bool
    var nodes: [MathNode] = []

    init(cursor: ChemCursor, displayStyle: Bool) {
        self.cursor = cursor
        self.displayStyle = displayStyle
    }

    mutating func parse() throws(TeXError) -> [MathNode] {
        _ = cursor.skipSpaces()
        if cursor.atEnd { return [] }
        let first = cursor.peek()
        let hasNumber = first.isASCIIDigit || ((first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")) && cursor.peek(1).isASCIIDigit)
        if hasNumber {
            try parseNumber()
            _ = cursor.skipSpaces()
            if cursor.atEnd { return nodes }
            nodes.append(.space(width: "0.3333em"))   // mhchem's `~`, written or not (`5m`)
        }
        try parseUnit()
        return nodes
    }

    // MARK: The number

    private mutating func parseNumber() throws(TeXError) {
        let sign = cursor.peek()
        if sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            cursor.position += 1
            nodes.append(.token("mo", sign == UInt8(ascii: "-") ? "\u{2212}" : "+"))
        }
        let integer = cursor.readDigits()
        var separator = ""
        var fraction = ""
        if cursor.peek() == UInt8(ascii: ".") || cursor.peek() == UInt8(ascii: ","), cursor.peek(1).isASCIIDigit {
            separator = String(UnicodeScalar(cursor.peek()))
            cursor.position += 1
            fraction = cursor.readDigits()
        }
        nodes += Self.grouped(integer: integer, separator: separator, fraction: fraction)
        try parsePowerOfTen()
    }

    /// mhchem's digit groups: runs of more than four digits in threes, set
    /// apart by 2mu, counted from the decimal point.
    static func grouped(integer: String, separator: String, fraction: String) -> [MathNode] {
        var texts = groups(Array(integer), fromEnd: true)
        if texts.isEmpty { texts = [""] }
        if !separator.isEmpty {
            let fractionGroups = groups(Array(fraction), fromEnd: false)
            texts[texts.count - 1] += separator + (fractionGroups.first ?? "")
            texts += fractionGroups.dropFirst()
        }
        var nodes: [MathNode] = []
        for (index, text) in texts.enumerated() {
            if index > 0 { nodes.append(.space(width: "0.1111em")) }
            nodes.append(ChemNodes.number(text))
        }
        return nodes
    }

    private static func groups(_ digits: [Character], fromEnd: Bool) -> [String] {
        guard digits.count > 4 else { return digits.isEmpty ? [] : [String(digits)] }
        let first = fromEnd && digits.count % 3 != 0 ? digits.count % 3 : 3
        var result = [String(digits[0..<first])]
        var start = first
        while start < digits.count {
            result.append(String(digits[start..<min(start + 3, digits.count)]))
            start += 3
        }
        return result
    }

    /// `e3`, `E-3`, `*10^3`, `x 10^{8}`, `\times 10^8`, `\cdot 10^8`.
    private mutating func parsePowerOfTen() throws(TeXError) {
        let operatorText: String
        if cursor.peek() == UInt8(ascii: "e") || cursor.peek() == UInt8(ascii: "E") {
            let next = cursor.peek(1)
            guard next.isASCIIDigit || ((next == UInt8(ascii: "-") || next == UInt8(ascii: "+")) && cursor.peek(2).isASCIIDigit) else {
                return
            }
            cursor.position += 1
            nodes += [.token("mo", "⋅", atom: .bin), Self.powerOfTen(try readExponent())]
            return
        }
        var probe = cursor
        _ = probe.skipSpaces()
        if probe.peek() == UInt8(ascii: "*") || probe.peek() == UInt8(ascii: "x") {
            operatorText = probe.peek() == UInt8(ascii: "*") ? "⋅" : "×"
            probe.position += 1
        } else if probe.peekIs("\\times") || probe.peekIs("\\cdot") {
            operatorText = probe.peekIs("\\times") ? "×" : "⋅"
            _ = probe.readCommand()
        } else {
            return
        }
        _ = probe.skipSpaces()
        guard probe.peekIs("10^") else { return }
        probe.position += 3
        cursor = probe
        nodes += [.token("mo", operatorText, atom: .bin), Self.powerOfTen(try readExponent())]
    }

    private static func powerOfTen(_ exponent: MathNode) -> MathNode {
        .element("msup", [ChemNodes.number("10"), exponent])
    }

    /// A signed integer exponent, braced or not.
    mutating func readExponent() throws(TeXError) -> MathNode {
        let braced = cursor.peek() == UInt8(ascii: "{")
        if braced { cursor.position += 1 }
        var parts: [MathNode] = []
        let sign = cursor.peek()
        if sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            cursor.position += 1
            parts.append(.token("mo", sign == UInt8(ascii: "-") ? "\u{2212}" : "+"))
        }
        guard cursor.peek().isASCIIDigit else { throw cursor.unexpected("an exponent is a whole number") }
        parts.append(ChemNodes.number(cursor.readDigits()))
        if braced {
            guard cursor.peek() == UInt8(ascii: "}") else { throw cursor.unexpected("an exponent is a whole number") }
            cursor.position += 1
        }
        return MathNode.row(parts)
    }
}
