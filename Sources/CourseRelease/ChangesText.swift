import CourseKit

/// The sentences of `CHANGES.md`, per language. Each course's section is
/// written in the course's language when there is a template for it
/// (Spanish and English today), otherwise in English.
struct ChangesText: Sendable {
    var title: @Sendable (String) -> String
    var comparedWith: @Sendable (String) -> String
    var firstRelease: String
    var noChanges: String
    var version: @Sendable (String) -> String
    var versionChange: @Sendable (String, String) -> String
    var courseAdded: @Sendable (ChangeSet.Counts) -> String
    var courseRemoved: String
    var counts: @Sendable (Int, Int) -> String
    var details: String
    var added, removed, moved, retitled, edited, assessment, resources: String
    var kind: @Sendable (ContentSnapshot.Item.Kind) -> String
    var inUnit: @Sendable (String, Int) -> String
    var move: @Sendable (String?, Int, String?, Int) -> String
    var assessmentWarning: String
    var questionsAdded, questionsRemoved, questionsEdited: String
    var reordered, settingsChanged: String
    var wholeAssessment: @Sendable (String) -> String
    var resourceNew, resourceGone: String

    static func forLanguage(_ tag: String) -> ChangesText {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return primary == "es" ? .spanish : .english
    }

    static let spanish = ChangesText(
        title: { "Cambios: \($0)" },
        comparedWith: { "Comparado con: \($0)." },
        firstRelease: "Primera publicación: no hay una publicación anterior con la cual comparar.",
        noChanges: "Sin cambios.",
        version: { "versión \($0)" },
        versionChange: { "versión \($0) → \($1)" },
        courseAdded: { "Curso nuevo en esta publicación: \(CountedNoun.lesson($0.lessons)), \(CountedNoun.practiceQuiz($0.quizzes))"
            + ($0.assessmentItems > 0 ? " y una evaluación de \($0.assessmentItems) preguntas." : ".") },
        courseRemoved: "Este curso ya no se publica.",
        counts: { "Lecciones y prácticas publicadas: \($0) → \($1). El avance de cada estudiante se calcula sobre este número." },
        details: "Cambió la información del curso (descripción, inscripción, certificado, portada o metas curriculares).",
        added: "Añadidas", removed: "Retiradas", moved: "Cambiadas de lugar", retitled: "Con nuevo título",
        edited: "Con contenido modificado", assessment: "Evaluación (diagnóstico y final)",
        resources: "Recursos externos",
        kind: { switch $0 { case .lesson: "Lección"; case .quiz: "Práctica"; case .assessment: "Evaluación" } },
        inUnit: { "unidad «\($0)», lugar \($1)" },
        move: { $0 == $2 ? "en la unidad «\($0 ?? "")», del lugar \($1) al \($3)"
            : "de " + ($0.map { "la unidad «\($0)», " } ?? "") + "lugar \($1), a " + ($2.map { "la unidad «\($0)», " } ?? "") + "lugar \($3)" },
        assessmentWarning: "**⚠ Cambiaron preguntas de la evaluación.** El diagnóstico y la evaluación final solo son "
            + "comparables dentro de una misma versión de la evaluación: no compare puntajes obtenidos antes y después de este cambio.",
        questionsAdded: "Preguntas añadidas", questionsRemoved: "Preguntas retiradas", questionsEdited: "Preguntas modificadas",
        reordered: "Cambió el orden de las preguntas.",
        settingsChanged: "Cambió la configuración de la evaluación (título, instrucciones, porcentaje para aprobar, intentos u orden aleatorio).",
        wholeAssessment: { $0 == "added" ? "La evaluación se publica por primera vez." : "La evaluación ya no se publica." },
        resourceNew: "nuevo", resourceGone: "retirado")

    static let english = ChangesText(
        title: { "Changes: \($0)" },
        comparedWith: { "Compared with: \($0)." },
        firstRelease: "First release: there is no earlier release to compare with.",
        noChanges: "No changes.",
        version: { "version \($0)" },
        versionChange: { "version \($0) → \($1)" },
        courseAdded: { "New course in this release: \($0.lessons) lessons, \($0.quizzes) practice quizzes"
            + ($0.assessmentItems > 0 ? " and an assessment of \($0.assessmentItems) questions." : ".") },
        courseRemoved: "This course is no longer published.",
        counts: { "Lessons and quizzes published: \($0) → \($1). Each learner's progress is counted against this number." },
        details: "The course details changed (description, enrollment, certificate, thumbnail or curriculum targets).",
        added: "Added", removed: "Removed", moved: "Moved", retitled: "Retitled", edited: "Edited",
        assessment: "Assessment (diagnostic and final)", resources: "External resources",
        kind: { switch $0 { case .lesson: "Lesson"; case .quiz: "Practice quiz"; case .assessment: "Assessment" } },
        inUnit: { "unit “\($0)”, place \($1)" },
        move: { $0 == $2 ? "within unit “\($0 ?? "")”, from place \($1) to \($3)"
            : "from " + ($0.map { "unit “\($0)”, " } ?? "") + "place \($1), to " + ($2.map { "unit “\($0)”, " } ?? "") + "place \($3)" },
        assessmentWarning: "**⚠ Assessment questions changed.** Diagnostic and final scores are comparable only within "
            + "one version of the assessment: do not compare scores obtained before and after this change.",
        questionsAdded: "Questions added", questionsRemoved: "Questions removed", questionsEdited: "Questions edited",
        reordered: "The order of the questions changed.",
        settingsChanged: "The assessment's settings changed (title, instructions, pass mark, attempts or shuffling).",
        wholeAssessment: { $0 == "added" ? "The assessment is published for the first time." : "The assessment is no longer published." },
        resourceNew: "new", resourceGone: "removed")
}
