extension SpanishRuleTexts {
    static let alignment: [RuleText] = [
        RuleText("CS0401", summary: "Un código curricular no está en ningún marco que declare el repositorio.", explanation: """
            Cada código que nombra un curso, una lección o una pregunta (en `targets`, `objectives`, \
            `blueprint`) debe ser el `code` de un elemento de alguno de los archivos de marco listados en \
            `frameworks:` de coursec.yaml. Un código que ningún marco tiene suele ser un error de escritura \
            (`M9` por `M4`), y una lección alineada a él no cuenta para nada en el reporte de cobertura. Los \
            códigos calificados (`mcc:M4`) deben nombrar el id de un marco declarado. Corrige el código, o \
            agrega el elemento al archivo del marco si el currículo lo tiene.
            """),
        RuleText("CS0402", summary: "Un código curricular sin calificar existe en varios marcos.", explanation: """
            Un código se puede escribir solo (`B1`) únicamente si un solo marco lo tiene. Cuando dos marcos \
            del repositorio usan el mismo código (los bloques de los programas de dos subsistemas son los dos \
            `B1`), escríbelo calificado con el id del marco: `dgb-mat1:B1`. El mensaje lista los candidatos.
            """),
        RuleText("CS0403", summary: "Ninguna lección enseña una competencia meta del curso.", explanation: """
            `targets.competencies` en course.yaml lista lo que el curso promete desarrollar. Cada meta debe \
            enseñarla al menos una lección: una lección cuyos `objectives` nombren la competencia (o uno de \
            sus subelementos en el marco). Si no, el curso evalúa o promete algo que nunca enseña. Agrega el \
            código a las lecciones que lo enseñan, escribe la lección que falta o quita la meta.
            """),
        RuleText("CS0404", summary: "Ninguna pregunta de práctica ejercita una competencia meta.", explanation: """
            Los estudiantes deberían practicar cada competencia meta antes de la evaluación final, en las \
            prácticas sin calificación que van entre las lecciones. Esta regla pide al menos una pregunta de \
            práctica cuyo `objectives=` nombre la competencia (o uno de sus subelementos). Marca una pregunta \
            que ya exista o agrega una.
            """),
        RuleText("CS0405", summary: "Muy pocos reactivos de la evaluación evalúan una competencia meta.", explanation: """
            La evaluación del curso (aplicada como diagnóstica y como final) debe medir cada competencia meta, \
            con al menos `min-items` preguntas cuyo `objectives=` la nombre (predeterminado 1). Con muy pocos \
            reactivos, el puntaje dice poco de esa competencia. Marca o escribe más reactivos, o baja \
            `min-items` en la política.
            """),
        RuleText("CS0406", summary: "Un reactivo de la evaluación evalúa un código que ninguna lección del curso enseña.", explanation: """
            Una evaluación solo debería medir lo que el curso enseña: una pregunta sobre una competencia que \
            ninguna lección trata es injusta para los estudiantes y hace difícil interpretar el puntaje. \
            Agrega el código a las lecciones que lo enseñan, o cambia la pregunta.
            """),
        RuleText("CS0407", summary: "Una lección trata un código que no está entre las metas del curso.", explanation: """
            Cuando un curso declara `targets`, sus lecciones deberían servirles. Una lección alineada a una \
            competencia o unidad del programa que el curso no tiene como meta está mal marcada o fuera de \
            alcance (le quita tiempo de estudio a las metas). Corrige los `objectives` de la lección, agrega \
            el código a las metas del curso o mueve la lección al curso al que pertenece. Los cursos sin \
            `targets` no se revisan.
            """),
    ]
}
