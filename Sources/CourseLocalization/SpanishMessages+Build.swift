extension SpanishMessages {
    static let build: [(String, String)] = [
        ("this name cannot be part of a file name; use lowercase letters, digits and '-' only",
         "este nombre no puede formar parte de un nombre de archivo; usa solo minúsculas, dígitos y '-'"),
        ("unknown target '{0}'; available: {1}", "destino desconocido '{0}'; los disponibles son: {1}"),
        ("the repository declares no phases", "el repositorio no declara fases"),
        ("unknown phase '{0}'; the repository declares: {1}", "fase desconocida '{0}'; el repositorio declara: {1}"),
        ("unknown course '{0}'; this phase has: {1}", "curso desconocido '{0}'; esta fase tiene: {1}"),
        ("build failed: {0}", "la construcción falló: {0}"),
        ("it cannot be read any more", "ya no se puede leer"),
        // The targets, as `coursec build --help` lists them.
        ("an offline HTML course that works from file://", "un curso HTML sin conexión que funciona desde file://"),
        ("the platform's bulk-upload courses ZIP, question CSVs, course details and deployment checklist",
         "el ZIP de carga masiva de cursos de la plataforma, los CSV de preguntas, los datos del curso y la lista de verificación para publicarlo"),
        ("one SCORM 1.2 package per course (or per lesson)", "un paquete SCORM 1.2 por curso (o por lección)"),
        ("the teachers' printable syllabus", "el programa imprimible para docentes"),
    ]
}
