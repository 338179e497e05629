extension SpanishRuleTexts {
    static let scorm: [RuleText] = [
        RuleText("CS0801", summary: "Un título es más largo de lo que permite SCORM 1.2 y se acortó en el paquete.", explanation: """
            Los manifiestos SCORM 1.2 (IMS Content Packaging 1.1.2) limitan cada `<title>` a 200 caracteres, y \
            un LMS que importa el paquete muestra exactamente ese título en su índice. coursec corta un título \
            de curso, unidad, lección o práctica más largo en el límite de un carácter y lo termina con "…", \
            para que el paquete siga siendo válido. Acorta el título en la fuente para elegir las palabras que \
            verán los estudiantes.
            """),
        RuleText("CS0802", summary: "Un título o una descripción tiene caracteres que XML no puede llevar; se quitaron del manifiesto.", explanation: """
            XML 1.0 no puede representar la mayoría de los caracteres de control (U+0000–U+001F salvo el \
            tabulador y los saltos de línea) ni U+FFFE y U+FFFF, ni siquiera escapados. Suelen venir de texto \
            pegado desde un procesador de textos. coursec los omite en `imsmanifest.xml`; quítalos de la \
            fuente para que todas las salidas muestren el mismo texto.
            """),
        RuleText("CS0803", summary: "Una lección ZIP HTML o SCORM no se puede poner dentro de un paquete SCORM.", explanation: """
            Un paquete SCORM 1.2 no puede contener otro paquete: una lección `kind: html` o `kind: scorm` se \
            publica en el paquete SCORM solo como su página de presentación, sin el contenido del ZIP. Sube el \
            ZIP a la plataforma como una lección aparte, o reescribe la lección en Markdown.
            """),
    ]
}
