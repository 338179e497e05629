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
        // A file the check read and a target could not (it changed during the build).
        ("cannot read '{0}' ({1}:{2}), which the check read: it changed since",
         "no se puede leer '{0}' ({1}:{2}), que la revisión sí leyó: cambió desde entonces"),
        ("cannot read the fallback '{0}' ({1}:{2}), which the check read: it changed since",
         "no se puede leer la alternativa '{0}' ({1}:{2}), que la revisión sí leyó: cambió desde entonces"),
        // SCORM packages that coursec itself planned wrong (an internal error).
        ("two different files were planned at the same package path '{0}'",
         "se planearon dos archivos distintos en la misma ruta del paquete '{0}'"),
        ("package {0}: files not listed in the manifest: {1}; listed but absent: {2}",
         "paquete {0}: archivos que el manifiesto no lista: {1}; listados pero ausentes: {2}"),
        ("package {0}: the manifest does not validate against the SCORM 1.2 schemas, so it was not written:\n{1}",
         "paquete {0}: el manifiesto no es válido según los esquemas de SCORM 1.2, así que no se escribió:\n{1}"),
        ("Templates/scorm12/runtime.js is not embedded in this binary (run scripts/embed-templates.sh)",
         "Templates/scorm12/runtime.js no está incluido en este programa (ejecuta scripts/embed-templates.sh)"),
        // The targets, as `coursec build --help` lists them.
        ("an offline HTML course that works from file://", "un curso HTML sin conexión que funciona desde file://"),
        ("the platform's bulk-upload courses ZIP, question CSVs, course details and deployment checklist",
         "el ZIP de carga masiva de cursos de la plataforma, los CSV de preguntas, los datos del curso y la lista de verificación para publicarlo"),
        ("one SCORM 1.2 package per course (or per lesson)", "un paquete SCORM 1.2 por curso (o por lección)"),
        ("the teachers' printable syllabus", "el programa imprimible para docentes"),
    ]
}
