extension SpanishRuleTexts {
    static let source: [RuleText] = [
        RuleText("CS0001", summary: "El archivo no está en UTF-8 válido.", explanation: """
            coursec lee cada archivo fuente como UTF-8, la codificación de GitHub, de todos los editores \
            modernos y de la plataforma. Un byte que no es UTF-8 válido suele indicar que el archivo se guardó \
            como Latin-1 o Windows-1252, lo que convierte letras acentuadas como á, é, ñ en caracteres \
            ilegibles.

            Cómo corregirlo: abre el archivo en tu editor y guárdalo con la codificación "UTF-8" (en VS Code: \
            haz clic en la codificación de la barra de estado y luego en "Save with Encoding"). Vuelve a \
            escribir los acentos que se vean mal.
            """),
        RuleText("CS0002", summary: "El YAML no está bien formado.", explanation: """
            Los archivos de ajustes (`coursec.yaml`, `course.yaml`, los marcos) y el encabezado de los \
            archivos Markdown son YAML. coursec informa cada error en la línea que hay que cambiar, con el \
            arreglo cuando es seguro:

            - un `: ` dentro de un valor sin comillas, que YAML lee como otra clave: escribe `title: "Energía: \
            trabajo y potencia"`;
            - falta el espacio después de `:` (`minutes:25`): escribe `minutes: 25`;
            - una línea con una sangría distinta de todas las de alrededor, un `-` de lista que no está debajo \
            de los guiones de arriba, o una clave alineada con los guiones de la lista de arriba (donde YAML \
            espera otro `- `): alinéala con sus hermanas;
            - una clave con sangría debajo del valor de la línea de arriba (`title: Energía` y luego `  \
            minutes: 25`);
            - unas comillas o un `[`/`{` que se abren y nunca se cierran;
            - un valor que empieza con un carácter que YAML reserva (`*`, `&`, `!`, `@`, `` ` ``, `%`, `|`, \
            `>`) o con una parte entre comillas o corchetes seguida de más texto: pon todo el valor entre \
            comillas.

            Luego el resto del archivo se lee como si el error estuviera corregido (o sin su línea), así que \
            una lección con el título roto conserva su id y nada de lo que la nombra falla. Se informan como \
            máximo diez errores por archivo.
            """),
        RuleText("CS0003", summary: "Se usa un tabulador como sangría en YAML.", explanation: """
            YAML no permite tabuladores en la sangría, y cada editor los muestra con un ancho distinto, así \
            que la estructura que ves puede no ser la que tiene el archivo. Cambia el tabulador por espacios \
            (lo usual son dos por nivel).
            """),
        RuleText("CS0004", summary: "Los alias de YAML se expanden a demasiados nodos.", explanation: """
            Las anclas (`&a`) y los alias (`*a`) de YAML permiten repetir un nodo. Unos alias anidados pueden \
            hacer que pocas líneas se expandan a miles de millones de nodos (el ataque "billion laughs"). \
            coursec expande como máximo 100,000 nodos por documento e informa los documentos que pasan de ahí. \
            Escribe los valores completos o usa menos alias anidados.
            """),
        RuleText("CS0005", summary: "Una clave aparece dos veces en la misma lista de claves de YAML.", explanation: """
            Muchas herramientas de YAML se quedan sin avisar con el último valor de una clave repetida, así \
            que uno de los dos valores que escribiste se perdería sin decir nada. coursec rechaza el archivo. \
            Deja solo una de las dos claves.
            """),
        RuleText("CS0006", summary: "Un archivo Markdown no tiene encabezado.", explanation: """
            Las lecciones, prácticas y evaluaciones empiezan con un encabezado YAML entre dos líneas `---` que \
            da al menos su `id` y su `title`:

                ---
                id: racionales
                title: Los números racionales
                ---
            """),
        RuleText("CS0007", summary: "Un archivo de texto contiene datos binarios.", explanation: """
            El archivo tiene un byte NUL, que nunca aparece en un texto. Probablemente es un documento o una \
            imagen guardada con nombre `.md` o `.yaml`. Las lecciones que son documentos usan `kind: pdf` (o \
            video, audio…) y nombran el archivo en `file:`.
            """),
        RuleText("CS0008", summary: "Un archivo de texto pesa más de 4 MiB.", explanation: """
            Los archivos Markdown y YAML pueden pesar como máximo 4 MiB. Un archivo más grande casi siempre es \
            contenido generado o datos pegados por error. Divide la lección, o entrega el material grande como \
            archivo (`kind: pdf`, `kind: html`).
            """),
        RuleText("CS0009", summary: "Un archivo fuente está vacío.", explanation: """
            El archivo no tiene contenido. Escribe sus ajustes o su encabezado, o quítalo del temario.
            """),
    ]
}
