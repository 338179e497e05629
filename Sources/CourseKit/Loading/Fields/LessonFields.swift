/// The fields of a lesson's front matter and of external resources.
extension FieldTables {
    public static let externalResource = FieldTable(
        name: "resource", context: "an external resource", doc: "A resource on the web.", es: "Un recurso en la web.",
        fields: [
            FieldSpec("provider", .choice(ExternalResource.Provider.allCases.map(\.rawValue)), required: true,
                      doc: "geogebra, phet, khan-academy, youtube, vimeo or web.",
                      es: "Proveedor: geogebra, phet, khan-academy, youtube, vimeo o web."),
            FieldSpec("url", .url, required: true, doc: "Full address (https://…).", es: "Dirección completa (https://…)."),
            FieldSpec("title", .plain, required: true, doc: "Shown to learners.", es: "Título que ven los estudiantes."),
            FieldSpec("license", .plain, doc: "The resource's licence.", es: "Licencia del recurso."),
            FieldSpec("fallback", .plain, doc: "File shown offline.", es: "Archivo que se muestra sin conexión."),
        ])

    static let documentTypes = ["lesson", "quiz", "assessment"]

    public static let lesson = FieldTable(
        name: "lesson", context: "the front matter", doc: "A lesson's front matter.",
        es: "El encabezado de una lección.",
        fields: [
            FieldSpec("type", .choice(["lesson"]), doc: "lesson (the default).", es: "lesson (predeterminado)."),
            FieldSpec("id", .id, required: true, doc: "Unique in the course, stable across versions.",
                      es: "Único en el curso y estable entre versiones."),
            FieldSpec("title", .plain, required: true, doc: "The lesson's title.", es: "Título de la lección."),
            FieldSpec("kind", .choice(Lesson.Kind.allCases.map(\.rawValue)),
                      doc: "text (default), video, audio, pdf, html, scorm or link.",
                      es: "Tipo: text (predeterminado), video, audio, pdf, html, scorm o link."),
            FieldSpec("objectives", .list(.plain), doc: "Curriculum codes taught.", es: "Códigos curriculares que enseña."),
            FieldSpec("minutes", .integer(1...600), doc: "Estimated study time.", es: "Tiempo estimado de estudio, en minutos."),
            FieldSpec("tags", .list(.plain), doc: "Search keywords.", es: "Palabras clave de búsqueda."),
            FieldSpec("review-of", .list(.plain), doc: "Ids of earlier lessons revisited.",
                      es: "Identificadores de lecciones anteriores que repasa."),
            FieldSpec("draft", .boolean, doc: "true keeps it out of builds.", es: "true la deja fuera de la publicación."),
            FieldSpec("since", .id, doc: "First phase it is published in.", es: "Primera fase en que se publica."),
            FieldSpec("file", .plain, doc: "The file of a video, audio, pdf, html or scorm lesson.",
                      es: "Archivo de una lección video, audio, pdf, html o scorm."),
            FieldSpec("subtitles", .dictionary(key: "language", value: .plain), doc: "WebVTT files by language (video).",
                      es: "Subtítulos WebVTT por idioma (solo video)."),
            FieldSpec("resources", .sequence(.object(externalResource)), doc: "External resources shown with the lesson.",
                      es: "Recursos externos que acompañan la lección."),
            FieldSpec("resource", .object(externalResource), doc: "The resource of a link lesson.",
                      es: "El recurso de una lección link."),
        ])
}
