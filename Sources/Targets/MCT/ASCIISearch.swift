extension StringProtocol {
    /// Whether the text contains `needle` (ASCII), searched byte by byte.
    /// Foundation's `contains` on strings cost more than the work it
    /// guarded in the question export, which asks it for every cell.
    func containsASCII(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = utf8
        var from = bytes.startIndex
        while let hit = bytes[from...].firstIndex(of: first) {
            if bytes[hit...].starts(with: pattern) { return true }
            from = bytes.index(after: hit)
        }
        return false
    }
}
