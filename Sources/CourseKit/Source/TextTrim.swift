/// Whitespace trimming without Foundation's NSString bridge, which showed up
/// at the top of the profile of `check` on the benchmark corpus.
extension StringProtocol {
    var trimmed: String {
        // Most texts start and end with a visible ASCII character: nothing
        // to trim, and no Unicode property to look up (which showed up too).
        let scalars = self.unicodeScalars
        if let first = scalars.first, let last = scalars.last,
           (0x21...0x7E).contains(first.value), (0x21...0x7E).contains(last.value) {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(self[first...last])
    }
}
