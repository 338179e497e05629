/// Whitespace trimming without Foundation's NSString bridge, which showed up
/// at the top of the profile of `check` on the benchmark corpus.
extension StringProtocol {
    var trimmed: String {
        let scalars = self.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(self[first...last])
    }
}
