extension SpanishMessages {
    static let alignment: [(String, String)] = [
    ]
}
