/// Every rule coursec can report, in id order: what `coursec rules` lists,
/// what `coursec explain` looks up, and what the policy may configure.
public enum RuleRegistry {
    public static let all: [Rule] = {
        let rules: [Rule] = [
            Rules.invalidUTF8, Rules.yamlSyntax, Rules.yamlTab, Rules.yamlAliasLimit, Rules.duplicateKey,
            Rules.missingFrontMatter, Rules.binaryFile, Rules.fileTooLarge, Rules.emptyFile,
            Rules.missingField, Rules.wrongType, Rules.unknownField, Rules.invalidValue, Rules.duplicateID,
            Rules.missingFile, Rules.pathOutsideRepository, Rules.unsupportedMedia, Rules.unknownReference,
            Rules.misplacedFile, Rules.orphanFile, Rules.invalidURL, Rules.missingAltText,
            Rules.noQuestions, Rules.missingItemID, Rules.noRightAnswer, Rules.singleChoiceManyRight,
            Rules.invalidItemAttribute, Rules.trueFalseOptions, Rules.multipleChoiceNoWrong, Rules.emptyBlank,
            Rules.tooFewOptions, Rules.duplicateOption, Rules.optionsNotTaskList,
            // Reported while resolving questions (QuestionResolver).
            Rules.trueFalseWording, Rules.emptyAfterSanitizing,
        ] + AuthoringRules.loading + CheckRunner.standardChecks.flatMap(\.rules) + CheckRunner.repositoryChecks.flatMap(\.rules) + PolicyRules.all + PlatformRules.all + Rules.scormRules + RenderingRules.all
            + ResultsRules.all + ImportRules.all + LimitRules.all
        // A rule listed twice (by its check and by its group) is kept once;
        // two different rules with one id are both kept, and a test fails.
        var seen = Set<String>()
        return rules.filter { seen.insert($0.id + " " + $0.name).inserted }.sorted { $0.id < $1.id }
    }()

    /// Ids of the rules the policy and suppressions cannot change.
    public static let unconfigurable: Set<String> = Set(all.filter { !$0.configurable }.map(\.id))

    private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    public static func rule(id: String) -> Rule? {
        byID[id.uppercased()] ?? all.first { $0.name == id.lowercased() }
    }
}
