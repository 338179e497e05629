extension SpanishRuleTexts {
    static let itemWriting: [RuleText] = [
        RuleText("CS0324", summary: "Una opción es \"todas las anteriores\" o \"ninguna de las anteriores\".", explanation: """
            "Todas las anteriores" la puede elegir un estudiante que reconoce solo dos opciones correctas, y \
            "ninguna de las anteriores" solo muestra que el estudiante sabe qué está mal, no qué está bien; \
            además, las dos fallan cuando se revuelven las opciones. Cambia la opción por un distractor \
            creíble. Se detecta en español y en inglés, sin importar mayúsculas ni acentos.
            """),
        RuleText("CS0325", summary: "La opción correcta es mucho más larga que los distractores.", explanation: """
            Los estudiantes con experiencia en exámenes eligen la opción más larga, porque quien escribe \
            tiende a matizar con cuidado la respuesta correcta y a escribir distractores cortos. En una \
            pregunta de opción única, se informa la opción correcta cuando mide al menos `ratio` veces \
            (predeterminado 1.5) lo que la opción incorrecta más larga y al menos `min-difference` caracteres \
            (predeterminado 10) más. Acorta la opción correcta o haz los distractores igual de precisos.
            """),
        RuleText("CS0326", summary: "Una pregunta pregunta en negativo sin resaltar la negación.", explanation: """
            Los estudiantes leen rápido "¿Cuál NO es…?" como "¿Cuál es…?" y responden la pregunta contraria. \
            Pregunta en positivo cuando puedas; cuando la negación haga falta, resáltala en negritas: `¿Cuál \
            **no** es un número primo?`. En la parte que pregunta del enunciado (desde su último `¿`, o su \
            última oración) se buscan no, nunca, excepto, salvo, not, never y except fuera de negritas o \
            cursivas; las mayúsculas solas no cuentan como énfasis.
            """),
        RuleText("CS0327", summary: "Con show-answers activado, una opción o pregunta no tiene explicación.", explanation: """
            Cuando una evaluación tiene `show-answers: true`, la plataforma muestra a cada estudiante las \
            respuestas correctas con sus explicaciones; una opción sin explicación deja un hueco donde el \
            estudiante busca retroalimentación. Dale una explicación a cada opción de una pregunta de opciones \
            (una cita debajo de la opción) y a cada pregunta de completar o de verdadero/falso (una cita \
            después de la pregunta).
            """),
    ]
}
