import CourseKit
import Foundation

extension CourseRenderer {
    /// A quiz page: a keyboard-usable form (radio buttons, checkboxes with
    /// labels, text inputs for blanks) scored by `quiz.js` in the browser.
    /// The assessment renders twice (`.diagnostic`, `.final`) with the same
    /// items in the same order.
    public func quizPage(_ quiz: Quiz, course: Course, mode: QuizPageMode, navigation: PageNavigation = .init(),
                         options: PageRenderOptions = .init()) -> RenderedPage {
        kept(.quiz(quiz, mode), course: course, navigation: navigation, options: options) {
            renderedQuizPage(quiz, course: course, mode: mode, navigation: navigation, options: options)
        }
    }

    private func renderedQuizPage(_ quiz: Quiz, course: Course, mode: QuizPageMode, navigation: PageNavigation,
                                  options: PageRenderOptions) -> RenderedPage {
        var media: [String] = []
        var usesMath = false
        var keyItems: [QuizAnswerKey.Item] = []
        var items: [[String: Any]] = []
        let showAnswers = quiz.settings.showAnswers

        func markdown(_ range: SourceRange) -> MarkdownBody {
            MarkdownBody(renderer: self, options: options, sourcePath: quiz.path, fallbackRange: range)
        }
        func collect(_ output: MarkdownBody.Output) -> String {
            usesMath = usesMath || output.usesMath
            media += output.media
            return output.html
        }

        for (n, item) in quiz.items.enumerated() {
            let domId = "q-" + item.id.value
            var context: [String: Any] = ["id": item.id.value, "domId": domId, "number": n + 1,
                                          "hasOptions": false, "hint": false, "explanation": false]
            var key = QuizAnswerKey.Item(id: item.id.value, domId: domId, type: "choice")
            if item.type == .fillBlanks {
                key.type = "fill-in"
                key.blanks = item.blanks.map {
                    QuizAnswerKey.Blank(answers: $0.answers, match: $0.match == .contains ? "contains" : "exact")
                }
                context["type"] = "fill-in"
                context["stem"] = blankStem(item, domId: domId, number: n + 1, html: collect(markdown(item.range).render(
                    Self.stemWithPlaceholders(item.stem), baseHeadingLevel: 3)))
                context["hint"] = item.blanks.count == 1 ? "Escribe tu respuesta en el espacio." : "Escribe tu respuesta en cada espacio."
            } else {
                context["stem"] = collect(markdown(item.range).render(item.stem, baseHeadingLevel: 3))
                context["type"] = item.type == .trueFalse ? "true-false" : "choice"
                key.type = context["type"] as! String
                // The answer was decided once, when the repository was loaded.
                key.correct = item.resolved.rightOptions
                if item.type == .multiple {
                    key.multiple = true
                    context["hint"] = "Elige todas las respuestas correctas."
                }
                if case .trueFalse(_, let trueOption) = item.resolved.answer { key.trueOption = trueOption }
                context["hasOptions"] = true
                context["options"] = item.options.enumerated().map { index, option -> [String: Any] in
                    var explanation: Any = false
                    if showAnswers, let text = option.explanation {
                        explanation = collect(markdown(option.range).render(text, baseHeadingLevel: 4))
                    }
                    return ["index": index, "inputType": item.type == .multiple ? "checkbox" : "radio",
                            "html": collect(markdown(option.range).renderInline(option.text)), "explanation": explanation]
                }
            }
            if showAnswers, let explanation = item.explanation {
                context["explanation"] = collect(markdown(item.range).render(explanation, baseHeadingLevel: 4))
            }
            items.append(context)
            keyItems.append(key)
        }

        let isAssessment = mode != .practice
        let key = QuizAnswerKey(quizId: quiz.id.value, mode: mode.rawValue, passPercentage: quiz.settings.passPercentage,
                                showAnswers: showAnswers, attempts: isAssessment ? quiz.settings.attempts : 0, items: keyItems)
        var introduction: Any = false
        if !quiz.introduction.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            introduction = collect(MarkdownBody(renderer: self, options: options, sourcePath: quiz.path,
                                                fallbackRange: quiz.range).render(quiz.introduction))
        }
        let modeLabel = Self.modeLabel(mode)
        let title = isAssessment ? "\(modeLabel): \(quiz.title.value)" : quiz.title.value
        var context = pageContext(title: title, course: course, pageID: isAssessment ? "\(quiz.id.value)-\(mode.rawValue)" : quiz.id.value,
                                  kind: "quiz", navigation: navigation, options: options, usesMath: usesMath, isQuiz: true)
        context["modeLabel"] = modeLabel
        context["itemCount"] = quiz.items.count
        context["passPercentage"] = quiz.settings.passPercentage
        context["introduction"] = introduction
        context["items"] = items
        context["answerKey"] = key.json()
        let html = TemplateAssets.render("quiz", context)
        return RenderedPage(html: html, usesMath: usesMath, media: Self.unique(media), isQuiz: true, sourcePath: quiz.path)
    }

    static func modeLabel(_ mode: QuizPageMode) -> String {
        switch mode {
        case .practice: "Práctica"
        case .diagnostic: "Evaluación diagnóstica"
        case .final: "Evaluación final"
        }
    }

    /// Blanks become private-use placeholders that survive Markdown
    /// rendering; `blankStem` turns them into text inputs afterwards.
    static func stemWithPlaceholders(_ stem: String) -> String {
        BlankSyntax.replacingBlanks(in: stem) { n, _ in placeholder(n) }
    }

    static func placeholder(_ n: Int) -> String { "\u{E000}\(n)\u{E001}" }

    /// Replaces every placeholder in one pass over the HTML (one search per
    /// blank made a question with thousands of blanks quadratic).
    private func blankStem(_ item: QuizItem, domId: String, number: Int, html: String) -> String {
        func input(_ n: Int) -> String {
            let label = item.blanks.count == 1 ? "Respuesta de la pregunta \(number)"
                : "Espacio \(n + 1) de \(item.blanks.count) de la pregunta \(number)"
            return "<input type=\"text\" class=\"blank\" name=\"\(domId)-b\(n)\" aria-label=\"\(HTMLText.escape(label))\" "
                + "autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\">"
        }
        // U+E000 and U+E001 are EE 80 80 and EE 80 81 in UTF-8.
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + item.blanks.count * 160)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                var j = i + 3, n = 0
                while j < bytes.count, j - i < 12, (0x30...0x39).contains(bytes[j]) { n = n * 10 + Int(bytes[j] - 0x30); j += 1 }
                if j > i + 3, j + 2 < bytes.count, bytes[j] == 0xEE, bytes[j + 1] == 0x80, bytes[j + 2] == 0x81,
                   item.blanks.indices.contains(n) {
                    out += input(n).utf8
                    i = j + 3
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
