import CourseKit
import Foundation

extension CourseRenderer {
    /// The teachers' syllabus: one self-contained printable page (inline
    /// CSS, no script, no images) with the units and lessons, objectives and
    /// minutes, practice quizzes, the assessment's blueprint (never its
    /// answers), the competencies covered, the mapping to each subsystem's
    /// syllabus and the external resources.
    public func syllabusPage(_ course: Course, phase: Phase? = nil) -> RenderedPage {
        let curriculum = repository.curriculum
        let lessonTitles = Dictionary(course.lessons.map { ($0.id.value, $0.title.value) }, uniquingKeysWith: { a, _ in a })
        var context: [String: Any] = [
            "lang": course.language,
            "css": TemplateAssets.text("syllabus.css") ?? "",
            "programme": repository.name,
            "courseTitle": course.title.value,
            "description": course.description.isEmpty ? false : course.description,
            "version": course.version.value.description,
            "phase": phase.map { $0.title as Any } ?? false,
            "grades": course.grades.isEmpty ? false : course.grades.map(String.init).joined(separator: ", "),
            "models": course.educationModels.isEmpty ? false
                : course.educationModels.map(AudienceLabels.educationModel).joined(separator: ", "),
            "subsystems": course.subsystems.isEmpty ? false
                : course.subsystems.map(AudienceLabels.subsystem).joined(separator: ", "),
            "lessonCount": course.lessons.count,
            "quizCount": course.quizzes.count,
            "lessonsLabel": CountedNoun.lesson(course.lessons.count),
            "quizzesLabel": CountedNoun.practiceQuiz(course.quizzes.count),
            "hasAssessment": course.assessment != nil,
        ]
        let totalMinutes = course.lessons.compactMap(\.minutes).reduce(0, +)
        context["totalMinutes"] = totalMinutes
        context["totalHours"] = Self.duration(totalMinutes)

        var number = 0
        context["units"] = course.units.enumerated().map { n, unit -> [String: Any] in
            let entries = unit.items.map { item -> [String: Any] in
                number += 1
                switch item {
                case .lesson(let lesson):
                    let reviewed = lesson.reviewOf.map { lessonTitles[$0.value] ?? $0.value }
                    return ["number": number, "title": lesson.title.value, "kind": "lesson",
                            "kindLabel": Self.kindLabel(lesson.kind),
                            "objectives": lesson.objectives.map(\.value).joined(separator: ", "),
                            "minutes": lesson.minutes.map(String.init) ?? "",
                            "reviewOf": reviewed.isEmpty ? false : reviewed.joined(separator: "; ")]
                case .quiz(let quiz):
                    let codes = Self.uniqueCodes(quiz.items.flatMap(\.objectives))
                    return ["number": number, "title": quiz.title.value, "kind": "quiz",
                            "kindLabel": "Práctica (\(quiz.items.count) preguntas)",
                            "objectives": codes.joined(separator: ", "), "minutes": "", "reviewOf": false]
                }
            }
            return ["number": n + 1, "title": unit.title.value, "domId": "unidad-\(n + 1)", "entries": entries,
                    "lessonCount": unit.items.compactMap(\.lesson).count, "quizCount": unit.items.compactMap(\.quiz).count,
                    "lessonsLabel": CountedNoun.lesson(unit.items.compactMap(\.lesson).count),
                    "quizzesLabel": CountedNoun.practiceQuiz(unit.items.compactMap(\.quiz).count),
                    "minutes": unit.items.compactMap(\.lesson).compactMap(\.minutes).reduce(0, +)]
        }

        /// Whether written codes reach a curriculum entry (itself or a descendant).
        func covers(_ objectives: [Located<String>], _ target: Int?) -> Bool {
            guard let target else { return false }
            return objectives.contains { written in
                curriculum.index(of: written.value).map { curriculum.selfAndAncestors($0).contains(target) } ?? false
            }
        }
        func statement(_ code: String) -> String {
            curriculum.index(of: code).map { curriculum.entries[$0].statement } ?? ""
        }

        context["assessment"] = false
        if let assessment = course.assessment {
            let count = max(assessment.items.count, 1)
            let blueprint = assessment.blueprint.map { entry -> [String: Any] in
                let matching = assessment.items.filter { covers($0.objectives, curriculum.index(of: entry.code.value)) }.count
                return ["code": entry.code.value, "statement": statement(entry.code.value),
                        "target": Self.percent(entry.percent.value), "count": matching,
                        "actual": Self.percent(Double(matching) * 100 / Double(count))]
            }
            let levels: [(QuizItem.Difficulty, String)] = [(.easy, "fácil"), (.medium, "media"), (.hard, "difícil")]
            let difficulty = levels.compactMap { level, label -> String? in
                let n = assessment.items.filter { $0.difficulty == level }.count
                return n == 0 ? nil : "\(n) de dificultad \(label)"
            }
            context["assessment"] = [
                "title": assessment.title.value, "itemCount": assessment.items.count,
                "passPercentage": assessment.settings.passPercentage, "attempts": assessment.settings.attempts,
                "shuffle": assessment.settings.shuffle,
                "showAnswersText": assessment.settings.showAnswers
                    ? "Al terminar, el estudiante ve las respuestas correctas y sus explicaciones."
                    : "El estudiante no ve las respuestas correctas ni cuáles contestó mal.",
                // Without a blueprint, no table: an empty one reads as a missing page.
                "hasBlueprint": !blueprint.isEmpty, "blueprint": blueprint,
                "difficulty": difficulty.isEmpty ? false : difficulty.joined(separator: ", "),
            ] as [String: Any]
        }

        let competencyCodes = course.targets.competencies.isEmpty
            ? Self.uniqueCodes(course.lessons.flatMap(\.objectives)).filter { curriculum.index(of: $0).map { curriculum.entries[$0].type == "competency" } ?? false }
            : course.targets.competencies.map(\.value)
        context["competencies"] = competencyCodes.map { code -> [String: Any] in
            let index = curriculum.index(of: code)
            return ["code": code, "statement": statement(code),
                    "lessonCount": course.lessons.filter { covers($0.objectives, index) }.count,
                    "itemCount": course.assessment?.items.filter { covers($0.objectives, index) }.count ?? 0]
        }

        context["hasSyllabus"] = !course.targets.syllabus.isEmpty
        context["syllabus"] = course.targets.syllabus.enumerated().map { n, mapping -> [String: Any] in
            ["subsystem": AudienceLabels.subsystem(mapping.subsystem.value), "domId": "subsistema-\(n + 1)",
             "codes": mapping.codes.map { code -> [String: Any] in
                let index = curriculum.index(of: code.value)
                let lessons = course.lessons.filter { covers($0.objectives, index) }.map(\.title.value)
                return ["code": code.value, "statement": statement(code.value),
                        "lessons": lessons.isEmpty ? "—" : lessons.joined(separator: "; ")]
             }]
        }

        let resources = course.lessons.flatMap { lesson in
            ((lesson.resource.map { [$0] } ?? []) + lesson.resources).map { ($0, lesson.title.value) }
        }
        context["hasResources"] = !resources.isEmpty
        context["resources"] = resources.map { resource, lesson -> [String: Any] in
            ["title": resource.title, "url": ResourceCard.isWebAddress(resource.url.value) ? resource.url.value : "",
             "provider": resource.provider.displayName, "lesson": lesson, "license": resource.license ?? "—"]
        }
        let html = TemplateAssets.render("syllabus", context)
        return RenderedPage(html: html, sourcePath: course.folder + "/course.yaml")
    }

    static func uniqueCodes(_ codes: [Located<String>]) -> [String] {
        var seen = Set<String>()
        return codes.map(\.value).filter { seen.insert($0).inserted }
    }

    /// `25.0` → `25 %`, `33.33` → `33.3 %` (Spanish writes a space before %).
    static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
        return text + " %"
    }
}
