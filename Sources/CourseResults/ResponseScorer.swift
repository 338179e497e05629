import CourseText
import CourseKit
import Foundation

/// Reads one response, in the SCORM 1.2 formats coursec's runtime writes
/// (docs/outputs.md), into a cell of `Administration`: choice items as
/// option letters (`b`, `a,c`), true/false as `t` or `f` (also `true`,
/// `false`, `v`, `verdadero`, `falso`), fill-in items as text, blanks
/// joined by commas, matched as `quiz.js` matches them (trimmed, without
/// case, Unicode NFC; exactly or by containment). An empty response is an
/// omission.
enum ResponseScorer {
    enum Outcome {
        case cell(UInt32)
        case malformed(Message)
    }

    static func score(_ raw: ArraySlice<UInt8>, key: ItemKey) -> Outcome {
        // A file written by the offline site defuses formula-like answers with an apostrophe.
        let bytes = SpreadsheetCell.undefused(ByteText.trimmed(raw))
        if bytes.isEmpty { return .cell(Administration.Cell.omitted) }
        switch key.kind {
        case .single, .multiple: return choice(bytes, key: key)
        case .trueFalse: return trueFalse(bytes, key: key)
        case .fill: return fill(bytes, key: key)
        }
    }

    private static func choice(_ bytes: ArraySlice<UInt8>, key: ItemKey) -> Outcome {
        var mask: UInt32 = 0
        var letters = 0
        for byte in bytes {
            if byte == UInt8(ascii: ",") || ByteText.isSpace(byte) { continue }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else {
                return .malformed("choice responses are option letters (a = first option), found '\(text(bytes))'")
            }
            let option = Int(lower - UInt8(ascii: "a"))
            guard option < key.optionCount else {
                return .malformed("'\(text(bytes))' names option \(String(Character(UnicodeScalar(lower)))), but the item has \(key.optionCount) options (a–\(String(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(key.optionCount - 1))))))")
            }
            mask |= 1 << UInt32(option)
            letters += 1
        }
        if key.kind == .single, mask.nonzeroBitCount > 1 {
            return .malformed("'\(text(bytes))' chooses \(mask.nonzeroBitCount) options of a single-choice item")
        }
        _ = letters
        return .cell(mask)
    }

    private static func trueFalse(_ bytes: ArraySlice<UInt8>, key: ItemKey) -> Outcome {
        let word = String(decoding: ByteText.lowered(bytes), as: UTF8.self)
        let trueOption = key.trueOption ?? 0
        let falseOption = trueOption == 0 ? 1 : 0
        switch word {
        case "t", "true", "v", "verdadero": return .cell(1 << UInt32(trueOption))
        case "f", "false", "falso": return .cell(1 << UInt32(falseOption))
        default: return .malformed("true/false responses are t or f, found '\(word)'")
        }
    }

    private static func fill(_ bytes: ArraySlice<UInt8>, key: ItemKey) -> Outcome {
        let given = String(decoding: bytes, as: UTF8.self)
        let parts: [String]
        if key.blanks.count <= 1 {
            parts = [given]
        } else {
            parts = given.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == key.blanks.count else {
                return .malformed("the item has \(key.blanks.count) blanks, but the response has \(parts.count) parts separated by commas")
            }
            // Every blank left empty (",", as older offline sites and some LMSs write it) is an omission.
            if parts.allSatisfy({ normalize($0).isEmpty }) { return .cell(Administration.Cell.omitted) }
        }
        let right = zip(parts, key.blanks).allSatisfy { matches($0, $1) }
        return .cell(right ? 1 : 0)
    }

    static func normalize(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().precomposedStringWithCanonicalMapping
    }

    static func matches(_ response: String, _ blank: ItemKey.Blank) -> Bool {
        let given = normalize(response)
        if given.isEmpty { return false }
        return blank.answers.contains { answer in
            let accepted = normalize(answer)
            return blank.contains ? given.contains(accepted) : given == accepted
        }
    }

    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        return s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}
