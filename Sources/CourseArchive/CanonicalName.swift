import Foundation

/// Unicode NFC for archive names, so `é` typed as one character or as `e`
/// plus a combining accent is the same entry on every system.
public enum CanonicalName {
    /// `text` in NFC. Text made only of characters below U+0300 (ASCII,
    /// Latin-1 and the precomposed Latin letters: every Spanish title) is
    /// already NFC, since no such character decomposes or combines; it is
    /// returned as it is without asking Foundation, which cost more than
    /// the rest of naming an entry.
    public static func nfc(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }
}
