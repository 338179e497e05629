extension SpanishMessages {
    static let diagnostics: [(String, String)] = [
    ]
}
