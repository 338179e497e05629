extension SpanishRuleTexts {
    static let results: [RuleText] = [
        RuleText("CS1001", summary: "A un archivo de respuestas le falta una columna obligatoria o nombra una dos veces.", explanation: """
            Un archivo de respuestas es un CSV cuya primera fila nombra sus columnas: `learner`, `assessment`, \
            `item` y `response` son obligatorias; `attempt`, `timestamp`, `course` y `version` son opcionales; \
            cualquier otra columna (`school`, `state`, `grade`…) agrupa a los estudiantes. También se aceptan \
            nombres en español (`estudiante`, `evaluacion`, `reactivo`, `respuesta`, `intento`, `fecha`, \
            `curso`). No se lee nada de un archivo con el encabezado mal.
            """),
        RuleText("CS1002", summary: "Una fila de un archivo de respuestas no se puede leer y se omite.", explanation: """
            La fila tiene más o menos campos que el encabezado, unas comillas sin cerrar, un estudiante, \
            evaluación o reactivo vacío, o un intento que no es un número entero desde 1. Se omite de todas \
            las estadísticas; corrige la exportación o la fila.
            """),
        RuleText("CS1003", summary: "Una fila nombra una evaluación que el curso no tiene.", explanation: """
            `assessment` es `diagnostic` (o `diagnostico`, `pre`) o `final` (o `post`) para la evaluación del \
            curso, o el id de una práctica. No se acepta el id de la propia evaluación, porque no dice si el \
            estudiante estaba al principio o al final del curso.
            """),
        RuleText("CS1004", summary: "Una fila nombra un reactivo que la evaluación no tiene.", explanation: """
            `item` es el id del reactivo escrito después de `#` en la evaluación (`{#suma …}`), el id de \
            interacción SCORM `<quiz>.<item>`, o `#N` para el N-ésimo reactivo. Se omite una respuesta a un \
            reactivo que la versión publicada no tenía: revisa que las claves sean de la versión que \
            presentaron los estudiantes (una carpeta de publicación, o `--phase`).
            """),
        RuleText("CS1005", summary: "Una respuesta no tiene el formato de respuesta del reactivo.", explanation: """
            Las respuestas usan los formatos de SCORM 1.2 que escribe el programa de coursec en las páginas: \
            letras de opción para reactivos de opciones (`b`, o `a,c` para varias), `t` o `f` para \
            verdadero/falso, y el texto para los de completar (los espacios unidos con comas). Una respuesta \
            que nombra una opción que el reactivo no tiene, o varias opciones de un reactivo de opción única, \
            se califica como incorrecta y no se cuenta en las opciones.
            """),
        RuleText("CS1006", summary: "Un estudiante tiene dos respuestas al mismo reactivo en el mismo intento.", explanation: """
            Cuenta la primera respuesta y la segunda se omite. Los archivos que registran varios intentos \
            necesitan una columna `attempt`; entonces cuenta el intento más bajo de cada estudiante, y los \
            intentos posteriores se cuentan en el reporte pero no se califican.
            """),
        RuleText("CS1007", summary: "Un estudiante aparece con dos valores de la misma columna de agrupación.", explanation: """
            Cada estudiante pertenece a un solo grupo por columna (una escuela, un estado). Cuenta el primer \
            valor leído; el estudiante se cuenta solo en ese grupo.
            """),
        RuleText("CS1008", summary: "Las respuestas de una fila se dieron en otro curso, o en otra versión del curso.", explanation: """
            Los archivos descargados del curso sin conexión ("Descargar mis resultados") dicen en `course` y \
            `version` qué curso, y qué versión de él, presentó el estudiante. Una respuesta se califica solo \
            con las claves de esa versión: se omite una fila de otro curso o versión. Dale a `coursec results` \
            las claves que presentaron los estudiantes: una carpeta de publicación de esa versión, o las \
            fuentes en esa versión.
            """),
        RuleText("CS1010", summary: "A los estudiantes a los que les va bien en el resto de la evaluación no les va mejor en este reactivo.", explanation: """
            La discriminación del reactivo (la correlación entre acertarlo y el puntaje en los demás \
            reactivos) está por debajo de `min` (predeterminado 0.1). Un valor negativo significa que los \
            estudiantes fuertes lo fallan más que los débiles: un enunciado ambiguo, dos respuestas \
            defendibles o una clave equivocada. Se revisa cuando al menos `min-takers` estudiantes \
            (predeterminado 30) presentaron la evaluación.
            """),
        RuleText("CS1011", summary: "Una opción incorrecta atrae más a los estudiantes fuertes que la correcta: la clave podría estar mal.", explanation: """
            Para cada opción se calcula la correlación entre elegirla y el puntaje en los demás reactivos. \
            Cuando la de un distractor es positiva y supera la de la clave en más de `margin` (predeterminado \
            0), los estudiantes fuertes prefieren el distractor: revisa el `[x]`. Se revisa cuando al menos \
            `min-takers` estudiantes (predeterminado 30) presentaron la evaluación.
            """),
        RuleText("CS1012", summary: "Nadie eligió una opción incorrecta.", explanation: """
            Un distractor que eligió como máximo `max-share` de los estudiantes (predeterminado 0: nadie) no \
            hace su trabajo: el reactivo tiene una opción menos de lo que parece y adivinar es más fácil. \
            Cámbialo por una respuesta incorrecta que los estudiantes sí den. Se revisa cuando al menos \
            `min-takers` estudiantes (predeterminado 30) presentaron la evaluación, y no en reactivos que \
            todos acertaron (esos los informa CS1013).
            """),
        RuleText("CS1013", summary: "Todos, o nadie, acertaron el reactivo.", explanation: """
            Un reactivo cuya proporción de aciertos es al menos `ceiling` (predeterminado 1: todos) o como \
            máximo `floor` (predeterminado 0: nadie) no dice nada de las diferencias entre estudiantes, ni del \
            avance si sigue así en la final. Se revisa cuando al menos `min-takers` estudiantes \
            (predeterminado 30) presentaron la evaluación.
            """),
        RuleText("CS1014", summary: "A los estudiantes de un grupo el reactivo les resulta mucho más difícil o más fácil que a otros con el mismo puntaje global.", explanation: """
            Para cada columna de agrupación dada con `--by`, cada grupo con al menos `min-group` estudiantes \
            (predeterminado 30) se compara con todos los demás estudiantes, emparejados por su puntaje en el \
            resto de la evaluación (Mantel–Haenszel). Se informa un reactivo cuya diferencia, en la escala \
            delta de ETS, es al menos `delta` (predeterminado 1.5, categoría C de ETS) y significativa a \
            `alpha` (predeterminado 0.05): su redacción o su contexto pueden favorecer a algunos estudiantes \
            (región, idioma, escuela). Revísalo con personas que conozcan esos grupos.
            """),
    ]
}
