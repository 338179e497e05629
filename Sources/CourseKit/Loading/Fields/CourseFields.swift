/// The fields of `course.yaml` (see docs/format.md).
extension FieldTables {
    public static let coursePlatform = FieldTable(
        name: "platform", context: "`platform`", doc: "Settings on the learning platform.",
        es: "Ajustes del curso en la plataforma.",
        fields: [
            FieldSpec("enrollment", .choice(Course.Enrollment.allCases.map(\.rawValue)),
                      doc: "auto, self (default) or admin.", es: "Inscripción: auto, self (predeterminado) o admin."),
            FieldSpec("certificate", .boolean, doc: "Whether learners get a certificate (default false).",
                      es: "Si se otorga constancia (predeterminado: false)."),
            FieldSpec("restrict-lesson-ordering", .boolean, doc: "Whether lessons must be taken in order (default false).",
                      es: "Si las lecciones deben tomarse en orden (predeterminado: false)."),
        ])

    public static let courseTargets = FieldTable(
        name: "targets", context: "`targets`", doc: "What the course must cover.", es: "Lo que el curso debe cubrir.",
        fields: [
            FieldSpec("competencies", .list(.plain), doc: "Curriculum codes the course must cover.",
                      es: "Códigos curriculares que el curso debe cubrir."),
            FieldSpec("syllabus", .dictionary(key: "subsystem", value: .list(.plain)),
                      doc: "Per subsystem, the syllabus codes the course maps to.",
                      es: "Por subsistema, los códigos del programa de estudios que cubre."),
        ])

    public static let outlineUnit = FieldTable(
        name: "unit", context: "an outline unit", doc: "A unit of the outline.", es: "Una unidad del temario.",
        fields: [
            FieldSpec("unit", .plain, required: true, doc: "The unit's title.", es: "Título de la unidad."),
            FieldSpec("id", .id, doc: "Optional stable unit id.", es: "Identificador estable de la unidad (opcional)."),
            FieldSpec("items", .list(.plain), required: true, doc: "Lesson and quiz files, in order.",
                      es: "Archivos de lecciones y prácticas, en orden."),
        ])

    public static let course = FieldTable(
        name: "course", context: "course.yaml", doc: "A course: course.yaml.", es: "Un curso: course.yaml.",
        fields: [
            FieldSpec("id", .id, required: true, doc: "Stable course id.", es: "Identificador estable del curso."),
            FieldSpec("title", .plain, required: true, doc: "Shown to learners.", es: "Título que ven los estudiantes."),
            FieldSpec("description", .plain, required: true, doc: "Shown to learners.", es: "Descripción que ven los estudiantes."),
            FieldSpec("language", .language, doc: "Defaults to the repository's.", es: "Idioma; por omisión, el del repositorio."),
            FieldSpec("subject", .plain, required: true, doc: "e.g. matematicas, fisica, quimica.",
                      es: "Asignatura, p. ej. matematicas, fisica, quimica."),
            FieldSpec("grades", .list(.integer(1...13)), required: true, doc: "Grades (10–12 for upper secondary).",
                      es: "Grados (10 a 12 en bachillerato)."),
            FieldSpec("education-models", .list(.plain), doc: "Education models served (ids).",
                      es: "Modelos educativos (identificadores)."),
            FieldSpec("subsystems", .list(.plain), doc: "Subsystems served (ids).", es: "Subsistemas (identificadores)."),
            FieldSpec("version", .version, required: true, doc: "Semantic version MAJOR.MINOR.PATCH.",
                      es: "Versión MAYOR.MENOR.PARCHE, p. ej. 1.0.0."),
            FieldSpec("platform", .object(coursePlatform), doc: "Enrollment, certificate, lesson ordering.",
                      es: "Inscripción, constancia y orden de las lecciones."),
            FieldSpec("thumbnail", .plain, doc: "Image path (PNG or JPEG).", es: "Imagen de portada (PNG o JPEG)."),
            FieldSpec("targets", .object(courseTargets), doc: "Competencies and syllabus to cover.",
                      es: "Competencias y programa que debe cubrir."),
            FieldSpec("outline", .sequence(.object(outlineUnit)), required: true, doc: "Ordered units of lessons and quizzes.",
                      es: "Unidades en orden, con sus lecciones y prácticas."),
            FieldSpec("assessment", .plain, doc: "The assessment file (diagnostic and final).",
                      es: "Archivo de la evaluación (diagnóstica y final)."),
        ])
}
