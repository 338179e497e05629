/// The fields of a practice quiz's and the assessment's front matter.
extension FieldTables {
    public static let quiz = FieldTable(
        name: "quiz", context: "the front matter", doc: "A practice quiz's front matter.",
        es: "El encabezado de una práctica.",
        fields: [
            FieldSpec("type", .choice(["quiz"]), required: true, doc: "quiz.", es: "quiz."),
            FieldSpec("id", .id, required: true, doc: "Unique in the course, stable across versions.",
                      es: "Único en el curso y estable entre versiones."),
            FieldSpec("title", .plain, required: true, doc: "The quiz's title.", es: "Título de la práctica."),
            FieldSpec("since", .id, doc: "First phase it is published in.", es: "Primera fase en que se publica."),
            FieldSpec("draft", .boolean, doc: "true keeps it out of builds.", es: "true la deja fuera de la publicación."),
        ])

    public static let assessment = FieldTable(
        name: "assessment", context: "the front matter", doc: "The assessment's front matter.",
        es: "El encabezado de la evaluación.",
        fields: [
            FieldSpec("type", .choice(["assessment"]), required: true, doc: "assessment.", es: "assessment."),
        ] + quiz.fields.dropFirst() + [
            FieldSpec("pass", .integer(0...100), doc: "Pass percentage (default 60).",
                      es: "Porcentaje para aprobar (predeterminado: 60)."),
            FieldSpec("attempts", .integer(1...100), doc: "Attempts allowed (default 1).",
                      es: "Intentos permitidos (predeterminado: 1)."),
            FieldSpec("shuffle", .boolean, doc: "Shuffle questions and options.", es: "Barajar preguntas y opciones."),
            FieldSpec("show-answers", .boolean, doc: "Show right answers to the learner.",
                      es: "Mostrar las respuestas correctas al estudiante."),
            FieldSpec("blueprint", .dictionary(key: "competency code", value: .percentage),
                      doc: "Target share of items per competency.", es: "Porcentaje de reactivos por competencia."),
        ])
}
