import CourseKit
import Foundation

/// The results rules that judge items (CS1010–CS1014), located on the
/// item's `{#id …}` in the assessment so they show in editors, SARIF and
/// pull requests like any other diagnostic. Thresholds are the rules'
/// parameters, read from the policy at the assessment's path.
enum ItemFlags {
    static func flags(for assessment: ResultsReport.Assessment, administration: Administration, policy: Policy) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let path = administration.key.path ?? ""
        let context = context(of: administration)
        func param(_ rule: Rule, _ name: String) -> Double {
            policy.double(name, for: rule, at: path, default: Double(rule.parameters[name]?.defaultValue ?? "0") ?? 0)
        }
        func report(_ rule: Rule, _ keyed: KeyedItem, _ message: Message) {
            guard let location = keyed.location else { return }
            result.append(Diagnostic(id: rule.id, severity: rule.defaultSeverity, range: location, message: message))
        }
        func enough(_ rule: Rule) -> Bool { Double(assessment.takers) >= param(rule, "min-takers") }

        for (item, keyed) in zip(assessment.items, administration.key.items) {
            let rules = ResultsRules.self
            if enough(rules.lowDiscrimination), let r = item.discrimination, r < param(rules.lowDiscrimination, "min") {
                report(rules.lowDiscrimination, keyed, r < 0
                       ? "learners who do well on the rest of the assessment fail '\(item.id)' more often \(context) (discrimination \(fixed(r)), minimum \(fixed(param(rules.lowDiscrimination, "min")))); check the stem and the key"
                       : "'\(item.id)' hardly tells strong from weak learners \(context) (discrimination \(fixed(r)), minimum \(fixed(param(rules.lowDiscrimination, "min"))))")
            }
            if enough(rules.distractorBeatsKey), let options = item.options, keyed.key.kind == .single,
               let key = options.first(where: \.isKey) {
                let keyR = key.discrimination ?? 0
                let margin = param(rules.distractorBeatsKey, "margin")
                if let best = options.filter({ !$0.isKey }).compactMap({ o in o.discrimination.map { (o, $0) } })
                    .max(by: { $0.1 < $1.1 }), best.1 > 0, best.1 > keyR + margin {
                    report(rules.distractorBeatsKey, keyed,
                           "learners who chose option \(best.0.letter) of '\(item.id)' do better on the rest of the assessment than those who chose the key \(key.letter) \(context) (correlation \(fixed(best.1)) against \(fixed(keyR))); check which option is right")
                }
            }
            // An item everyone answers right leaves every distractor unused: CS1013 says so once.
            if enough(rules.unusedDistractor), let options = item.options, keyed.key.kind != .trueFalse, item.difficulty < 1 {
                let limit = param(rules.unusedDistractor, "max-share")
                for option in options where !option.isKey && option.share <= limit {
                    report(rules.unusedDistractor, keyed, option.share == 0
                           ? "nobody chose option \(option.letter) of '\(item.id)' \(context) (\(assessment.takers) learners); replace it with a wrong answer learners really give"
                           : "only \(percent(option.share)) of learners chose option \(option.letter) of '\(item.id)' \(context) (at most \(percent(limit))); replace it with a wrong answer learners really give")
                }
            }
            if enough(rules.noVariance) {
                if item.difficulty >= param(rules.noVariance, "ceiling") {
                    report(rules.noVariance, keyed, item.difficulty == 1
                           ? "every learner answered '\(item.id)' right \(context) (\(item.takers) learners)"
                           : "\(percent(item.difficulty)) of learners answered '\(item.id)' right \(context)")
                } else if item.difficulty <= param(rules.noVariance, "floor") {
                    report(rules.noVariance, keyed, item.difficulty == 0
                           ? "no learner answered '\(item.id)' right \(context) (\(item.takers) learners); check the key"
                           : "only \(percent(item.difficulty)) of learners answered '\(item.id)' right \(context); check the key")
                }
            }
        }
        return result
    }

    /// CS1014: each group of `column` against all other learners.
    static func differential(_ scored: ScoredAdministration, assessment: ResultsReport.Assessment, column: Int,
                             table: ResponseTable, policy: Policy) -> [Diagnostic] {
        let rule = ResultsRules.differentialItem
        let administration = scored.administration
        let path = administration.key.path ?? ""
        func param(_ name: String) -> Double {
            policy.double(name, for: rule, at: path, default: Double(rule.parameters[name]?.defaultValue ?? "0") ?? 0)
        }
        let minGroup = Int(param("min-group")), threshold = param("delta"), alpha = param("alpha")
        let values = scored.takers.map { table.group(column, of: $0) }
        var counts: [String: Int] = [:]
        for case let value? in values { counts[value, default: 0] += 1 }
        let context = context(of: administration)
        var result: [Diagnostic] = []
        for value in counts.keys.sorted() where counts[value]! >= minGroup && scored.count - counts[value]! >= minGroup {
            let focal = values.map { $0 == value }
            for (i, keyed) in administration.key.items.enumerated() {
                guard let location = keyed.location,
                      let mh = MantelHaenszel.compute(right: { scored.right[$0 * scored.itemCount + i] == 1 }, focal: focal,
                                                      totals: scored.totals, maxTotal: scored.itemCount),
                      abs(mh.delta) >= threshold, mh.p < alpha else { continue }
                let direction: Message = mh.delta < 0 ? "harder" : "easier"
                result.append(Diagnostic(
                    id: rule.id, severity: rule.defaultSeverity, range: location,
                    message: "learners with \(table.groupColumns[column]) '\(value)' find '\(keyed.id)' \(direction) than others with the same score \(context) (MH delta \(fixed(mh.delta)), p = \(String(format: "%.3g", mh.p)))"))
            }
        }
        return result
    }

    /// Where the item was answered: "in the diagnostic", "in the final", "in 'practica-1'".
    static func context(of administration: Administration) -> Message {
        switch administration.kind {
        case .quiz: "in '\(administration.key.id)'"
        case .diagnostic: "in the diagnostic"
        case .final: "in the final"
        }
    }

    static func fixed(_ x: Double) -> String { String(format: "%.2f", x) }
    static func percent(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }
}
