extension SpanishMessages {
    static let checks: [(String, String)] = [
    ]
}
