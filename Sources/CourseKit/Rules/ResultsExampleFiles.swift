/// Files for the examples of the results rules (filled in below).
enum ResultsExampleFiles {
    static let responsesHeader: [RuleExample] = []
    static let unreadableRow: [RuleExample] = []
    static let unknownAssessment: [RuleExample] = []
    static let unknownItem: [RuleExample] = []
    static let malformedResponse: [RuleExample] = []
    static let duplicateResponse: [RuleExample] = []
    static let conflictingGroup: [RuleExample] = []
    static let lowDiscrimination: [RuleExample] = []
    static let distractorBeatsKey: [RuleExample] = []
    static let unusedDistractor: [RuleExample] = []
    static let noVariance: [RuleExample] = []
    static let differentialItem: [RuleExample] = []
}
