import CourseMarkdown

/// The resolution stage: after loading, before any check, every question of
/// every quiz and assessment is resolved once (`QuestionResolver`), in
/// parallel; results keep the repository's order. With a `LoadMemo`
/// (`coursec serve`), a quiz whose load was reused is not resolved again
/// while the allowlist is the same: its questions and diagnostics are the
/// memo's.
struct RepositoryResolver {
    let sink: DiagnosticSink
    var memo: LoadMemo? = nil

    func resolve(_ courses: [Course], policy: Policy) -> [Course] {
        let resolver = QuestionResolver(sink: sink, allowlist: Self.allowlist(policy))
        return Parallel.map(courses) { course in
            var course = course
            var units = course.units
            for u in units.indices {
                for i in units[u].items.indices {
                    guard case .quiz(var quiz) = units[u].items[i] else { continue }
                    resolve(&quiz, resolver)
                    units[u].items[i] = .quiz(quiz)
                }
            }
            course.units = units
            if var assessment = course.assessment {
                resolve(&assessment, resolver)
                course.assessment = assessment
            }
            return course
        }
    }

    private func resolve(_ quiz: inout Quiz, _ resolver: QuestionResolver) {
        guard let memo else {
            for index in quiz.items.indices { quiz.items[index].resolved = resolver.resolve(quiz.items[index]) }
            return
        }
        if let kept = memo.resolution(of: quiz.path, allowlist: resolver.allowlist), kept.questions.count == quiz.items.count {
            for index in quiz.items.indices { quiz.items[index].resolved = kept.questions[index] }
            sink.append(contentsOf: kept.diagnostics)
            return
        }
        let own = DiagnosticSink()
        let local = QuestionResolver(sink: own, allowlist: resolver.allowlist)
        for index in quiz.items.indices { quiz.items[index].resolved = local.resolve(quiz.items[index]) }
        sink.append(contentsOf: own.diagnostics)
        memo.keep(.init(allowlist: resolver.allowlist, questions: quiz.items.map(\.resolved), diagnostics: own.diagnostics),
                  of: quiz.path)
    }

    /// The policy's `html-allowlist` as the renderer reads it.
    static func allowlist(_ policy: Policy) -> HTMLAllowlist {
        guard let setting = policy.htmlAllowlist else { return .none }
        return HTMLAllowlist(elements: Set(setting.elements), attributes: setting.attributes.mapValues { Set($0) })
    }
}
