extension SpanishMessages {
    static let source: [(String, String)] = [
    ]
}
