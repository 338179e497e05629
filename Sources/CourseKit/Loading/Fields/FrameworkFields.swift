/// The fields of a curriculum framework file (see docs/alignment.md).
extension FieldTables {
    public static let frameworkItem = FieldTable(
        name: "item", context: "a framework item", doc: "A framework item.", es: "Un elemento del marco.",
        fields: [
            FieldSpec("code", .text(pattern: "^[^:\\s]+$", example: "M1"), required: true, doc: "The code, without ':' or spaces.",
                      es: "Código, sin ':' ni espacios."),
            FieldSpec("type", .plain, required: true, doc: "field, competency, learning-outcome, syllabus-unit…",
                      es: "Tipo: field, competency, learning-outcome, syllabus-unit…"),
            FieldSpec("statement", .plain, required: true, doc: "What the item says.", es: "Enunciado."),
            FieldSpec("notes", .plain, doc: "Notes.", es: "Notas."),
            FieldSpec("url", .plain, doc: "Where it is published.", es: "Dónde se publica."),
            FieldSpec("children", .sequence(.recursive("item")), doc: "Items under this one.", es: "Elementos que contiene."),
        ])

    public static let framework = FieldTable(
        name: "framework", context: "the framework", doc: "A curriculum framework.", es: "Un marco curricular.",
        fields: [
            FieldSpec("id", .id, required: true, doc: "Stable framework id.", es: "Identificador estable del marco."),
            FieldSpec("title", .plain, required: true, doc: "The framework's name.", es: "Nombre del marco."),
            FieldSpec("publisher", .plain, doc: "Who publishes it.", es: "Quién lo publica."),
            FieldSpec("version", .plain, doc: "Its edition.", es: "Edición."),
            FieldSpec("language", .plain, doc: "Its language.", es: "Idioma."),
            FieldSpec("description", .plain, doc: "A description.", es: "Descripción."),
            FieldSpec("url", .plain, doc: "Where it is published.", es: "Dónde se publica."),
            FieldSpec("items", .sequence(.object(frameworkItem)), required: true, doc: "Its items.", es: "Sus elementos."),
        ])
}
