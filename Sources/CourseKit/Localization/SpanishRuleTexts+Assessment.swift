extension SpanishRuleTexts {
    static let assessment: [RuleText] = [
        RuleText("CS0320", summary: "La evaluación no tiene uno de los números de reactivos permitidos.", explanation: """
            Las evaluaciones diagnóstica y final del programa tienen 20 o 40 preguntas, para que los puntajes \
            se puedan comparar entre cursos y fases. Los tamaños permitidos vienen del parámetro `sizes` de la \
            política (predeterminado `[20, 40]`). Agrega o quita preguntas, o cambia `sizes` para los cursos \
            que necesiten otra longitud.
            """),
        RuleText("CS0321", summary: "Dos preguntas de una evaluación tienen el mismo enunciado o casi el mismo.", explanation: """
            Una pregunta repetida mide dos veces lo mismo y desperdicia uno de los pocos reactivos de la \
            evaluación. Los enunciados se comparan como conjuntos de palabras, sin importar mayúsculas, \
            acentos ni puntuación; se informan dos enunciados cuyos conjuntos de palabras comparten al menos \
            `similarity` (predeterminado 0.9, el índice de Jaccard: palabras en común ÷ todas las palabras). \
            Reescribe uno de ellos; si la repetición es intencional, suprime el diagnóstico en esa pregunta \
            con `<!-- coursec-disable CS0321: reason -->`.
            """),
        RuleText("CS0322", summary: "Las preguntas de opciones de una evaluación tienen distintos números de opciones.", explanation: """
            La plataforma importa las preguntas de un archivo CSV en el que todas las filas tienen el mismo \
            número de columnas de opciones; una pregunta con menos opciones recibe opciones de relleno que \
            alguien debe borrar a mano después de la carga. Dale a cada pregunta de opción única y múltiple de \
            la evaluación el mismo número de opciones (se toma como norma el número más común; las de \
            verdadero/falso quedan exentas). Si tu plataforma no lo necesita, apaga la regla en la política.
            """),
        RuleText("CS0323", summary: "Una posición de opción tiene muchas más respuestas correctas de las que le tocan.", explanation: """
            Si la respuesta correcta es, digamos, la opción C en la mayoría de las preguntas, quien adivine \
            "C" saca buen puntaje sin saber nada. La prueba: toma las n preguntas de opción única que tienen k \
            opciones; cada posición debería tener unas n/k respuestas correctas. Se informa una posición con \
            más de max(2, ⌈factor × n/k⌉) respuestas correctas (`factor` vale 2 de forma predeterminada: el \
            doble de lo que le toca). Con 20 preguntas de 4 opciones, una posición puede tener como máximo 10. \
            No se revisan las evaluaciones con `shuffle: true`, porque la plataforma revuelve las opciones. \
            Mueve respuestas correctas a otras posiciones.
            """),
    ]
}
