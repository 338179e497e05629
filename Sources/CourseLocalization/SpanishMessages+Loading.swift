extension SpanishMessages {
    static let loading: [(String, String)] = [
    ]
}
