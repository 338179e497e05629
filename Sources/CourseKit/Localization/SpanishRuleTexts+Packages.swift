extension SpanishRuleTexts {
    static let packages: [RuleText] = [
        RuleText("CS0704", summary: "El ZIP de una lección SCORM no es un paquete SCORM 1.2 válido.", explanation: """
            La plataforma acepta solo SCORM 1.2: un ZIP con `imsmanifest.xml` en su raíz que sea válido según \
            los esquemas de SCORM 1.2 (IMS CP 1.1.2, IMS MD 1.2.1, ADL CP 1.2). El mensaje dice qué está mal: \
            un archivo que no es ZIP, un manifiesto que falta (a menudo porque el paquete se comprimió desde \
            su carpeta de arriba: comprime el contenido de la carpeta) o los errores de esquema. Se rechaza un \
            manifiesto que declara entidades (`<!ENTITY …>`): coursec nunca las expande. Los archivos \
            comprimidos inseguros los informa CS0706.
            """),
        RuleText("CS0705", summary: "El ZIP de una lección HTML no tiene index.html en su raíz.", explanation: """
            La plataforma abre `index.html` en la raíz de un ZIP de contenido HTML, y también el sitio sin \
            conexión. Se rechaza un ZIP hecho desde la carpeta que contiene la página (de modo que la página \
            queda en `carpeta/index.html`); comprime el contenido de la carpeta. También se rechaza un archivo \
            que no es ZIP. Los archivos comprimidos inseguros los informa CS0706.
            """),
        RuleText("CS0706", summary: "El ZIP de una lección podría dañar la máquina que lo descomprime, o no se lee igual en todas partes.", explanation: """
            coursec lee el ZIP de una lección HTML o SCORM sin descomprimirlo, y rechaza lo que sería \
            peligroso o ambiguo donde se descomprime (el sitio sin conexión, la plataforma, la computadora de \
            un docente): nombres con `..`, rutas absolutas, letras de unidad o diagonales invertidas (escriben \
            fuera de la carpeta: "zip slip"); enlaces simbólicos y archivos especiales; entradas cifradas; \
            compresión distinta de deflate; dos nombres que son el mismo archivo en Windows o macOS \
            (`Foto.png` y `foto.png`); nombres de más de 255 bytes, rutas de más de 1,024 bytes o con más de \
            32 carpetas de profundidad; entradas que comparten bytes o cuyos encabezados no coinciden (señales \
            de un archivo manipulado); y archivos que se expanden más allá de los límites (100,000 entradas, 4 \
            GiB por entrada, 16 GiB en total, 100 veces su tamaño comprimido). El mensaje nombra la entrada y \
            el motivo. Vuelve a hacer el ZIP desde el contenido de la carpeta con una herramienta común.
            """),
    ]
}
