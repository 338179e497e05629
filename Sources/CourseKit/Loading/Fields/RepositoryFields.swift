/// The fields of `coursec.yaml` (see docs/format.md).
extension FieldTables {
    public static let phase = FieldTable(
        name: "phase", context: "a phase", doc: "A publication phase.", es: "Una fase de publicación.",
        fields: [
            FieldSpec("id", .id, required: true, doc: "Stable phase id.", es: "Identificador estable de la fase, p. ej. fase-1."),
            FieldSpec("title", .plain, required: true, doc: "The phase's name.", es: "Nombre de la fase."),
            FieldSpec("start", .date, required: true, doc: "First day (YYYY-MM-DD).", es: "Primer día (AAAA-MM-DD)."),
            FieldSpec("end", .date, required: true, doc: "Last day (YYYY-MM-DD).", es: "Último día (AAAA-MM-DD)."),
        ])

    static let severities = ["off", "disabled", "error", "warning", "note"]

    public static let ruleSetting = FieldTable(
        name: "rule-setting", context: "a rule's policy", doc: "A rule's severity, parameters and paths.",
        es: "Gravedad, parámetros y rutas de una regla.",
        fields: [
            FieldSpec("severity", .choice(severities), doc: "off, error, warning or note.", es: "off, error, warning o note."),
            FieldSpec("params", .dictionary(key: "parameter", value: .either([.plain, .sequence(.plain)])),
                      doc: "The rule's parameters.", es: "Parámetros de la regla."),
            FieldSpec("paths", .list(.plain), doc: "Globs of the files the setting applies to.",
                      es: "Patrones de los archivos a los que se aplica."),
        ])

    public static let htmlAllowlist = FieldTable(
        name: "html-allowlist", context: "`html-allowlist`", doc: "HTML allowed in Markdown beyond the default.",
        es: "HTML permitido en Markdown además del predeterminado.",
        fields: [
            FieldSpec("elements", .list(.plain), doc: "Element names.", es: "Nombres de elementos."),
            FieldSpec("attributes", .dictionary(key: "element", value: .list(.plain)),
                      doc: "Attributes by element (`*` for any).", es: "Atributos por elemento (`*` para todos)."),
        ])

    public static let policy = FieldTable(
        name: "policy", context: "`policy`", doc: "Rule configuration.", es: "Configuración de las reglas.",
        fields: [
            FieldSpec("rules", .dictionary(key: "rule id or name", value: .either([.choice(severities), .object(ruleSetting)])),
                      doc: "Per rule: off, a severity, or severity/params/paths.",
                      es: "Por regla (CS0206 o su nombre): off, una gravedad, o severity/params/paths."),
            FieldSpec("html-allowlist", .object(htmlAllowlist), doc: "HTML allowed in Markdown.",
                      es: "HTML permitido en Markdown."),
        ])

    public static let manifest = FieldTable(
        name: "coursec", context: "coursec.yaml", doc: "The repository: coursec.yaml.",
        es: "El repositorio: coursec.yaml.",
        fields: [
            FieldSpec("name", .plain, required: true, doc: "The programme or repository name.",
                      es: "Nombre del programa o del repositorio."),
            FieldSpec("language", .language, required: true, doc: "Default language of courses (BCP 47).",
                      es: "Idioma predeterminado de los cursos (p. ej. es-MX)."),
            FieldSpec("frameworks", .list(.plain), doc: "Curriculum framework files.",
                      es: "Archivos de marcos curriculares."),
            FieldSpec("phases", .sequence(.object(phase)), required: true, doc: "Ordered publication phases.",
                      es: "Fases de publicación, en orden."),
            FieldSpec("courses", .list(.plain), required: true, doc: "Course folders, in order.",
                      es: "Carpetas de los cursos, en el orden de la plataforma."),
            FieldSpec("policy", .object(policy), doc: "Rule configuration (docs/rules.md).",
                      es: "Configuración de las reglas (docs/rules.md)."),
        ])
}

/// Every field table of the source format, for the JSON Schemas and the
/// docs. The tables themselves live beside the loaders that use them.
public enum FieldTables {
    /// The tables that are whole files (or front matters), in docs order.
    public static var documents: [FieldTable] { [manifest, course, lesson, quiz, assessment, framework] }

    /// A table by name, for `ValueType.recursive`.
    public static func named(_ name: String) -> FieldTable? {
        [manifest, phase, policy, ruleSetting, htmlAllowlist, course, coursePlatform, courseTargets, outlineUnit,
         lesson, externalResource, quiz, assessment, framework, frameworkItem].first { $0.name == name }
    }
}
