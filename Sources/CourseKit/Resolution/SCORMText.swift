/// The SCORM packages' rules for authors' text, in one place for the check
/// that reports them (`SCORMPackagingCheck`) and the target that applies
/// them: only XML 1.0 characters, and the labels added to the assessment's
/// two titles.
public enum SCORMText {
    /// `value` without the characters XML 1.0 cannot carry, and how many there were.
    public static func representable(_ value: String) -> (text: String, removed: Int) {
        var removed = 0
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if isXMLChar(scalar) { out.append(scalar) } else { removed += 1 }
        }
        return removed == 0 ? (value, 0) : (String(out), removed)
    }

    /// XML 1.0 `Char`.
    public static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The label after the assessment's title in each of its two items.
    public static func assessmentLabel(diagnostic: Bool, language: String) -> String {
        let spanish = language.lowercased().hasPrefix("es")
        return diagnostic ? (spanish ? "diagnóstico" : "diagnostic") : "final"
    }

    public static func practiceLabel(language: String) -> String {
        language.lowercased().hasPrefix("es") ? "práctica" : "practice"
    }

    static func longestAssessmentLabel(language: String) -> String {
        let labels = [assessmentLabel(diagnostic: true, language: language), assessmentLabel(diagnostic: false, language: language)]
        return labels.max { $0.unicodeScalars.count < $1.unicodeScalars.count }!
    }
}
