extension SpanishRuleTexts {
    static let structure: [RuleText] = [
        RuleText("CS0101", summary: "Falta un campo obligatorio.", explanation: """
            Algunos campos siempre deben estar: una lección necesita `id` y `title`, un curso necesita `id`, \
            `title`, `version`, `outline`… El mensaje nombra el campo que falta. Ve docs/format.md para los \
            campos de cada archivo.
            """),
        RuleText("CS0102", summary: "Un campo tiene un valor del tipo equivocado.", explanation: """
            Cada campo espera un tipo de valor: un texto, un número, `true` o `false`, una lista (`[a, b]` o \
            líneas que empiezan con `- `) o una lista de claves y valores (líneas `key: value` con sangría). \
            El mensaje dice qué se esperaba y qué se encontró. Los valores lógicos se escriben `true` o \
            `false`; `yes`, `no`, `on` y `off` son textos.
            """),
        RuleText("CS0103", summary: "Un campo no es parte del formato.", explanation: """
            coursec rechaza los campos que no conoce, porque un campo mal escrito (`titel`, `objetives`) se \
            ignoraría sin avisar y el valor que escribiste se perdería. Cuando el nombre se parece a un campo \
            conocido, el mensaje lo sugiere ("¿quisiste decir `title`?").
            """),
        RuleText("CS0104", summary: "El valor de un campo no está permitido.", explanation: """
            El valor tiene el tipo correcto pero no es uno de los valores o formatos permitidos: los id usan \
            minúsculas, dígitos y `-`; las versiones son `MAJOR.MINOR.PATCH`; las fechas son `YYYY-MM-DD`; \
            `kind`, `enrollment`, `provider` y campos parecidos aceptan una palabra de una lista fija, que da \
            el mensaje.
            """),
        RuleText("CS0105", summary: "Dos elementos tienen el mismo id.", explanation: """
            Los id identifican lecciones, prácticas, preguntas, fases y cursos de una versión a otra: la \
            plataforma, el historial de publicaciones y el avance de los estudiantes se refieren a ellos. Dos \
            elementos del mismo curso con un mismo id no se pueden distinguir. Dale otro id a uno de ellos (y \
            no cambies el que ya se publicó).
            """),
    ]
}
