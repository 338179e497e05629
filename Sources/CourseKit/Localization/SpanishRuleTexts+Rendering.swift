extension SpanishRuleTexts {
    static let rendering: [RuleText] = [
        RuleText("CS0601", summary: "Una página usa fórmulas pero los archivos de KaTeX no están instalados.", explanation: """
            Las fórmulas (`$…$`, `$$…$$`) las compone KaTeX en el navegador del estudiante; KaTeX se toma de \
            los paquetes `libjs-katex` y `fonts-katex` de Debian y se incluye en los paquetes cuyas páginas \
            usan fórmulas, para que funcionen sin conexión. Si falta \
            `/usr/share/javascript/katex/katex.min.js`, las páginas se construyen igual, pero los estudiantes \
            ven el código TeX. Instala los paquetes (`apt-get install libjs-katex fonts-katex`, o `make \
            setup`).
            """),
        RuleText("CS0603", summary: "Un archivo multimedia no se puede mostrar en una página del navegador.", explanation: """
            La plataforma acepta formatos de video que los navegadores no reproducen (AVI, WMV, MKV…). En el \
            curso sin conexión y en los paquetes SCORM, un archivo así se ofrece como descarga en lugar de un \
            reproductor. Convierte el video a MP4 (H.264) para que todos los estudiantes lo puedan ver en la \
            página.
            """),
        RuleText("CS0604", summary: "Una imagen se carga desde la web.", explanation: """
            Las páginas deben funcionar sin conexión y no hacer ninguna petición a la red por su cuenta. Una \
            imagen cuya dirección está en la web se muestra como un enlace que el estudiante puede decidir \
            abrir, sin cargarla. Copia la imagen a la carpeta `media/` del curso.
            """),
        RuleText("CS0605", summary: "Una fórmula de una lección usa TeX que no se puede componer para la plataforma.", explanation: """
            Cada lección del destino `mct` es su propio paquete HTML, así que sus fórmulas se componen al \
            construir el curso, en MathML, que todos los navegadores actuales y la aplicación de la plataforma \
            muestran sin scripts ni fuentes. Ese componedor conoce el TeX de las matemáticas escolares \
            (fracciones, raíces, potencias e índices, letras griegas, relaciones, flechas, `\\text`, \
            `\\left…\\right`, `cases`, matrices y ecuaciones alineadas) y de la química (`\\ce{…}` y `\\pu{…}` \
            de mhchem); la lista completa está en docs/format.md. Una expresión que no puede leer se muestra \
            como código TeX en esa lección. Reescríbela con comandos admitidos, p. ej. `\\ce{A + B}` en vez de \
            `\\ce{A+B}`, o `\\text{…}` para palabras. El curso sin conexión y los paquetes SCORM la siguen \
            componiendo con KaTeX.
            """),
    ]
}
