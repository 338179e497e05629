import CourseKit
import Foundation

/// `DEPLOY.md`: the deployer's checklist for one course on the platform,
/// in Spanish (the programme's language), generated from the same plan as
/// the upload, so the two cannot disagree. It names every file the deployer
/// uploads by hand (question CSVs, the thumbnail, subtitles), each at the
/// step that uses it and all together in a final list.
struct DeployChecklist {
    let plan: CoursePlan
    let details: CourseDetails
    let exports: [String: QuizExport]
    let phase: Phase

    func markdown() -> String {
        let course = plan.course
        var md = "# Publicación de «\(course.title.value)» en la plataforma\n\n"
        md += "Fase: \(phase.title) (`\(phase.id)`). Versión del curso: \(course.version.value). "
        md += "Generado por coursec; no lo edites a mano.\n\n"
        md += "Al terminar, el curso debe tener **\(CountedNoun.lesson(details.counts.lessons))** y "
        md += "**\(CountedNoun.quiz(details.counts.quizzes))** (\(CountedNoun.practiceQuiz(details.counts.practiceQuizzes)), la diagnóstica y la final): "
        md += "\(details.counts.total) elementos en total, que son la base del porcentaje de avance.\n\n"

        md += "## 1. Cargar las lecciones\n\n"
        md += "- [ ] En la categoría del programa, usa **Carga masiva de cursos** (*Bulk upload courses*) con `../courses.zip`.\n"
        md += "- [ ] Comprueba que aparece el curso **\(plan.folderName)** con \(CountedNoun.lesson(details.counts.lessonsInUpload)), de "
        md += "`\(plan.lessons.first?.fileName.map(stripExtension) ?? "—")` a `\(plan.lessons.last?.fileName.map(stripExtension) ?? "—")`.\n"
        let introductions = plan.entries.filter(\.isIntroduction)
        if !introductions.isEmpty {
            md += "- Las lecciones «… — introducción» (\(introductions.map { "`\($0.number)`" }.joined(separator: ", "))) llevan el texto "
            md += "que acompaña a un video, un PDF, un enlace o un paquete: van justo antes de la lección que presentan.\n"
        }
        md += "\n"

        md += "## 2. Datos del curso\n\n"
        md += "La carga masiva deja valores por defecto; edita el curso y pon:\n\n"
        md += "- [ ] Descripción: la de `course.json` (`description`).\n"
        if let thumbnail = details.thumbnail { md += "- [ ] Imagen del curso: `\(thumbnail)`.\n" }
        md += "- [ ] Inscripción: \(enrollmentText(course.platform.enrollment)).\n"
        md += "- [ ] Certificado: \(course.platform.certificate ? "activado" : "desactivado").\n"
        md += "- [ ] Restringir el orden de las lecciones: \(course.platform.restrictLessonOrdering ? "sí" : "no").\n"
        if course.platform.enrollment == .auto {
            md += "- Nota: con inscripción automática la plataforma no permite traducciones del curso.\n"
        }
        md += "\n"

        md += "## 3. Evaluaciones, prácticas y enlaces, en este orden\n\n"
        md += "Los números hacen que el orden alfabético de la plataforma sea el del temario: pon a cada elemento "
        md += "el nombre indicado, con su número, y colócalo entre las lecciones de número anterior y posterior.\n\n"
        for entry in plan.entries where entry.kind != .lesson {
            md += "- [ ] " + step(entry) + "\n"
        }
        md += "\n"

        var section = 4
        let videos = plan.entries.filter { !$0.subtitles.isEmpty }
        if !videos.isEmpty {
            md += "## \(section). Subtítulos de los videos\n\n"
            md += "La carga masiva no lleva subtítulos: edita cada video y agrega sus archivos WebVTT (uno por idioma).\n\n"
            for entry in videos {
                let files = entry.subtitles.map { "`\($0.file)` (\($0.language))" }.joined(separator: ", ")
                md += "- [ ] **\(entry.platformName)**: \(files).\n"
            }
            md += "\n"
            section += 1
        }

        let placeholders = plan.entries.compactMap { entry -> String? in
            guard let csv = entry.csvName, let export = exports[csv], !export.placeholderSerials.isEmpty,
                  entry.kind != .final else { return nil }
            return "- [ ] **\(entry.platformName)**: borra las opciones de relleno de las preguntas "
                + export.placeholderSerials.map(String.init).joined(separator: ", ")
                + (entry.kind == .diagnostic ? " (también en la evaluación final)" : "") + "."
        }
        if !placeholders.isEmpty {
            md += "## \(section). Opciones de relleno\n\n"
            md += "Todas las filas de un CSV tienen el mismo número de columnas de opciones; la plataforma llena "
            md += "las que sobran con opciones de relleno que hay que borrar a mano después de importar:\n\n"
            md += placeholders.joined(separator: "\n") + "\n\n"
        }

        md += "## Archivos que subes a mano\n\n"
        md += "Todos están en esta carpeta; `courses.zip` (una carpeta arriba) lleva las lecciones.\n\n"
        md += "| Archivo | Para |\n| --- | --- |\n"
        for (file, use) in manualFiles() { md += "| `\(file)` | \(cell(use)) |\n" }
        md += "\n"

        md += "## Temario completo\n\n| Nº | Tipo | Nombre en la plataforma | Archivo |\n| --- | --- | --- | --- |\n"
        for entry in plan.entries {
            let file = entry.fileName.map { "`\($0)` (en courses.zip)" } ?? entry.csvName.map { "`\($0)`" }
                ?? entry.lesson?.resource?.url.value ?? ""
            md += "| \(entry.number) | \(kindText(entry)) | \(cell(entry.platformName)) | \(cell(file)) |\n"
        }
        return md
    }

    /// Every file of the course folder the deployer uploads by hand, with its use.
    func manualFiles() -> [(file: String, use: String)] {
        var files: [(file: String, use: String)] = []
        if let thumbnail = details.thumbnail { files.append((thumbnail, "imagen del curso (paso 2)")) }
        var seen = Set<String>()
        for entry in plan.entries {
            if let csv = entry.csvName, seen.insert(csv).inserted {
                let use = entry.kind == .diagnostic || entry.kind == .final
                    ? "preguntas de la evaluación diagnóstica y de la final (paso 3)"
                    : "preguntas de «\(entry.platformName)» (paso 3)"
                files.append((csv, use))
            }
            for subtitle in entry.subtitles {
                files.append((subtitle.file, "subtítulos (\(subtitle.language)) de «\(entry.platformName)»"))
            }
        }
        return files
    }

    private func step(_ entry: CoursePlan.Entry) -> String {
        let name = "**\(entry.platformName)**"
        switch entry.kind {
        case .diagnostic:
            return "\(name): evaluación **no calificada** al inicio del curso (antes de la lección 01); importa las preguntas de `\(entry.csvName ?? "")`. Es idéntica a la final."
        case .final:
            let s = entry.quiz?.settings ?? .init()
            return "\(name): evaluación **calificada** (examen), el último elemento del curso; importa `\(entry.csvName ?? "")` "
                + "(el mismo archivo que la diagnóstica). Aprobación \(s.passPercentage) %, \(s.attempts) intento(s), "
                + "mezclar preguntas y opciones: \(s.shuffle ? "sí" : "no"), mostrar respuestas: \(s.showAnswers ? "sí" : "no")."
        case .quiz:
            let count = entry.csvName.flatMap { exports[$0]?.questionCount } ?? 0
            return "\(name): evaluación no calificada (práctica) de \(count) preguntas; importa `\(entry.csvName ?? "")`."
        case .link:
            let resource = entry.lesson?.resource
            let provider = resource.map { " (\($0.provider.displayName))" } ?? ""
            return "\(name): lección de **enlace externo**\(provider) a <\(resource?.url.value ?? "")>. No se puede descargar para usarla sin conexión."
        case .lesson:
            return name
        }
    }

    private func kindText(_ entry: CoursePlan.Entry) -> String {
        switch entry.kind {
        case .diagnostic: "evaluación diagnóstica"
        case .final: "evaluación final"
        case .quiz: "práctica"
        case .link: "enlace externo"
        case .lesson where entry.isIntroduction:
            "lección HTML (introducción)"
        case .lesson:
            switch entry.lesson?.kind ?? .text {
            case .text, .html: "lección HTML"
            case .scorm: "lección SCORM"
            case .video: "video"
            case .audio: "audio"
            case .pdf: "PDF"
            case .link: "enlace externo"
            }
        }
    }

    private func enrollmentText(_ enrollment: Course.Enrollment) -> String {
        switch enrollment {
        case .auto: "inscribir automáticamente a todos los estudiantes"
        case .`self`: "autoinscripción"
        case .admin: "solo los administradores inscriben"
        }
    }

    private func stripExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    private func cell(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "|")) ? text.replacingOccurrences(of: "|", with: "\\|") : text
    }
}
