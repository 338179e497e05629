extension SpanishRuleTexts {
    static let platform: [RuleText] = [
        RuleText("CS0701", summary: "Preguntas de una práctica tienen comas en su texto o sus opciones, que la guía del CSV de la plataforma pide evitar.", explanation: """
            Por qué: la guía de la plataforma para su CSV de preguntas pide no poner comas en el texto de las \
            preguntas y las opciones, porque el archivo se edita en una hoja de cálculo y se revisa contando \
            comas. coursec escribe el CSV como CSV RFC 4180, así que una celda con coma va entre comillas y un \
            lector de CSV de verdad (el importador de la plataforma, Excel, LibreOffice) la lee bien: la \
            importación funciona, pero quien revise el archivo a ojo podría no leerlo bien.

            Qué hacer: cambia la redacción donde la gramática lo permita, sin quitar una coma que la oración \
            necesita. Dos cláusulas unidas por coma se vuelven dos oraciones o llevan punto y coma ("Un auto \
            parte del reposo, ¿qué distancia recorre en 5 s?" → "Un auto parte del reposo. ¿Qué distancia \
            recorre en 5 s?"); una lista lleva "y" o punto y coma; un inciso entre comas a menudo puede ir al \
            final. No se informan las comas que una pregunta necesita: en fórmulas (`$(2, 3)$`), en código, en \
            un número (`3,5`) y en las respuestas de un espacio para completar. Donde una coma deba quedarse, \
            déjala: el CSV está bien.

            La regla informa una vez por práctica, en su primera pregunta con coma y con una nota en cada una \
            de las demás. Apágala en la política (`csv-comma-in-question-text: off`) si quien publica abre los \
            CSV con una herramienta que entiende CSV.
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
        RuleText("CS0703", summary: "Una práctica mezcla números de opciones, así que quien publica borra opciones de relleno después de importarla.", explanation: """
            Todas las filas del CSV de preguntas de la plataforma tienen el mismo número de columnas `Choice \
            n`. Una pregunta con menos opciones que la más ancha (una de verdadero/falso en una práctica de \
            cuatro opciones, por ejemplo) deja celdas vacías, y la plataforma las llena con opciones de \
            relleno que quien publica debe borrar a mano después de importar. Esta nota, una por práctica, \
            nombra las preguntas; `DEPLOY.md` lista las mismas como un paso de la publicación. Nada del curso \
            está mal: da a todas las preguntas de la práctica el mismo número de opciones para evitar el paso, \
            o apaga la nota en la política (`csv-placeholder-choices: off`).
            """),
    ]
}
