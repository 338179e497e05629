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
        RuleText("CS0326", summary: "Una pregunta pide la excepción (\"¿Cuál no es…?\", \"…excepto:\") sin resaltarla.", explanation: """
            Los estudiantes leen rápido "¿Cuál NO es…?" como "¿Cuál es…?" y responden la pregunta contraria. \
            Pregunta en positivo cuando puedas; cuando la pregunta deba pedir la excepción, pon la palabra en \
            negritas: `¿Cuál **no** es un número primo?` (el arreglo lo hace). Las mayúsculas solas no cuentan \
            como énfasis.

            Solo se informa una pregunta que pide la excepción: en su parte que pregunta (desde su último `¿`, \
            o su última oración), un `no`, `nunca`, `not` o `never` que sigue a un interrogativo (cuál, qué, \
            quién, which, what) o a "la opción que" después de selecciona, elige, señala, indica, marca o \
            identifica; o `excepto`, `salvo`, `except` al final, antes de un interrogativo, o después de \
            "todas", "siguientes", "all" o "following". No se informa una negación dentro de una condición o \
            de un dato del enunciado: "si no hay fricción", "un cuerpo que no se mueve", "¿Por qué…no…?", \
            "¿Cuál es un ejemplo de energía no renovable?", "su masa no cambia" antes de la pregunta. La \
            lectura es por listas de palabras, no por gramática: desactiva la regla en el texto donde se \
            equivoque.
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
