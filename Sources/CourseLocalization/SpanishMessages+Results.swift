extension SpanishMessages {
    static let results: [(String, String)] = [
    ]
}
