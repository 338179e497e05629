/// Files for the examples of the results rules: a responses file
/// (`respuestas.csv`) laid over the minimal repository and, for the flags,
/// a three-item practice quiz and a policy that lowers `min-takers` so a
/// handful of learners is enough. The CourseResults tests run them through
/// `results` (using every grouping column of the file as `--by`).
enum ResultsExampleFiles {
    static let header = "learner,assessment,item,response\n"

    static func csv(_ rows: String) -> [String: String] { ["respuestas.csv": header + rows] }

    static func triggering(_ rows: String) -> RuleExample { RuleExample(csv(rows), triggers: true) }
    static func quiet(_ rows: String) -> RuleExample { RuleExample(csv(rows), triggers: false) }

    /// A quiz of three items with three options each; the key is always `a`.
    static func quiz(marking item: String? = nil) -> String {
        var text = "---\nid: practica\ntype: quiz\ntitle: Práctica\n---\n\n"
        let items = [("suma", "¿Cuánto es 2 + 2?", ["4", "5", "22"]), ("producto", "¿Cuánto es 3 × 3?", ["9", "6", "33"]),
                     ("resta", "¿Cuánto es 10 − 4?", ["6", "14", "4"])]
        for (n, (id, stem, options)) in items.enumerated() {
            text += "\(n + 1). \(stem) {#\(id == item ? "↓" : "")\(id)}\n\n"
            for (o, option) in options.enumerated() { text += "   - [\(o == 0 ? "x" : " ")] \(option)\n" }
            text += "\n"
        }
        return text
    }

    /// The base manifest with results parameters for `rule`.
    static func manifest(_ rule: String, _ params: String) -> String {
        ExampleRepository.base["coursec.yaml"]! + "    \(rule):\n      params: { \(params) }\n"
    }

    /// Rows from a compact table: one line per learner, `learner: responses…` (to suma, producto, resta).
    static func rows(_ table: [(String, String)], group: [String]? = nil) -> String {
        var out = group == nil ? header : "learner,assessment,item,response,estado\n"
        for (n, (learner, responses)) in table.enumerated() {
            for (id, response) in zip(["suma", "producto", "resta"], responses.split(separator: " ")) {
                out += "\(learner),practica,\(id),\(response == "-" ? "" : String(response))" + (group.map { ",\($0[n])" } ?? "") + "\n"
            }
        }
        return out
    }

    static func flagExample(_ rule: String, _ params: String, marking item: String?, _ table: [(String, String)],
                            group: [String]? = nil) -> RuleExample {
        RuleExample(["coursec.yaml": manifest(rule, params), "curso/practica.md": quiz(marking: item),
                     "respuestas.csv": rows(table, group: group)], triggers: item != nil)
    }

    static let responsesHeader = [
        triggering("").withFiles(["respuestas.csv": "↓learner,assessment,item\nL1,practica,suma\n"]),
        quiet("L1,practica,suma,a\n"),
    ]
    static let unreadableRow = [triggering("L1,practica,suma,a\n↓L2,practica,suma,a,b\n"), quiet("L1,practica,suma,a\nL2,practica,suma,\"a\"\n")]
    static let unknownAssessment = [triggering("L1,↓practcia,suma,a\n"), quiet("L1,practica,suma,a\n")]
    static let unknownItem = [triggering("L1,practica,↓sumas,a\n"), quiet("L1,practica,suma,a\n")]
    static let malformedResponse = [triggering("L1,practica,suma,↓c\n"), quiet("L1,practica,suma,b\n")]
    static let duplicateResponse = [triggering("L1,practica,suma,a\n↓L1,practica,suma,b\n"), quiet("L1,practica,suma,a\nL2,practica,suma,b\n")]
    static let conflictingGroup = [
        RuleExample(["respuestas.csv": "learner,assessment,item,response,estado\nL1,practica,suma,a,Norte\nL1,practica,suma,a,↓Sur\n"], triggers: true),
        RuleExample(["respuestas.csv": "learner,assessment,item,response,estado\nL1,practica,suma,a,Norte\nL2,practica,suma,a,Sur\n"], triggers: false),
    ]

    static let otherCourseVersion = [
        RuleExample(["respuestas.csv": "learner,assessment,item,response,course,version\nL1,practica,suma,a,curso,1.0.0\nL2,practica,suma,a,curso,↓0.9.0\n"], triggers: true),
        RuleExample(["respuestas.csv": "learner,assessment,item,response,course,version\nL1,practica,suma,a,curso,1.0.0\n"], triggers: false),
    ]

    // Learners 1–3 know the first two items, 4–6 do not.
    static let strongFailResta = [("L1", "a a b"), ("L2", "a a b"), ("L3", "a a c"), ("L4", "b c a"), ("L5", "c b a"), ("L6", "b b a")]
    static let normal = [("L1", "a a a"), ("L2", "a a a"), ("L3", "a b a"), ("L4", "b c b"), ("L5", "c b c"), ("L6", "b c a")]

    static let lowDiscrimination = [
        flagExample("CS1010", "min-takers: 5", marking: "resta", strongFailResta),
        flagExample("CS1010", "min-takers: 5", marking: nil, normal),
    ]
    static let distractorBeatsKey = [
        flagExample("CS1011", "min-takers: 5", marking: "resta", strongFailResta),
        flagExample("CS1011", "min-takers: 5", marking: nil, normal),
    ]
    static let unusedDistractor = [
        flagExample("CS1012", "min-takers: 5", marking: "producto",
                    [("L1", "a a a"), ("L2", "a a a"), ("L3", "a a b"), ("L4", "b b c"), ("L5", "c b b"), ("L6", "b b c")]),
        flagExample("CS1012", "min-takers: 5", marking: nil, normal),
    ]
    static let noVariance = [
        flagExample("CS1013", "min-takers: 5", marking: "suma",
                    [("L1", "a a a"), ("L2", "a a a"), ("L3", "a b a"), ("L4", "a c b"), ("L5", "a b c"), ("L6", "a c a")]),
        flagExample("CS1013", "min-takers: 5", marking: nil, normal),
    ]
    // Same total scores in both states, but in "Sur" `resta` is missed and `producto` answered instead.
    static let differentialItem = [
        flagExample("CS1014", "min-group: 5, alpha: 0.2", marking: "resta",
                    [("L1", "a b a"), ("L2", "a b a"), ("L3", "a b a"), ("L4", "a b a"), ("L5", "a b a"), ("L6", "a a b"),
                     ("L7", "a a b"), ("L8", "a a b"), ("L9", "a a b"), ("L10", "a a b"), ("L11", "a a b"), ("L12", "a b a")],
                    group: ["Norte", "Norte", "Norte", "Norte", "Norte", "Norte", "Sur", "Sur", "Sur", "Sur", "Sur", "Sur"]),
        flagExample("CS1014", "min-group: 5, alpha: 0.2", marking: nil,
                    [("L1", "a b a"), ("L2", "a b a"), ("L3", "a b a"), ("L4", "a a b"), ("L5", "a a b"), ("L6", "a a b"),
                     ("L7", "a b a"), ("L8", "a b a"), ("L9", "a b a"), ("L10", "a a b"), ("L11", "a a b"), ("L12", "a a b")],
                    group: ["Norte", "Norte", "Norte", "Norte", "Norte", "Norte", "Sur", "Sur", "Sur", "Sur", "Sur", "Sur"]),
    ]
}

extension RuleExample {
    func withFiles(_ files: [String: String]) -> RuleExample {
        RuleExample(self.files.merging(files) { $1 }, triggers: triggers)
    }
}
