extension SpanishMessages {
    static let questions: [(String, String)] = [
    ]
}
