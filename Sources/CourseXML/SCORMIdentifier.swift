/// Turns arbitrary strings (file names, slugs, titles) into SCORM identifiers.
public enum SCORMIdentifier {
    /// A valid XML `ID` / `NCName`, derived deterministically from `source`
    /// and distinct for distinct sources (the encoding is reversible), so two
    /// different course paths can never collide in one manifest.
    ///
    /// ASCII letters, digits, `-` and `.` are kept; `_` becomes `__`; every
    /// other Unicode scalar becomes `_HEX_` (e.g. space → `_20_`). Non-ASCII
    /// letters would be legal in an NCName but are escaped too, because LMSs
    /// are not reliable with them. An NCName may not start with a digit, `-`
    /// or `.` (and may not be empty), so such results get the prefix `_-`,
    /// which the escaping above never produces (after `_` comes `_` or a hex
    /// digit), keeping the mapping unambiguous.
    public static func make(from source: String) -> String {
        var encoded = ""
        for scalar in source.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".":
                encoded.unicodeScalars.append(scalar)
            case "_":
                encoded += "__"
            default:
                encoded += "_" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        guard let first = encoded.unicodeScalars.first,
              !(first == "-" || first == "." || ("0"..."9").contains(first)) else {
            return "_-" + encoded
        }
        return encoded
    }
}
