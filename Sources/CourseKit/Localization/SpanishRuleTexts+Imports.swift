extension SpanishRuleTexts {
    static let imports: [RuleText] = [
        RuleText("CS1101", summary: "A un CSV de preguntas le falta una columna que tiene la plantilla de la plataforma.", explanation: """
            El CSV de preguntas de la plataforma empieza con el encabezado `Serial Number, Question Type, \
            Question Text, Choice 1 … Choice N, Correct Answer, Answer Explanation, Match Criterion`. \
            `Question Type`, `Question Text` y `Correct Answer` hacen falta para leer cualquier pregunta; las \
            columnas pueden venir en cualquier orden y con cualquier combinación de mayúsculas. No se importa \
            nada de un archivo con el encabezado mal: vuelve a exportar el archivo desde la plataforma o \
            corrige su primera fila.
            """),
        RuleText("CS1102", summary: "Una fila de un CSV de preguntas no es una pregunta que coursec pueda escribir.", explanation: """
            El `Question Type` de la fila no es uno que la plataforma importe por CSV (`Single choice`, \
            `Multiple choice`, `True false`, `Fill blanks`), el texto de la pregunta está vacío, o la fila no \
            se puede leer como CSV (unas comillas sin cerrar). La fila se omite; las demás se importan. \
            Escribe esa pregunta a mano, o corrige la fila e importa otra vez.
            """),
        RuleText("CS1103", summary: "La respuesta de una fila no corresponde a su pregunta.", explanation: """
            `Correct Answer` debe ser el número de una opción, contando desde 1 (`Single choice`), números \
            separados por `;` (`Multiple choice`), `TRUE` o `FALSE` (`True false`), o las respuestas aceptadas \
            de cada espacio separadas por `;`, con los espacios separados por `|` y un espacio (`|`) en el \
            texto de la pregunta por cada uno (`Fill blanks`, con `Exact match` o `Contains` por espacio en \
            `Match Criterion`). Una pregunta de opciones necesita dos opciones o más. La fila se omite; las \
            demás se importan.
            """),
        RuleText("CS1104", summary: "Un CSV de preguntas tiene bytes que no son texto que una pregunta pueda mostrar.", explanation: """
            Un CSV de preguntas debe ser texto UTF-8, como lo exporta la plataforma. Un archivo guardado con \
            otra codificación (el “CSV” simple de Excel es Windows-1252; su “Texto Unicode”, UTF-16) perdería \
            todos los acentos, así que no se importa nada de él: guárdalo como “CSV UTF-8” e impórtalo otra \
            vez. Una celda con un carácter de control (un NUL, un escape; los tabuladores y los saltos de línea \
            sí valen) no se puede mostrar en una pregunta: esa fila se omite y las demás se importan.
            """),
    ]
}
