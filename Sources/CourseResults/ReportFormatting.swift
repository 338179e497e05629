import CourseKit
import Foundation

/// Numbers and words shared by the text and HTML reports, in the report's language.
struct ReportFormatting {
    var language: Language

    /// `message` in the report's language.
    func text(_ message: Message) -> String { message.text(in: language) }

    /// `x` with `digits` decimals, or "—" when undefined.
    static func number(_ x: Double?, _ digits: Int = 2) -> String {
        guard let x, x.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", x)
        return text == "-0." + String(repeating: "0", count: digits) ? String(text.dropFirst()) : text
    }

    /// "1.2 to 3.4" ("1.2 a 3.4"), or "—" when undefined.
    func interval(_ low: Double?, _ high: Double?, _ digits: Int = 1) -> String {
        guard low != nil, high != nil else { return "—" }
        return text("\(Self.number(low, digits)) to \(Self.number(high, digits))")
    }

    func assessmentTitle(_ name: String) -> String {
        switch name {
        case "diagnostic": text("Diagnostic assessment")
        case "final": text("Final assessment")
        default: text("Practice quiz \(name)")
        }
    }

    func kindName(_ kind: String) -> String {
        switch kind {
        case "single": text("single choice")
        case "multiple": text("multiple choice")
        case "true-false": text("true/false")
        default: text("fill in the blanks")
        }
    }

    /// "1 learner", "3 learners" ("1 estudiante", "3 estudiantes").
    func learners(_ n: Int) -> String { text(n == 1 ? "1 learner" : "\(n) learners") }

    /// "1 item", "20 items" ("1 reactivo", "20 reactivos").
    func items(_ n: Int) -> String { text(n == 1 ? "1 item" : "\(n) items") }

    /// "1 group", "2 groups".
    func groups(_ n: Int) -> String { text(n == 1 ? "1 group" : "\(n) groups") }
}
