extension SpanishRuleTexts {
    static let suppression: [RuleText] = [
        RuleText("CS0902", summary: "Una supresión en el texto no da un motivo, no nombra una regla conocida o nombra un límite.", explanation: """
            `<!-- coursec-disable CS0324: reason -->`, en su propia línea de un archivo Markdown, silencia una \
            regla en el elemento que le sigue (el siguiente bloque; en una práctica, la siguiente pregunta con \
            sus opciones). El motivo después de los dos puntos es obligatorio: quienes revisan y quienes \
            escriban después necesitan saber por qué la regla no aplica ahí. La regla se escribe por id \
            (`CS0324`) o por nombre (`all-or-none-of-the-above`). Una supresión sin motivo o con una regla \
            desconocida no tiene efecto. Los límites (CS0010–CS0015) no se pueden suprimir.
            """),
        RuleText("CS0903", summary: "Una supresión en el texto no silencia nada.", explanation: """
            Un comentario `coursec-disable` cuya regla no informa nada en el elemento que le sigue está viejo \
            (el problema ya se corrigió) o mal puesto (no está justo antes del elemento). En cualquier caso \
            escondería un problema futuro o confundiría a quien lo lea. Quítalo, o muévelo justo arriba de la \
            pregunta o del bloque al que se refiere.
            """),
    ]
}
