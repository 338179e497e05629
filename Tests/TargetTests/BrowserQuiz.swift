import Foundation
import Testing

/// A built quiz page's answer key (the JSON `quiz.js` reads), to answer it
/// right or wrong in a browser scenario.
struct BrowserQuiz {
    struct Item: Decodable {
        struct Blank: Decodable { var answers: [String] }
        var id: String
        var type: String
        var correct: [Int]?
        /// True-false: the option that means "true".
        var trueOption: Int?
        var blanks: [Blank]?
    }
    struct Key: Decodable {
        var quizId: String
        var mode: String
        var attempts: Int
        var passPercentage: Int
        var items: [Item]
    }

    let page: String
    let key: Key

    /// `page` relative to `folder`.
    init(_ page: String, in folder: URL) throws {
        self.page = page
        let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
        let open = try #require(html.range(of: #"<script type="application/json" id="coursec-quiz">"#))
        let close = try #require(html[open.upperBound...].range(of: "</script>"))
        key = try JSONDecoder().decode(Key.self, from: Data(html[open.upperBound..<close.lowerBound].utf8))
    }

    var itemIDs: [String] { key.items.map(\.id) }

    /// Steps that give every item its right answer, or a wrong one.
    func answers(right: Bool, frame: String = "a") -> [BrowserDriver.Step] {
        key.items.map { answer($0, right: right, frame: frame) }
    }

    func answer(_ item: Item, right: Bool, frame: String = "a") -> BrowserDriver.Step {
        if let blanks = item.blanks {
            return .fill(item.id, blanks.map { right ? $0.answers.first ?? "" : "respuesta equivocada" }, frame: frame)
        }
        let correct = item.correct ?? [0]
        let wrong = correct.count > 1 ? [correct[0]] : [correct[0] == 0 ? 1 : 0]
        return .answer(item.id, right ? correct : wrong, frame: frame)
    }

    /// What the page shows as the answers of `steps`' items (for restored-answer checks).
    static func shown(_ steps: [BrowserDriver.Step]) -> [String: [BrowserReport.Answer]] {
        var result: [String: [BrowserReport.Answer]] = [:]
        for step in steps {
            guard let item = step.fields["item"] as? String else { continue }
            if let choose = step.fields["choose"] as? [Int] { result[item] = choose.sorted().map { .option($0) } }
            if let blanks = step.fields["blanks"] as? [String] { result[item] = blanks.map { .text($0) } }
        }
        return result
    }
}
