/// Fits titles into the SCORM 1.2 limit of 200 characters (`titleType` in
/// IMS CP 1.1.2).
public enum SCORMTitle {
    /// Returns `title` unchanged when it fits, otherwise its longest prefix
    /// that fits together with a trailing "…".
    ///
    /// XML Schema counts `maxLength` in Unicode scalars (code points), while a
    /// visible character (a `Character`) can be several scalars: an emoji
    /// with a skin tone or a ZWJ family. The limit is therefore checked in
    /// scalars, but the cut is made between `Character`s so that no emoji or
    /// accented letter is split in half.
    public static func limit(_ title: String, maxCharacters: Int = 200) -> (title: String, wasShortened: Bool) {
        precondition(maxCharacters >= 1, "maxCharacters must leave room for the ellipsis")
        guard title.unicodeScalars.count > maxCharacters else { return (title, false) }

        let ellipsis: Character = "…"
        let budget = maxCharacters - ellipsis.unicodeScalars.count
        var kept = ""
        var used = 0
        for character in title {
            let size = character.unicodeScalars.count
            guard used + size <= budget else { break }
            kept.append(character)
            used += size
        }
        // "Intro …" reads worse than "Intro…".
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return (kept + String(ellipsis), true)
    }
}
