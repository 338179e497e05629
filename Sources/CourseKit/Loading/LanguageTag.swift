/// Language tags as authors write them for subtitles and courses (`es`,
/// `es-MX`, `en`, `nah`): a BCP 47 language and optional subtags, letters
/// and digits only. They become part of file names (`3-leccion.es-MX.vtt`),
/// so nothing else is accepted.
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy(isLetter), tag.utf8.count <= 35 else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }

    /// The tag when it is valid; otherwise reported (it goes into every
    /// page's `lang` and the SCORM manifests, which refuse anything else) and nil.
    static func checked(_ tag: Located<String>?, sink: DiagnosticSink) -> Located<String>? {
        guard let tag else { return nil }
        guard isValid(tag.value) else {
            sink.report(Rules.invalidValue, at: tag.range, "'\(tag.value)' is not a language tag; write one such as es-MX, es or en")
            return nil
        }
        return tag
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
