extension SpanishRuleTexts {
    static let authoring: [RuleText] = [
        RuleText("CS0106", summary: "El cuerpo de una lección está escrito como una práctica, pero su encabezado no dice `type: quiz`.", explanation: """
            Un archivo sin `type:` es una lección de texto, así que una práctica cuyo encabezado olvida `type: \
            quiz` se publicaría como una página de texto, con sus respuestas marcadas a la vista de todos. \
            coursec informa una lección cuyo cuerpo tiene un elemento numerado seguido de una lista de \
            casillas de al menos dos opciones, donde el elemento termina en un id de pregunta `{#id}`, o \
            pregunta algo (un `?`, u opciones Verdadero y Falso) con una opción marcada `[x]`; ofrece agregar \
            `type: quiz` al encabezado. No se informa una lista de pasos, marcada o no. (El archivo que \
            `assessment:` nombra en course.yaml, escrito sin `type:`, lo informa CS0205, con un arreglo que \
            agrega `type: assessment`.)
            """),
        RuleText("CS0212", summary: "Se escribió una dirección web donde va un archivo del repositorio.", explanation: """
            `file:`, `subtitles:`, `thumbnail:` y `fallback:` nombran archivos del repositorio, que coursec \
            revisa y empaqueta. Un video de YouTube o una página de la web es una lección `kind: link`, con la \
            dirección en `resource:`:

                kind: link
                resource:
                  provider: youtube
                  url: https://www.youtube.com/watch?v=…
                  title: Caída libre

            Para entregar el archivo mismo (así funciona sin conexión), descárgalo a la carpeta `media/` del \
            curso y nombra ese archivo.
            """),
        RuleText("CS0314", summary: "Las opciones de una pregunta llevan letras (a), b), c)) en lugar de estar escritas como lista de casillas.", explanation: """
            Los exámenes impresos ponen letras a sus opciones (`a)`, `A.`, `(a)`), pero Markdown no lee esas \
            líneas como lista: la pregunta se quedaría sin opciones. Escribe cada opción como elemento de una \
            lista de casillas, `- [ ] Joule`, y marca la correcta `- [x] Newton`; la plataforma y el curso sin \
            conexión les ponen letras solos. El arreglo reescribe las opciones y no marca ninguna como \
            correcta, porque solo tú sabes cuál es.
            """),
    ]
}
