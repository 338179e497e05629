extension SpanishRuleTexts {
    static let policy: [RuleText] = [
        RuleText("CS0901", summary: "La política nombra una regla, o un parámetro de una regla, que no existe o no se puede configurar.", explanation: """
            `policy.rules` en coursec.yaml configura reglas por id (`CS0503`) y sus parámetros (`params: {min: \
            60}`). Un id que ninguna regla tiene, o un parámetro que la regla no acepta, probablemente es un \
            error de escritura, y el ajuste que querías hacer no haría nada sin avisar. `coursec rules` lista \
            todos los id; `coursec explain ID` lista los parámetros de una regla. Los límites (CS0010–CS0015) \
            no se pueden configurar: pasado uno, coursec solo leyó parte de la entrada.
            """),
        RuleText("CS0904", summary: "Un parámetro de una regla en la política tiene un valor del tipo equivocado o fuera de rango.", explanation: """
            Cada parámetro tiene un tipo: un número entero (`min: 60`), un número (`ratio: 1.5`), un \
            porcentaje (`min-share: 15%`) o una lista de números enteros (`sizes: [20, 40]`), casi siempre con \
            un rango. Un valor que no es de ese tipo (`min: uno`, `ratio: .nan`, un número demasiado grande) \
            se informa en lugar de cambiarlo sin avisar por el predeterminado; mientras tanto la regla corre \
            con su valor predeterminado (de todos modos, el error detiene la construcción). `coursec explain \
            ID` lista los parámetros de una regla y sus valores predeterminados.
            """),
    ]
}
