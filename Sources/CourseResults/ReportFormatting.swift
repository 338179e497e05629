import Foundation

/// Numbers and words shared by the text and HTML reports (Spanish).
enum ReportFormatting {
    /// `x` with `digits` decimals, or "—" when undefined.
    static func number(_ x: Double?, _ digits: Int = 2) -> String {
        guard let x, x.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", x)
        return text == "-0." + String(repeating: "0", count: digits) ? String(text.dropFirst()) : text
    }

    static func interval(_ low: Double?, _ high: Double?, _ digits: Int = 1) -> String {
        guard low != nil, high != nil else { return "—" }
        return "\(number(low, digits)) a \(number(high, digits))"
    }

    static func assessmentTitle(_ name: String) -> String {
        switch name {
        case "diagnostic": "Evaluación diagnóstica"
        case "final": "Evaluación final"
        default: "Práctica \(name)"
        }
    }

    static func kindName(_ kind: String) -> String {
        switch kind {
        case "single": "opción única"
        case "multiple": "opción múltiple"
        case "true-false": "verdadero/falso"
        default: "completar"
        }
    }

    /// "1 estudiante", "3 estudiantes".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }
}
