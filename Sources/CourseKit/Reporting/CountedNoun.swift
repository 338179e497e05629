/// A number with its noun in the right number, for the Spanish text of the
/// packages: "1 lección", "3 lecciones", "0 prácticas".
public struct CountedNoun: Sendable {
    public let singular: String
    public let plural: String

    public static let lesson = CountedNoun(singular: "lección", plural: "lecciones")
    public static let practiceQuiz = CountedNoun(singular: "práctica", plural: "prácticas")
    public static let quiz = CountedNoun(singular: "evaluación", plural: "evaluaciones")

    public func callAsFunction(_ count: Int) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
