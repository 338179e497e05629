extension SpanishRuleTexts {
    static let platform: [RuleText] = [
        RuleText("CS0701", summary: "El texto de una pregunta o de una opción tiene comas, que la guía del CSV de la plataforma prohíbe.", explanation: """
            Los CSV de preguntas se escriben como CSV RFC 4180: una celda con coma va entre comillas, y un \
            lector de CSV de verdad (el importador de la plataforma, Excel, LibreOffice) la lee bien. Pero la \
            guía de la propia plataforma pide no poner comas en el texto de las preguntas y las opciones, \
            porque hay quien revisa el archivo contando comas. coursec conserva las comas (cambiar la \
            redacción es decisión de quien escribe) e informa cada práctica que las tiene, para que quien \
            publica sepa abrir el archivo con una herramienta que entienda CSV. Apaga la regla en la política \
            si sabes que la importación de tu plataforma funciona.
            """),
        RuleText("CS0702", summary: "Una explicación o una respuesta aceptada tiene el separador de listas de la plataforma.", explanation: """
            La plataforma divide *Answer Explanation* en `;` (una explicación por opción) y *Correct Answer* \
            de las preguntas de completar en `;` (respuestas de un espacio) y `|` (espacios). Un `;` dentro de \
            una explicación se escribe como `,` para que las explicaciones sigan alineadas con sus opciones; \
            un `;` o `|` dentro de una respuesta aceptada no se puede escribir y la partiría en dos \
            respuestas. Una respuesta aceptada que empieza con `=`, `+`, `-` o `@` (y no tiene otra \
            alternativa que listar primero) se escribe con un apóstrofo al inicio, para que una hoja de \
            cálculo no la ejecute como fórmula, que la plataforma luego compararía al pie de la letra. Cambia \
            la redacción de la explicación o de la respuesta.
            """),
        RuleText("CS0703", summary: "Una práctica mezcla preguntas con distinto número de opciones.", explanation: """
            Todas las filas del CSV de preguntas de la plataforma tienen el mismo número de columnas `Choice \
            n`. Una pregunta con menos opciones que la más ancha (una de verdadero/falso en una práctica de \
            cuatro opciones, por ejemplo) deja celdas vacías, y la plataforma las llena con opciones de \
            relleno que hay que borrar a mano después de importar. La lista de verificación para publicar \
            nombra las preguntas afectadas; dar a todas las preguntas de la práctica el mismo número de \
            opciones evita el paso manual.
            """),
    ]
}
