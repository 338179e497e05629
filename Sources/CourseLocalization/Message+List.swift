extension Message {
    /// How the last two items of a list are joined.
    public enum Conjunction: Sendable {
        case and, or
    }

    /// Items (ids, numbers) as a list in words: "20 or 40", "a, b and c"
    /// ("20 o 40", "a, b y c").
    public static func list(_ items: [String], _ conjunction: Conjunction) -> Message {
        guard var result = items.first.map({ Message(verbatim: $0) }) else { return "" }
        for (index, item) in items.enumerated().dropFirst() {
            if index < items.count - 1 {
                result = "\(result), \(item)"
            } else {
                result = conjunction == .or ? "\(result) or \(item)" : "\(result) and \(item)"
            }
        }
        return result
    }
}
