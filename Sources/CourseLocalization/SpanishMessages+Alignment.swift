extension SpanishMessages {
    static let alignment: [(String, String)] = [
        // Blueprint.
        ("the blueprint gives '{0}' {1}% of the assessment, but {2} of {3} items ({4}%) assess it; tolerance ±{5} points",
         "la tabla de especificaciones da a '{0}' el {1}% de la evaluación, pero la evalúan {2} de {3} reactivos ({4}%); tolerancia ±{5} puntos"),

        // Codes and frameworks.
        ("; did you mean '{0}'?", "; ¿quisiste decir '{0}'?"),
        (" (coursec.yaml declares no `frameworks`)", " (coursec.yaml no declara `frameworks`)"),
        ("code '{0}' is not in any framework of the repository{1}", "el código '{0}' no está en ningún marco del repositorio{1}"),
        ("'{0}' names framework '{1}', which coursec.yaml does not declare{2}", "'{0}' nombra el marco '{1}', que coursec.yaml no declara{2}"),
        ("code '{0}' is in several frameworks; write one of {1}", "el código '{0}' está en varios marcos; escribe uno de estos: {1}"),

        // Review lessons.
        ("a lesson cannot review itself", "una lección no puede repasarse a sí misma"),
        ("'{0}' comes later in the outline", "'{0}' viene después en el temario"),
        ("lesson '{0}' reviews '{1}', but {2}; review only earlier lessons", "la lección '{0}' repasa '{1}', pero {2}; repasa solo lecciones anteriores"),
        ("{0} of {1} lessons of course '{2}' are review lessons ({3}%); the policy asks for at least {4}%",
         "{0} de {1} lecciones del curso '{2}' son de repaso ({3}%); la política pide al menos {4}%"),

        // Rhythm.
        ("{0} lessons and practice quizzes ({1} lessons, {2} quizzes)", "{0} lecciones y prácticas ({1} lecciones, {2} prácticas)"),
        ("course '{0}' has {1}; the policy asks for at least {2}", "el curso '{0}' tiene {1}; la política pide al menos {2}"),
        ("course '{0}' has {1}; the policy allows at most {2}", "el curso '{0}' tiene {1}; la política permite como máximo {2}"),
        ("lesson '{0}' makes {1} lessons in a row without a practice quiz; {2}", "con la lección '{0}' van {1} lecciones seguidas sin práctica; {2}"),
        ("the policy asks for a practice quiz after every lesson", "la política pide una práctica después de cada lección"),
        ("the policy asks for one at least every {0} lessons", "la política pide una al menos cada {0} lecciones"),

        // Targets.
        ("question '{0}' assesses '{1}', which no lesson of course '{2}' teaches",
         "la pregunta '{0}' evalúa '{1}', que ninguna lección del curso '{2}' enseña"),
        ("lesson '{0}' addresses '{1}', which is not among the targets of course '{2}' ({3})",
         "la lección '{0}' trata '{1}', que no está entre las metas del curso '{2}' ({3})"),
        ("target competency '{0}'", "la competencia meta '{0}'"),
        ("{0} is taught by no lesson; add it to the `objectives` of the lessons that teach it",
         "ninguna lección enseña {0}; agrégala a los `objectives` de las lecciones que la enseñan"),
        ("{0} is practised by no practice-quiz question; tag one with objectives={1}",
         "ninguna pregunta de práctica ejercita {0}; marca una con objectives={1}"),
        ("the course has no assessment", "el curso no tiene evaluación"),
        ("1 assessment item assesses it", "la evalúa 1 reactivo"),
        ("{0} assessment items assess it", "la evalúan {0} reactivos"),
        ("at least 1 assessment item", "al menos 1 reactivo de evaluación"),
        ("at least {0} assessment items", "al menos {0} reactivos de evaluación"),
        ("{0} needs {1}; {2}", "{0} necesita {1}; {2}"),
        ("syllabus unit '{0}' ({1}) is taught by no lesson; add it to the `objectives` of the lessons that teach it",
         "ninguna lección enseña la unidad del programa '{0}' ({1}); agrégala a los `objectives` de las lecciones que la enseñan"),
    ]
}
