/// One-line texts, plain and marked up, for the tests that check that the
/// plain-text shortcut (`PlainInline`) never changes what Markdown renders:
/// in the question CSVs and in the quiz pages.
public enum PlainTextSamples {
    public static let all = [
        "Opción 2: 3/4 del total", "  La respuesta es 12 cm  ", "-3", "- 3", "+ 4", "+4", "1. primero", "1.5 metros",
        "12) doce", "12 kg", "2024", "---", "- - -", "===", "= 5", "# título", "#5", "¿Cuánto es 3 por 4?",
        "Sí", "No", "verdadero", "\"cita\" y 'apóstrofo'", "a < b", "a & b", "*énfasis*", "**fuerte**",
        "x_1 más y", "[enlace](https://example.org)", "https://example.org", "visita www.example.org",
        "correo@example.org", "$x^2$", "costó $5", "`código`", "a | b", "línea\ncon salto", "tab\tulado",
        "    código indentado", "   tres espacios", "~~tachado~~", "![img](a.png)", "a\\*b", "¡Hola!",
        "El 50 % de 80", "3 × 4 = 12", "Opción 4: finalmente estudiante", "x^2 + 1", "1)", "9999999999. mucho",
        "new. word", "ratio 2:1", "http:/x", "café, té; agua", "dos  espacios internos", "“comillas” tipográficas",
        "Respuesta 2 variable", "¿Cuál es el resultado?", "", "   ",
    ]
}
