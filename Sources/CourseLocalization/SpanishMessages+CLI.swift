extension SpanishMessages {
    static let cli: [(String, String)] = [
    ]
}
