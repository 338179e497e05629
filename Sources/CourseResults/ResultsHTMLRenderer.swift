/// The report as one self-contained HTML page in Spanish: inline CSS, plots
/// as inline SVG (an item map linked to the item rows, the pre and post
/// score distributions, gains per competency with their intervals) and
/// the tables they are drawn from. No script, no external file; the markup
/// is well-formed XML so tools can parse it.
enum ResultsHTMLRenderer {
    typealias F = ReportFormatting

    static let style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4;max-width:72rem}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem}h3{font-size:1.1rem}
        table{border-collapse:collapse;margin:1rem 0}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}
        thead th{background:#eee}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.flagged th{background:#fde2e1}td.opts{white-space:nowrap;font-variant-numeric:tabular-nums}.key{font-weight:700;text-decoration:underline}
        .note{color:#444;font-size:.95em}figure{margin:1rem 0}figcaption{font-size:.9em;color:#444}
        tr:target{outline:3px solid #1f5fa8}
        @media print{body{margin:0;font-size:9pt}section{break-inside:avoid-page}}
        """

    static func render(_ report: ResultsReport) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"es\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>Resultados — \(e(report.course.title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<h1>Resultados de \(e(report.course.title))</h1>\n"
        let input = report.input
        out += "<p>Curso <code>\(e(report.course.id))</code>, versión \(e(report.course.version)). Claves de respuesta: \(e(report.course.keys)).</p>\n"
        out += "<p>Respuestas: \(e(input.files.joined(separator: ", "))): \(input.rowsRead) filas leídas, \(input.rowsUsed) usadas; "
        out += "\(e(F.count(input.learners, "estudiante", "estudiantes"))).</p>\n"
        if input.laterAttemptResponses > 0 {
            out += "<p class=\"note\">\(input.laterAttemptResponses) respuestas de intentos posteriores no se califican: cuenta el primer intento de cada estudiante.</p>\n"
        }
        out += report.learners == nil
            ? "<p class=\"note\">Este informe no muestra los códigos de los estudiantes.</p>\n"
            : "<p class=\"note\"><strong>Este informe muestra los códigos de los estudiantes (--show-learners): no lo comparta.</strong></p>\n"
        if let gains = report.gains { out += gainsSection(gains, report: report) }
        for assessment in report.assessments { out += assessmentSection(assessment) }
        if let learners = report.learners {
            out += "<section id=\"estudiantes\">\n<h2>Estudiantes</h2>\n<table>\n<thead><tr><th scope=\"col\">Código</th><th scope=\"col\">Diagnóstica</th><th scope=\"col\">Final</th></tr></thead>\n<tbody>\n"
            for learner in learners {
                out += "<tr><th scope=\"row\">\(e(learner.code))</th><td class=\"n\">\(F.number(learner.pre, 1))</td><td class=\"n\">\(F.number(learner.post, 1))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func e(_ text: String) -> String { HTMLEscape.text(text) }

    static func gainsSection(_ gains: ResultsReport.Gains, report: ResultsReport) -> String {
        var out = "<section id=\"avance\">\n<h2>Avance de la diagnóstica a la final</h2>\n"
        out += "<p>\(gains.matched) estudiantes presentaron ambas evaluaciones; \(gains.diagnosticOnly) solo la diagnóstica y \(gains.finalOnly) solo la final (no se cuentan en el avance).</p>\n"
        let labels = (0..<10).map { "\($0 * 10)–\($0 * 10 + 9)" } + ["100"]
        out += "<figure>\n" + SVGCharts.histograms(pre: gains.preHistogram, post: gains.postHistogram, labels: labels,
                                                    title: "Distribución de calificaciones, diagnóstica y final")
        out += "<figcaption>Estudiantes con ambas evaluaciones, por calificación (0–100).</figcaption>\n</figure>\n"
        out += "<table>\n<caption>Calificaciones por intervalo</caption>\n<thead><tr><th scope=\"col\">Calificación</th>"
        out += labels.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        out += "<tr><th scope=\"row\">Diagnóstica</th>" + gains.preHistogram.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        out += "<tr><th scope=\"row\">Final</th>" + gains.postHistogram.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        out += "</tbody>\n</table>\n"
        var rows = [("Todo el curso", gains.overall)]
        rows += gains.competencies.map { ("\($0.code) (\($0.items) reactivos)", $0.gain) }
        let intervals = rows.compactMap { label, gain -> SVGCharts.Interval? in
            guard let value = gain.meanGain, let low = gain.gainLow, let high = gain.gainHigh else { return nil }
            return SVGCharts.Interval(label: label, value: value, low: low, high: high)
        }
        if !intervals.isEmpty {
            out += "<figure>\n" + SVGCharts.intervals(intervals, title: "Ganancia media por competencia, con intervalo de confianza de 95%", unit: "puntos")
            out += "<figcaption>Ganancia media (final − diagnóstica, en puntos de 100) con su intervalo de confianza de 95% (t de Student).</figcaption>\n</figure>\n"
        }
        out += gainTable(rows, caption: "Avance por competencia", header: "Competencia")
        for table in gains.groups {
            out += gainTable(table.groups.map { ($0.value, $0.gain) }, caption: "Avance por \(table.column)", header: table.column)
            if table.suppressedGroups > 0 {
                out += "<p class=\"note\">\(e(F.count(table.suppressedGroups, "grupo", "grupos"))) de \(e(table.column)) con menos de \(report.input.minGroup) estudiantes no se muestra\(table.suppressedGroups == 1 ? "" : "n") (\(e(F.count(table.suppressedLearners, "estudiante", "estudiantes")))), para proteger su privacidad.</p>\n"
            }
        }
        out += "<p class=\"note\">Ganancia: final − diagnóstica en puntos de 100. ⟨g⟩ de la clase: (media final − media diagnóstica) / (100 − media diagnóstica) (Hake); ⟨g⟩ por estudiante: media de (final − diagnóstica) / (100 − diagnóstica) de quienes no obtuvieron 100 en la diagnóstica. d<sub>z</sub>: ganancia media / desviación estándar de las ganancias. Intervalos de 95%: t de Student para las medias, aproximación normal para d<sub>z</sub>.</p>\n"
        return out + "</section>\n"
    }

    static func gainTable(_ rows: [(String, ResultsReport.Gain)], caption: String, header: String) -> String {
        var out = "<table>\n<caption>\(e(caption))</caption>\n<thead><tr><th scope=\"col\">\(e(header))</th><th scope=\"col\">n</th>"
        for title in ["Diagnóstica", "Final", "Ganancia", "IC 95%", "⟨g⟩ clase", "⟨g⟩ por estudiante", "IC 95%", "d<sub>z</sub>", "IC 95%"] {
            out += "<th scope=\"col\">\(title)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (label, gain) in rows {
            out += "<tr><th scope=\"row\">\(e(label))</th><td class=\"n\">\(gain.learners)</td>"
            out += "<td class=\"n\">\(F.number(gain.meanPre, 1))</td><td class=\"n\">\(F.number(gain.meanPost, 1))</td>"
            out += "<td class=\"n\">\(F.number(gain.meanGain, 1))</td><td class=\"n\">\(F.interval(gain.gainLow, gain.gainHigh))</td>"
            out += "<td class=\"n\">\(F.number(gain.classNormalizedGain))</td><td class=\"n\">\(F.number(gain.learnerNormalizedGain))</td>"
            out += "<td class=\"n\">\(F.interval(gain.learnerGainLow, gain.learnerGainHigh, 2))</td>"
            out += "<td class=\"n\">\(F.number(gain.effectSize))</td><td class=\"n\">\(F.interval(gain.effectLow, gain.effectHigh, 2))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func anchor(_ assessment: ResultsReport.Assessment, _ item: ResultsReport.Item) -> String {
        "reactivo-\(HTMLEscape.id(assessment.name))-\(item.number)"
    }

    static func assessmentSection(_ a: ResultsReport.Assessment) -> String {
        let title = F.assessmentTitle(a.name)
        var out = "<section id=\"\(HTMLEscape.id("evaluacion-" + a.name))\">\n<h2>\(e(title))</h2>\n"
        out += "<p>\(e(a.title)) (<code>\(e(a.quizID))</code>): \(a.takers) estudiantes, \(a.items.count) reactivos. "
        out += "Calificación media \(F.number(a.meanScore, 1)) (desviación estándar \(F.number(a.sdScore, 1))); "
        out += "confiabilidad KR-20 \(F.number(a.kr20)); error estándar de medida \(F.number(a.sem)) reactivos (\(F.number(a.semPercent, 1)) puntos).</p>\n"
        let flagged = Set(a.flags.map(\.item))
        let points = a.items.compactMap { item -> SVGCharts.Point? in
            guard let r = item.discrimination else { return nil }
            return SVGCharts.Point(x: item.difficulty, y: r, label: "\(item.number). \(item.id): p = \(F.number(item.difficulty)), r = \(F.number(r))",
                                   href: anchor(a, item), flagged: flagged.contains(item.id))
        }
        out += "<figure>\n" + SVGCharts.itemMap(points, title: "Mapa de reactivos: \(title)")
        out += "<figcaption>Un punto por reactivo (enlazado a su fila); los cuadros rojos tienen alertas. Bajo la línea roja (r &lt; 0), los estudiantes fuertes fallan más que los débiles.</figcaption>\n</figure>\n"
        out += "<table>\n<caption>Reactivos</caption>\n<thead><tr><th scope=\"col\">Reactivo</th><th scope=\"col\">Tipo</th><th scope=\"col\">Competencias</th>"
        out += "<th scope=\"col\">p</th><th scope=\"col\">r</th><th scope=\"col\">D (27%)</th><th scope=\"col\">p sup.</th><th scope=\"col\">p inf.</th>"
        out += "<th scope=\"col\">Omisión</th><th scope=\"col\">Opciones: proporción (sup./inf.) [r]</th><th scope=\"col\">Alertas</th></tr></thead>\n<tbody>\n"
        for item in a.items {
            let itemFlags = a.flags.filter { $0.item == item.id }
            out += "<tr id=\"\(anchor(a, item))\"\(itemFlags.isEmpty ? "" : " class=\"flagged\"")><th scope=\"row\">\(item.number). \(e(item.id))</th>"
            out += "<td>\(e(F.kindName(item.kind)))</td><td>\(e(item.objectives.joined(separator: ", ")))</td>"
            out += "<td class=\"n\">\(F.number(item.difficulty))</td><td class=\"n\">\(F.number(item.discrimination))</td>"
            out += "<td class=\"n\">\(F.number(item.upperLower))</td><td class=\"n\">\(F.number(item.upperDifficulty))</td>"
            out += "<td class=\"n\">\(F.number(item.lowerDifficulty))</td><td class=\"n\">\(F.number(item.omitted))</td><td class=\"opts\">"
            out += (item.options ?? []).map { o in
                "<span\(o.isKey ? " class=\"key\"" : "")>\(o.letter)\(o.isKey ? " (clave)" : "")</span>: \(F.number(o.share)) (\(F.number(o.upperShare))/\(F.number(o.lowerShare))) [\(F.number(o.discrimination))]"
            }.joined(separator: "<br/>")
            out += "</td><td>" + itemFlags.map { "<code>\(e($0.rule))</code> \(e($0.message))" }.joined(separator: "<br/>") + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<table>\n<caption>Distribución de aciertos</caption>\n<thead><tr><th scope=\"col\">Aciertos</th><th scope=\"col\">Estudiantes</th></tr></thead>\n<tbody>\n"
        for (score, count) in a.distribution.enumerated() {
            out += "<tr><th scope=\"row\">\(score)</th><td class=\"n\">\(count)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<p class=\"note\">p: proporción de aciertos. r: correlación entre acertar el reactivo y la calificación en los demás reactivos. D: p del 27% superior menos p del 27% inferior (\(a.groupSize) estudiantes cada grupo). Por opción: proporción que la eligió en total, en el grupo superior y en el inferior, y su correlación con la calificación en los demás reactivos.</p>\n"
        return out + "</section>\n"
    }
}
