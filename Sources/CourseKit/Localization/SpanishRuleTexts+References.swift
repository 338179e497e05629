extension SpanishRuleTexts {
    static let references: [RuleText] = [
        RuleText("CS0201", summary: "Un archivo al que se hace referencia no existe.", explanation: """
            Una ruta del temario, de `file:`, `thumbnail:`, `fallback:` o de una imagen o enlace de Markdown \
            nombra un archivo que no está en el repositorio. Las rutas son relativas al archivo que las \
            contiene y distinguen mayúsculas de minúsculas (`Media/Foto.png` no es `media/foto.png`).
            """),
        RuleText("CS0202", summary: "Una ruta sale del repositorio del curso.", explanation: """
            Todo lo que usa un curso debe estar dentro de su repositorio, para que una construcción en otra \
            máquina vea los mismos archivos. Se rechazan las rutas absolutas (`/home/ana/foto.png`, \
            `C:\\fotos`), los `..` que suben más arriba de la raíz del repositorio y los enlaces simbólicos \
            que apuntan fuera. Copia el archivo a la carpeta `media/` del curso.
            """),
        RuleText("CS0203", summary: "La plataforma no acepta un tipo de archivo.", explanation: """
            La plataforma acepta como archivos de lección: video (MP4, 3GP, 3G2, 3GP2, AVI, MPEG, MPG, WMV, \
            VOB, MKV, FLV, DV, TS, ASF, M4V, MOV), audio (MP3, OGG), PDF, PPT, PPTX, DOCX, EPUB y Excel; \
            contenido HTML y SCORM 1.2 como archivos ZIP; subtítulos solo en WebVTT (`.vtt`); imágenes en las \
            lecciones en PNG, JPEG, GIF, SVG o WebP. Convierte el archivo (por ejemplo un `.wav` a `.mp3`, un \
            `.srt` a `.vtt`).
            """),
        RuleText("CS0204", summary: "Un id no apunta a nada.", explanation: """
            Un `review-of` nombra el id de una lección, `since` nombra el id de una fase y los `courses` del \
            repositorio nombran carpetas de cursos. El elemento al que se hace referencia no existe; revisa \
            cómo está escrito (el mensaje sugiere nombres parecidos).
            """),
        RuleText("CS0205", summary: "Un archivo se usa en el lugar equivocado o dos veces.", explanation: """
            Cada archivo de lección o práctica aparece una sola vez en el temario de un curso; la evaluación \
            se nombra en `assessment:`, no en el temario, y un archivo nombrado en `assessment:` debe decir \
            `type: assessment`.
            """),
        RuleText("CS0206", summary: "Un archivo Markdown de un curso no está en su temario.", explanation: """
            El archivo parece una lección o práctica, pero ningún temario lo nombra, así que no se publicará. \
            Agrégalo al `outline` de `course.yaml`, márcalo `draft: true` si está en preparación, o bórralo.
            """),
        RuleText("CS0207", summary: "La dirección de un recurso externo no es una dirección https o http válida.", explanation: """
            Los recursos externos los abren los navegadores de los estudiantes: su `url` debe ser una \
            dirección completa `https://` (o `http://`). Prefiere https; las redes de las escuelas y la \
            aplicación de la plataforma bloquean muchas páginas http.
            """),
        RuleText("CS0208", summary: "Una imagen no tiene texto alternativo.", explanation: """
            Los estudiantes que usan un lector de pantalla, y todos aquellos cuya conexión no carga la imagen, \
            solo reciben el texto alternativo. Describe lo que muestra la imagen: `![Recta numérica con los \
            puntos -2, 0 y 3](media/recta.png)`.
            """),
    ]
}
