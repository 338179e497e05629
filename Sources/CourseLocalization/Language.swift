/// The two languages coursec speaks. Spanish comes first: the authors and
/// teachers of the programme read Spanish; English serves maintainers and
/// CI logs read by people elsewhere.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case es
    case en

    /// The language of a tag as people and systems write it: a BCP 47 tag
    /// (`es`, `es-MX`, `en-US`) or a POSIX locale (`es_MX.UTF-8`).
    /// Anything that is neither Spanish nor English is nil.
    public init?(tag: String) {
        let primary = tag.lowercased().prefix { $0.isLetter }
        switch primary {
        case "es", "spa", "spanish", "español", "espanol": self = .es
        case "en", "eng", "english", "inglés", "ingles": self = .en
        default: return nil
        }
    }
}
