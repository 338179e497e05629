extension SpanishRuleTexts {
    static let media: [RuleText] = [
        RuleText("CS0209", summary: "Un archivo multimedia está vacío.", explanation: """
            Una imagen, un video, un audio, un PDF, unos subtítulos o un archivo enlazado no tiene ningún \
            byte, casi siempre porque una copia o una descarga no terminó. La plataforma mostraría una imagen \
            rota o rechazaría la carga. Vuelve a copiar el archivo.
            """),
        RuleText("CS0210", summary: "El contenido de un archivo multimedia no es lo que dice su extensión.", explanation: """
            coursec lee los primeros bytes de cada archivo multimedia que usa el curso (su firma, o "número \
            mágico") y los compara con la extensión: una página web guardada como `.pdf`, un JPEG renombrado \
            `.png`, un archivo de texto llamado `.mp4`. Los navegadores y la plataforma eligen cómo abrir un \
            archivo por su nombre, así que un archivo así se ve roto. El mensaje dice qué es en realidad el \
            archivo; conviértelo o ponle su extensión real (y usa un formato que la plataforma acepte). \
            También se informan aquí los SVG que no son XML bien formado y los subtítulos que no están en \
            UTF-8.
            """),
        RuleText("CS0211", summary: "Una imagen SVG ejecuta código o carga otros archivos.", explanation: """
            Un SVG es a la vez documento e imagen: abierto por sí solo (desde un enlace, o en el curso sin \
            conexión), el navegador ejecuta su código y carga lo que referencia. Una imagen de un curso debe \
            ser inerte y completa en sí misma: sin `<script>`, sin manejadores de eventos (`onload`, \
            `onclick`…), sin direcciones `javascript:` y sin referencias a otros archivos o a la web (`href`, \
            `xlink:href`, `<?xml-stylesheet?>`, `url()` o `@import` de CSS), salvo a partes de la propia \
            imagen (`#id`) y a imágenes incrustadas como direcciones `data:`. También se rechazan las \
            declaraciones de entidades. Vuelve a exportar el dibujo como SVG simple, o como PNG.
            """),
    ]
}
