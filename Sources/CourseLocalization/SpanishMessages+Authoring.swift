extension SpanishMessages {
    static let authoring: [(String, String)] = [
        // coursec init and coursec new.
        ("'{0}' already exists", "'{0}' ya existe"),
        ("'{0}' is not inside a course's folder (courses: {1})", "'{0}' no está dentro de la carpeta de un curso (cursos: {1})"),
        ("'{0}' must end in .md", "'{0}' debe terminar en .md"),
        ("course.yaml has errors; fix them (coursec check) and try again", "course.yaml tiene errores; corrígelos con coursec check y vuelve a intentarlo"),
        ("course.yaml has no `outline` with units; add a unit first", "course.yaml no tiene `outline` con unidades; agrega una unidad primero"),
        ("there is no unit '{0}' in the outline (units: {1})", "no hay una unidad '{0}' en el temario (unidades: {1})"),
        ("the `items` of unit '{0}' are not a list coursec can edit; add the file by hand",
         "los `items` de la unidad '{0}' no son una lista que coursec sepa editar; agrega el archivo a mano"),
        ("the course already has an assessment: {0}", "el curso ya tiene evaluación: {0}"),
        ("the folder '{0}' is not empty; coursec init creates the repository in a new or empty folder",
         "la carpeta '{0}' no está vacía; coursec init crea el repositorio en una carpeta nueva o vacía"),
        ("'{0}' exists and is not a folder", "'{0}' existe y no es una carpeta"),
        ("cannot write '{0}': {1}", "no se pudo escribir '{0}': {1}"),

        // coursec import mct-questions.
        ("the file is empty; a question CSV starts with the header Serial Number, Question Type, Question Text, Choice 1…",
         "el archivo está vacío; un CSV de preguntas empieza con el encabezado Serial Number, Question Type, Question Text, Choice 1…"),
        ("the header has no {0} column; the platform's question CSV starts with Serial Number, Question Type, Question Text, Choice 1…, Correct Answer, Answer Explanation, Match Criterion",
         "al encabezado le falta la columna {0}; el CSV de preguntas de la plataforma empieza con Serial Number, Question Type, Question Text, Choice 1…, Correct Answer, Answer Explanation, Match Criterion"),
        ("question type '{0}' is not one the platform imports (Single choice, Multiple choice, True false, Fill blanks)",
         "el tipo de pregunta '{0}' no es uno que la plataforma importe (Single choice, Multiple choice, True false, Fill blanks)"),
        ("the question text is empty", "el texto de la pregunta está vacío"),
        ("the answer of a true/false question must be TRUE or FALSE, found '{0}'",
         "la respuesta de una pregunta de verdadero/falso debe ser TRUE o FALSE, no '{0}'"),
        ("the question has {0} blank(s) (each written |) but the answer gives {1}; separate the answers of each blank with |",
         "la pregunta tiene {0} espacio(s) en blanco (cada uno escrito |) pero la respuesta da {1}; separa con | las respuestas de cada espacio"),
        ("match criterion '{0}' must be Exact match or Contains", "el criterio '{0}' debe ser Exact match o Contains"),
        ("a choice question needs at least two choices, without empty ones between them",
         "una pregunta de opciones necesita al menos dos opciones, sin opciones vacías entre ellas"),
        ("the correct answer '{0}' must be {1} from 1 to {2}", "la respuesta correcta '{0}' debe ser {1} del 1 al {2}"),
        ("choice numbers separated by ; (e.g. 1;3)", "números de opción separados por ; (p. ej. 1;3)"),
        ("one choice number", "un número de opción"),
    ]
}
