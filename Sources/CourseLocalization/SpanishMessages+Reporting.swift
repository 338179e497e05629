extension SpanishMessages {
    static let reporting: [(String, String)] = [
    ]
}
