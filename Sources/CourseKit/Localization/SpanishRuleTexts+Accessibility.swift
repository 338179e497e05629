extension SpanishRuleTexts {
    static let accessibility: [RuleText] = [
        RuleText("CS0220", summary: "Una lección de video o audio no tiene subtítulos ni transcripción.", explanation: """
            Los estudiantes que no pueden oír (estudiantes sordos, o cualquiera en un salón sin audífonos) no \
            reciben nada de una lección de video o audio si sus palabras no están por escrito. Una lección de \
            video tiene transcripción cuando tiene `subtitles:` (WebVTT, en cualquier idioma) o cuando su \
            cuerpo tiene al menos `min-words` palabras (predeterminado 100); una lección de audio, que no \
            lleva subtítulos, cuando su cuerpo las tiene. En el curso sin conexión el cuerpo se muestra junto \
            al archivo: escribe ahí lo que se dice (para una grabación larga basta un resumen de cada parte).
            """),
        RuleText("CS0221", summary: "El texto alternativo de una imagen es un relleno como \"imagen\" o su nombre de archivo.", explanation: """
            Un lector de pantalla lee el texto alternativo en lugar de mostrar la imagen: "imagen", "foto", \
            "figura 2" o el nombre del archivo solo le dicen al estudiante que hay una imagen. Describe lo que \
            muestra y lo que importa de ella: `![Gráfica de la velocidad contra el tiempo: una recta que sube \
            de 0 a 20 m/s en 2 s](media/caida.png)`. Palabras que se informan (sin importar mayúsculas ni \
            acentos, con o sin número): imagen, image, img, foto, fotografía, photo, picture, figura, figure, \
            fig, gráfica, gráfico, graph, diagrama, diagram, dibujo, ilustración, captura, screenshot, icono, \
            icon; y el nombre de archivo de la imagen, con o sin su extensión.
            """),
        RuleText("CS0222", summary: "Un título se salta un nivel (`#` y luego `###`).", explanation: """
            Los lectores de pantalla listan los títulos de una página por nivel y dejan que los estudiantes \
            salten entre ellos; un `###` justo después de un `#` (o como primer título, después del título de \
            la página, que es de nivel 1) parece una sección que falta. Elige el nivel por el esquema, no por \
            el tamaño de la letra: cada título está como máximo un nivel más abajo que el anterior. El arreglo \
            escribe el nivel que sigue.
            """),
        RuleText("CS0223", summary: "El texto de un enlace, como \"aquí\" o \"click here\", no dice adónde lleva.", explanation: """
            Los lectores de pantalla dejan que los estudiantes salten de enlace en enlace, leyendo solo su \
            texto: una página de "aquí", "haz clic aquí" y "este enlace" no les da nada con qué elegir. Haz \
            que el enlace sean las palabras que dicen adónde lleva: `Explora la [simulación de caída libre de \
            PhET](https://…)`. Textos que se informan (sin importar mayúsculas, acentos ni la puntuación \
            final): aquí, click/clic aquí, haz clic aquí, da clic aquí, dale clic, este enlace, este link, \
            esta liga, enlace, link, liga, ver más, leer más, más información, here, click here, this link, \
            read more, more.
            """),
    ]
}
