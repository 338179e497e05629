extension SpanishRuleTexts {
    static let rhythm: [RuleText] = [
        RuleText("CS0501", summary: "Un curso tiene menos lecciones y prácticas que el mínimo de la política.", explanation: """
            Los cursos del programa tenían de 60 a 300 lecciones y prácticas publicadas cada uno (Matemáticas \
            1: 68, Inglés 3: 299), y el avance que muestra la plataforma se divide entre ese número. Se \
            informa un curso con menos de `min` (predeterminado 60) lecciones y prácticas publicadas: \
            probablemente está sin terminar. Un curso corto a propósito (un piloto, un ejemplo) declara sus \
            propios límites en coursec.yaml con `paths:`, p. ej. `CS0501: { params: { min: 20 }, paths: \
            ["piloto/**"] }`. No cuentan los borradores ni la evaluación.
            """),
        RuleText("CS0502", summary: "Un curso tiene más lecciones y prácticas que el máximo de la política.", explanation: """
            Un curso con más de `max` (predeterminado 300, el curso más grande del programa) lecciones y \
            prácticas publicadas es difícil de terminar en una fase, y el avance de los estudiantes se mueve \
            despacio. Divídelo en dos cursos, o sube `max` para él en la política.
            """),
        RuleText("CS0503", summary: "Demasiadas lecciones seguidas sin una práctica.", explanation: """
            La guía de la plataforma pide una práctica sin calificación cada 2 o 3 lecciones, para que los \
            estudiantes comprueben lo que entendieron mientras está fresco. Esta regla informa la lección con \
            la que se juntan más de `every` (predeterminado 3) lecciones publicadas seguidas sin práctica, en \
            el orden del temario y a través de las unidades. Agrega una práctica corta, o mueve una.
            """),
    ]
}
