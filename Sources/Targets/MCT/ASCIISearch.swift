import CourseText

extension StringProtocol {
    /// Whether the text contains `needle` (`ByteSearch.contains`).
    /// Foundation's `contains` on strings cost more than the work it
    /// guarded in the question export, which asks it for every cell.
    func containsASCII(_ needle: String) -> Bool {
        ByteSearch.contains(needle, in: self)
    }
}
