extension SpanishMessages {
    static let diagnostics: [(String, String)] = [
        ("this suppression of {0} silences nothing on the element after it; remove it",
         "esta supresión de {0} no silencia nada en el elemento que le sigue; quítala"),
        // The summary line: "2 errores, 1 advertencia en 3 archivos".
        ("{0} error", "{0} error"),
        ("{0} errors", "{0} errores"),
        ("{0} warning", "{0} advertencia"),
        ("{0} warnings", "{0} advertencias"),
        ("{0} note", "{0} nota"),
        ("{0} notes", "{0} notas"),
        ("no problems", "sin problemas"),
        ("{0} in {1}", "{0} en {1}"),
        ("{0} file", "{0} archivo"),
        ("{0} files", "{0} archivos"),
        // Severities, as the text output labels them.
        ("note", "nota"),
        ("warning", "advertencia"),
        ("error", "error"),
    ]
}
