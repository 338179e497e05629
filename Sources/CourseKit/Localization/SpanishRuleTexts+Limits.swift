extension SpanishRuleTexts {
    static let limits: [RuleText] = [
        RuleText("CS0010", summary: "Una fila de una tabla tiene más de 64 celdas.", explanation: """
            Una tabla tiene como máximo 64 columnas, muchas más de las que caben en una página o un teléfono. \
            El tiempo del lector de Markdown crece con el cuadrado de las celdas de una fila, así que una \
            tabla de miles de columnas (casi siempre datos pegados por error) tardaría minutos en leerse. \
            Divide la tabla o entrega los datos como archivo (una hoja de cálculo o un PDF). Un `|` que es \
            texto y no borde de celda se escribe `\\|`.
            """),
        RuleText("CS0011", summary: "Una pregunta tiene más de 50 espacios para completar.", explanation: """
            Una pregunta de completar tiene como máximo 50 espacios (`[[…]]`). Los estudiantes llenan unos \
            pocos; una pregunta con cientos casi siempre es texto generado o un error de sintaxis. Divídela en \
            varias preguntas.
            """),
        RuleText("CS0012", summary: "Una práctica o evaluación tiene más de 400 preguntas.", explanation: """
            Una práctica o una evaluación tiene como máximo 400 preguntas (las evaluaciones del programa \
            tienen 20 o 40). Las preguntas después del límite no se leen. Divide la práctica en varias.
            """),
        RuleText("CS0013", summary: "El temario de un curso tiene más de 2000 entradas.", explanation: """
            El temario de un curso tiene como máximo 2000 entradas, contando unidades y archivos (un curso del \
            programa tiene unas cuantas decenas). Las entradas después del límite no se leen. Divide el curso.
            """),
        RuleText("CS0014", summary: "Un título tiene más de 300 caracteres.", explanation: """
            Los títulos (del repositorio, las fases, los cursos, las unidades, las lecciones, las prácticas, \
            los recursos y los marcos) tienen como máximo 300 caracteres. Cada página, menú y paquete los \
            repite, y la plataforma muestra muchos menos. Pasa el texto sobrante a la descripción o al cuerpo \
            de la lección.
            """),
        RuleText("CS0015", summary: "coursec.yaml lista más de 200 cursos.", explanation: """
            Un repositorio tiene como máximo 200 cursos. Los cursos después del límite no se leen. Divide el \
            repositorio.
            """),
    ]
}
