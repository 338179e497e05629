/// The report as text, in Spanish, for a terminal or a plain file.
enum ResultsTextRenderer {
    static func render(_ report: ResultsReport) -> String {
        typealias F = ReportFormatting
        var out = "Resultados de \(report.course.title) (\(report.course.id), versión \(report.course.version))\n"
        out += "Claves: \(report.course.keys)\n"
        let input = report.input
        out += "Respuestas: \(input.files.joined(separator: ", ")): \(input.rowsRead) filas leídas, \(input.rowsUsed) usadas; "
        out += F.count(input.learners, "estudiante", "estudiantes") + "\n"
        if input.laterAttemptResponses > 0 {
            out += "\(input.laterAttemptResponses) respuestas de intentos posteriores no se califican (cuenta el primer intento).\n"
        }
        for assessment in report.assessments {
            out += "\n\(F.assessmentTitle(assessment.name)) (\(assessment.quizID)): "
            out += F.count(assessment.takers, "estudiante", "estudiantes") + ", " + F.count(assessment.items.count, "reactivo", "reactivos") + "\n"
            out += "  Puntaje medio \(F.number(assessment.meanScore, 1)) (DE \(F.number(assessment.sdScore, 1))); "
            out += "KR-20 \(F.number(assessment.kr20)); error estándar de medida \(F.number(assessment.sem)) reactivos (\(F.number(assessment.semPercent, 1)) puntos)\n"
            out += "  Grupos superior e inferior: \(assessment.groupSize) estudiantes cada uno (27%)\n"
            out += "  " + pad("reactivo", 22) + pad("p", 7) + pad("r", 7) + pad("D", 7) + pad("omit.", 7) + "opciones (* clave: proporción)\n"
            for item in assessment.items {
                var line = "  " + pad("\(item.number). \(item.id)", 22) + pad(F.number(item.difficulty), 7)
                line += pad(F.number(item.discrimination), 7) + pad(F.number(item.upperLower), 7) + pad(F.number(item.omitted), 7)
                line += (item.options ?? []).map { "\($0.letter)\($0.isKey ? "*" : " ")\(F.number($0.share))" }.joined(separator: "  ")
                out += line.trimmingTrailingSpaces() + "\n"
            }
            out += "  Distribución (aciertos: estudiantes): "
            out += assessment.distribution.enumerated().filter { $0.element > 0 }.map { "\($0.offset): \($0.element)" }.joined(separator: ", ") + "\n"
        }
        if let gains = report.gains {
            out += "\nAvance de la diagnóstica a la final\n"
            out += "  Estudiantes con ambas evaluaciones: \(gains.matched) (solo diagnóstica: \(gains.diagnosticOnly); solo final: \(gains.finalOnly))\n"
            out += gainLines(gains.overall, indent: "  ")
            if !gains.competencies.isEmpty {
                out += "  Por competencia:\n"
                for competency in gains.competencies {
                    out += "    \(competency.code) (\(F.count(competency.items, "reactivo", "reactivos"))):\n"
                    out += gainLines(competency.gain, indent: "      ")
                }
            }
            for table in gains.groups {
                out += "  Por \(table.column):\n"
                for group in table.groups {
                    out += "    \(group.value):\n" + gainLines(group.gain, indent: "      ")
                }
                if table.suppressedGroups > 0 {
                    out += "    \(F.count(table.suppressedGroups, "grupo", "grupos")) con menos de \(report.input.minGroup) estudiantes no se muestra\(table.suppressedGroups == 1 ? "" : "n") (\(F.count(table.suppressedLearners, "estudiante", "estudiantes"))).\n"
                }
            }
        } else {
            out += "\nSin avance: hacen falta respuestas de la diagnóstica y de la final.\n"
        }
        let unused = report.input.groupColumns.filter { !report.input.analysedBy.contains($0) }
        if !unused.isEmpty {
            out += "\nColumnas de agrupación sin analizar (use --by): \(unused.joined(separator: ", "))\n"
        }
        if let learners = report.learners {
            out += "\nEstudiantes (diagnóstica, final):\n"
            for learner in learners { out += "  \(learner.code): \(F.number(learner.pre, 1)), \(F.number(learner.post, 1))\n" }
        }
        return out
    }

    static func gainLines(_ gain: ResultsReport.Gain, indent: String) -> String {
        typealias F = ReportFormatting
        var out = indent + "n = \(gain.learners); media diagnóstica \(F.number(gain.meanPre, 1)), final \(F.number(gain.meanPost, 1)); "
        out += "ganancia media \(F.number(gain.meanGain, 1)) (IC 95% t: \(F.interval(gain.gainLow, gain.gainHigh)))\n"
        out += indent + "ganancia normalizada ⟨g⟩ de la clase \(F.number(gain.classNormalizedGain)); media por estudiante \(F.number(gain.learnerNormalizedGain))"
        out += " (IC 95% t: \(F.interval(gain.learnerGainLow, gain.learnerGainHigh, 2)); n = \(gain.learnersWithGain)); "
        out += "d_z \(F.number(gain.effectSize)) (IC 95%: \(F.interval(gain.effectLow, gain.effectHigh, 2)))\n"
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
