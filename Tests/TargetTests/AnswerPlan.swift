import Foundation
import Testing

/// What a simulated learner answers on a quiz page, and what follows from
/// it, worked out here from the page's key and the documented formats, not
/// by the page: the response `coursec results` expects, whether the answer
/// is right, the percent score.
enum AnswerPlan {
    /// An answer to one item: options (by index), a blank's text, or nothing.
    enum Answer {
        case options([Int])
        case text(String)
        case blank

        var json: Any {
            switch self {
            case .options(let indices): indices
            case .text(let text): text
            case .blank: NSNull()
            }
        }
    }

    /// Right, wrong (the first option that is not the key) or blank, per item.
    static func plan(_ key: BrowserQuiz.Key, right: (Int) -> Bool, blank: (Int) -> Bool = { _ in false }) -> [Answer] {
        key.items.enumerated().map { n, item in
            let correct = item.correct ?? [0]
            if blank(n) { return .blank }
            return .options(right(n) ? correct : [correct[0] == 0 ? 1 : 0])
        }
    }

    /// The response for an answer in the SCORM 1.2 formats of
    /// docs/results.md: letters joined by commas, `t`/`f` for true-false
    /// (`trueOption` is "true"), the text of a blank; empty when unanswered.
    static func response(_ answer: Answer, to item: BrowserQuiz.Item) -> String {
        switch answer {
        case .blank: return ""
        case .text(let text): return text
        case .options(let indices):
            if item.type == "true-false" { return indices.first == (item.trueOption ?? 0) ? "t" : "f" }
            return indices.sorted().map { String(UnicodeScalar(UInt8(97 + $0))) }.joined(separator: ",")
        }
    }

    static func isRight(_ answer: Answer, _ item: BrowserQuiz.Item) -> Bool {
        switch answer {
        case .blank: return false
        case .text(let text): return item.blanks?.first?.answers.contains(text) == true
        case .options(let indices): return indices.sorted() == (item.correct ?? []).sorted()
        }
    }

    /// Percent score of a plan (every item counts the same).
    static func score(_ plan: [Answer], _ key: BrowserQuiz.Key) -> Double {
        100 * Double(zip(plan, key.items).filter { isRight($0, $1) }.count) / Double(key.items.count)
    }
}

extension DevToolsBrowser.Page {
    /// Answers the quiz page open as planned (ticking options, typing
    /// blanks) and presses "Enviar respuestas"; returns the score it shows.
    func take(_ plan: [AnswerPlan.Answer]) throws -> String? {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: plan.map(\.json), options: [.fragmentsAllowed]),
                          as: UTF8.self)
        return try evaluate("""
            (function (plan) {
              var form = document.getElementById('coursec-quiz-form');
              var key = JSON.parse(document.getElementById('coursec-quiz').textContent);
              key.items.forEach(function (item, n) {
                var answer = plan[n];
                if (answer === null) { return; }
                if (typeof answer === 'string') {
                  var blank = form.querySelector('input[name="' + item.domId + '-b0"]');
                  blank.focus(); blank.value = answer;
                  blank.dispatchEvent(new Event('input', { bubbles: true }));
                  blank.dispatchEvent(new Event('change', { bubbles: true }));
                  return;
                }
                var inputs = form.querySelectorAll('input[name="' + item.domId + '"]');
                answer.forEach(function (i) { inputs[i].click(); });
              });
              form.querySelector('.quiz-submit').click();
              return document.getElementById('coursec-score').getAttribute('data-score');
            })(\(json))
            """) as? String
    }
}
