extension SpanishRuleTexts {
    static let alignmentPlan: [RuleText] = [
        RuleText("CS0408", summary: "La proporción de reactivos de un código en la evaluación no coincide con su tabla de especificaciones.", explanation: """
            El `blueprint` (tabla de especificaciones) de una evaluación da la proporción de reactivos que se \
            busca para cada competencia, p. ej. `{ M1: 25%, M2: 75% }`. La proporción es el número de \
            reactivos cuyo `objectives=` nombra el código (o uno de sus subelementos), dividido entre el \
            número de reactivos. Esta regla informa un código cuya proporción real se aleja de la buscada en \
            más de `tolerance` puntos porcentuales (predeterminado 5, un reactivo de veinte), para que la \
            evaluación pese las competencias como lo decidió el equipo curricular. Vuelve a marcar o equilibra \
            los reactivos, o actualiza la tabla.
            """),
        RuleText("CS0409", summary: "`review-of` nombra una lección que no viene antes en el curso.", explanation: """
            El repaso en espiral vuelve a lo que ya se enseñó. `review-of` debe nombrar lecciones que vienen \
            antes en el temario del curso que la lección que repasa; una lección no puede repasarse a sí misma \
            ni repasar una lección a la que los estudiantes aún no llegan. Reordena el temario o corrige el \
            id.
            """),
        RuleText("CS0410", summary: "Muy pocas lecciones del curso son de repaso.", explanation: """
            El programa vuelve a propósito sobre contenidos anteriores (repaso en espiral). Una lección con \
            `review-of` cuenta como lección de repaso. Cuando la política fija `min-share` (un porcentaje de \
            las lecciones del curso; predeterminado 0: no se exige), se informa un curso con una proporción \
            menor. Limita el requisito a ciertos cursos con `paths:` en la política.
            """),
        RuleText("CS0411", summary: "Ninguna lección enseña una unidad del programa con la que se alinea el curso.", explanation: """
            `targets.syllabus` dice, por subsistema, qué unidades de su programa de estudios cubre el curso \
            (`dgb: [dgb-mat1:B1, dgb-mat1:B2]`). Los docentes de ese subsistema confían en esa \
            correspondencia, así que cada unidad debe tratarla al menos una lección cuyos `objectives` la \
            nombren. Marca las lecciones que enseñan la unidad, o quítala de la correspondencia.
            """),
    ]
}
