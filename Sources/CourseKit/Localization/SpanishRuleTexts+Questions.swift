extension SpanishRuleTexts {
    static let questions: [RuleText] = [
        RuleText("CS0301", summary: "Una práctica no tiene preguntas.", explanation: """
            Las preguntas se escriben como lista numerada después del encabezado: cada elemento `1.`, `2.`… es \
            una pregunta, con sus opciones como lista de casillas (`- [x]` correcta, `- [ ]` incorrecta). Ve \
            docs/format.md.
            """),
        RuleText("CS0302", summary: "Una pregunta no tiene id.", explanation: """
            Cada pregunta lleva un id estable entre llaves al final de su primera línea, p. ej. \
            `{#suma-fracciones objectives=M1}`. El id permite comparar resultados entre fases y versiones \
            aunque se edite el texto.
            """),
        RuleText("CS0303", summary: "Una pregunta no tiene respuesta correcta.", explanation: """
            Marca la opción correcta con `[x]`. Una pregunta de completar necesita al menos un espacio \
            `[[answer]]` en su enunciado.
            """),
        RuleText("CS0304", summary: "Una pregunta de opción única tiene más de una opción correcta.", explanation: """
            Una pregunta es de opción única salvo que diga `type=multiple`. Si de verdad hay varias opciones \
            correctas, agrega `type=multiple` entre las llaves de la pregunta; si no, deja un solo `[x]`. Una \
            pregunta de verdadero/falso (`type=true-false`) tiene exactamente una: `[x] Verdadero` si la \
            afirmación es verdadera, `[x] Falso` si es falsa.
            """),
        RuleText("CS0305", summary: "No se entienden los atributos de una pregunta.", explanation: """
            Las llaves después del enunciado aceptan `#id`, `objectives=CODE,CODE`, \
            `difficulty=easy|medium|hard` y `type=single|multiple|true-false`. Todo lo demás se informa, para \
            que un error de escritura no se ignore sin avisar.
            """),
        RuleText("CS0306", summary: "Una pregunta de verdadero/falso no tiene exactamente dos opciones.", explanation: """
            Una pregunta `type=true-false` tiene exactamente dos opciones, verdadero y falso (`Verdadero`, \
            `Falso`), y una de ellas marcada `[x]`.
            """),
        RuleText("CS0307", summary: "Una pregunta de opción múltiple no tiene opciones incorrectas.", explanation: """
            Si todas las opciones son correctas, la pregunta no mide nada. Agrega al menos una opción \
            incorrecta (`[ ]`).
            """),
        RuleText("CS0308", summary: "Un espacio para completar no tiene respuesta aceptada.", explanation: """
            Cada espacio `[[…]]` lista sus respuestas aceptadas separadas por `|`, por ejemplo `[[4 | \
            cuatro]]`. Un espacio vacío nunca se puede responder bien.
            """),
        RuleText("CS0309", summary: "Una pregunta de opciones tiene menos de dos opciones.", explanation: """
            Una pregunta de opciones necesita al menos dos opciones, escritas como lista de casillas debajo \
            del enunciado.
            """),
        RuleText("CS0310", summary: "Dos opciones de una pregunta son iguales.", explanation: """
            Dos opciones con el mismo texto confunden a los estudiantes y hacen injusta la pregunta. Cambia o \
            quita una.
            """),
        RuleText("CS0311", summary: "Las opciones de una pregunta no están escritas como lista de casillas.", explanation: """
            Las opciones son elementos de lista que empiezan con `[ ]` (incorrecta) o `[x]` (correcta). Un \
            elemento de lista sin casilla debajo de una pregunta no es una opción, así que la pregunta lo \
            perdería.
            """),
        RuleText("CS0312", summary: "Una opción de una pregunta de verdadero/falso no dice ni verdadero ni falso.", explanation: """
            La respuesta de una pregunta de verdadero/falso se lee de la opción que marcas: su texto debe \
            decir verdadero (`Verdadero`, `Verdadera`, `Cierto`, `Cierta`, `True`) o falso (`Falso`, `Falsa`, \
            `False`), y la otra opción lo contrario. El CSV de la plataforma escribe TRUE o FALSE y las \
            páginas califican la opción elegida, así que coursec nunca adivina qué opción significa qué: \
            escribe las dos opciones con esas palabras, en cualquier orden.
            """),
        RuleText("CS0313", summary: "El texto de una pregunta o de una opción queda vacío al quitar el HTML inseguro.", explanation: """
            El HTML que se escribe en las preguntas pasa por el mismo filtro que las páginas: se quitan los \
            scripts, los estilos y todo elemento que el `html-allowlist` de la política no nombre. Si no queda \
            nada de un enunciado o de una opción, los estudiantes verían una pregunta vacía o elegirían una \
            opción vacía (y en la plataforma, una respuesta correcta vacía). Escribe el texto en Markdown.
            """),
    ]
}
