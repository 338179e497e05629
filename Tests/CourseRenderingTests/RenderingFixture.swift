import CourseKit
import CourseRendering
import Foundation

/// A small in-memory repository with every kind of content the renderer
/// handles: math, images, a missing image, external resources, all question
/// types, an assessment with explanations.
enum RenderingFixture {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

    static let files: [String: String] = [
        // The minimal repository's manifest: one phase, one course, no size bounds.
        "coursec.yaml": ExampleRepository.base["coursec.yaml"]!,
        "curso/course.yaml": """
            id: curso
            title: Curso de prueba
            description: Un curso para probar el renderizado.
            subject: matematicas
            grades: [10]
            version: 1.2.0
            language: es-MX
            outline:
              - unit: Unidad 1
                items:
                  - leccion.md
                  - practica.md
            assessment: evaluacion.md

            """,
        "curso/leccion.md": """
            ---
            id: leccion
            title: Lección con matemáticas
            minutes: 15
            resources:
              - provider: youtube
                url: https://www.youtube.com/watch?v=abc123
                title: Video de apoyo
                license: CC BY 4.0
                fallback: media/figura.png
            ---

            ## Primera parte

            La fórmula es $x^2 + 1$.

            ![Una figura con dos puntos](media/figura.png)

            ![Otra vez la misma figura](media/copia.png)

            """,
        "curso/practica.md": """
            ---
            id: practica
            type: quiz
            title: Práctica uno
            ---

            1. ¿Cuánto es 2 + 2? {#suma}

               - [x] 4
                 > Porque dos más dos son cuatro.
               - [ ] 5

            2. Elige los pares. {#pares type=multiple}

               - [x] 2
               - [ ] 3
               - [x] 8

            3. El cero es par. {#cero type=true-false}

               - [x] Verdadero
               - [ ] Falso

            4. La mitad de 8 es [[4 | cuatro]] y el doble de 5 es [[~10]]. {#mitad}

            """,
        "curso/evaluacion.md": """
            ---
            id: evaluacion
            type: assessment
            title: Evaluación del curso
            pass: 70
            blueprint: { M1: 100% }
            ---

            1. ¿Cuánto es 3 + 3? {#ev-suma}

               - [ ] 5
               - [x] 6

               > SECRETO-EXPLICACION: tres más tres son seis.

            """,
    ]

    static func fileSystem(extra: [String: String] = [:]) -> InMemoryFileSystem {
        var bytes = (files.merging(extra) { _, new in new }).mapValues { Array($0.utf8) }
        bytes["curso/media/figura.png"] = png
        bytes["curso/media/copia.png"] = png
        return InMemoryFileSystem(bytes: bytes)
    }

    static func load(extra: [String: String] = [:]) throws -> (Repository, InMemoryFileSystem) {
        let fs = fileSystem(extra: extra)
        let result = try CourseCompiler(fileSystem: fs).check()
        return (result.repository, fs)
    }

    /// The renderer reports nothing; `BuildFailures` says what it could not read.
    static func renderer(extra: [String: String] = [:]) throws -> (CourseRenderer, Course, BuildFailures) {
        let (repository, fs) = try load(extra: extra)
        let failures = BuildFailures()
        let renderer = CourseRenderer(repository: repository, fileSystem: fs, failures: failures)
        guard let course = repository.courses.first else { throw FixtureError.noCourse }
        return (renderer, course, failures)
    }

    enum FixtureError: Error { case noCourse, noLesson }
}
