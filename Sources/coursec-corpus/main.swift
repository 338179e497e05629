import Foundation

// Generates the benchmark corpus: a course repository shaped like the
// programme's 12 courses (their published lesson-and-quiz counts), lessons
// of 400–1,200 words, a practice quiz every three lessons, a 20- or
// 40-item assessment per course, frameworks and targets. The output is
// fully determined by the seed, so every machine benchmarks the same bytes.
//
// usage: coursec-corpus OUTPUT_DIR [--scale N]
//        coursec-corpus results OUTPUT_DIR [--learners N] [--items 20|40] [--seed S]  (see ResultsCorpus)

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

let courses: [(id: String, title: String, subject: String, items: Int, assessment: Int)] = [
    ("quimica-1", "Química 1", "quimica", 88, 20), ("quimica-2", "Química 2", "quimica", 100, 20),
    ("ingles-3", "Inglés 3", "ingles", 299, 40), ("ingles-4", "Inglés 4", "ingles", 193, 40),
    ("matematicas-1", "Matemáticas 1", "matematicas", 68, 20), ("matematicas-2", "Matemáticas 2", "matematicas", 101, 20),
    ("matematicas-3", "Matemáticas 3", "matematicas", 63, 20), ("matematicas-4", "Matemáticas 4", "matematicas", 91, 20),
    ("matematicas-6", "Matemáticas 6", "matematicas", 106, 20), ("fisica-1", "Física 1", "fisica", 113, 40),
    ("espanol-1", "Español 1", "espanol", 79, 20), ("espanol-2", "Español 2", "espanol", 81, 20),
]

let words = """
    el la los las un una de del y en que por para con sin sobre entre como cuando donde porque número \
    ecuación función gráfica variable valor resultado problema ejemplo solución razón proporción fracción \
    energía fuerza masa velocidad materia átomo molécula reacción sustancia elemento enlace texto lectura \
    idea párrafo argumento autor lector oración verbo sujeto contexto tiempo espacio forma medida cambio \
    relación modelo análisis estudiante escuela clase práctica ejercicio paso regla propiedad conjunto \
    observa calcula compara explica identifica resuelve representa interpreta aplica construye comprueba \
    primero después finalmente además también entonces así mismo cada todo parte total mayor menor igual
    """.split(whereSeparator: \.isWhitespace).map(String.init)

func sentence(_ rng: inout SplitMix64) -> String {
    var s = (0..<rng.int(8...16)).map { _ in rng.pick(words) }.joined(separator: " ")
    s = s.prefix(1).uppercased() + s.dropFirst()
    if rng.int(0...9) == 0 { s += " $x_\(rng.int(1...9)) + \(rng.int(2...9))y = \(rng.int(10...99))$" }
    return s + "."
}

func lessonBody(_ rng: inout SplitMix64, words target: Int) -> String {
    var out = "", count = 0, section = 1
    while count < target {
        if count == 0 || rng.int(0...5) == 0 {
            out += "\n## Sección \(section)\n\n"
            section += 1
        }
        var paragraph: [String] = []
        for _ in 0..<rng.int(3...6) {
            let s = sentence(&rng)
            count += s.split(separator: " ").count
            paragraph.append(s)
        }
        out += paragraph.joined(separator: " ") + "\n\n"
        if rng.int(0...7) == 0 {
            out += "| Concepto | Valor |\n| --- | --- |\n| a | \(rng.int(1...99)) |\n| b | \(rng.int(1...99)) |\n\n"
        }
        if rng.int(0...7) == 0 {
            out += "- \(rng.pick(words)) **\(rng.pick(words))**\n- \(rng.pick(words)) *\(rng.pick(words))*\n\n"
        }
    }
    return out
}

func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    try? FileHandle.standardError.write(contentsOf: Data("usage: coursec-corpus OUTPUT_DIR [--scale N]\n".utf8))
    exit(2)
}
if arguments[1] == "results" {
    try ResultsCorpus.run(Array(arguments.dropFirst(2)))
    exit(0)
}
let root = URL(fileURLWithPath: arguments[1])
let scale = arguments.count >= 4 && arguments[2] == "--scale" ? max(1, Int(arguments[3]) ?? 1) : 1
try? FileManager.default.removeItem(at: root)
var rng = SplitMix64(state: 20211004)

let competencies = (1...8).map { "M\($0)" } + (1...12).map { "C\($0)" } + (1...6).map { "CE\($0)" }
var framework = "id: mcc\ntitle: Marco Curricular Común (corpus)\nversion: \"2017\"\nitems:\n"
for code in competencies {
    framework += "  - code: \(code)\n    type: competency\n    statement: Competencia \(code) del corpus de prueba.\n"
}
try write(framework, to: root.appendingPathComponent("marcos/mcc.yaml"))

var manifest = """
    name: Corpus de referencia
    language: es-MX
    frameworks:
      - marcos/mcc.yaml
    phases:
      - id: fase-1
        title: Fase 1
        start: 2021-10-04
        end: 2022-03-11
    courses:

    """
var totalItems = 0
for round in 0..<scale {
    for course in courses {
        let id = scale == 1 ? course.id : "\(course.id)-\(round + 1)"
        manifest += "  - \(id)\n"
        let dir = root.appendingPathComponent(id)
        let targets = (0..<4).map { _ in rng.pick(competencies) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var outline = "outline:\n"
        var lessonIndex = 0, quizIndex = 0, itemsInUnit = 0, unit = 0
        for n in 0..<course.items {
            if itemsInUnit == 0 {
                unit += 1
                outline += "  - unit: Unidad \(unit)\n    items:\n"
            }
            let isQuiz = n % 4 == 3
            if isQuiz {
                quizIndex += 1
                let name = "practicas/practica-\(quizIndex).md"
                outline += "      - \(name)\n"
                var quiz = "---\nid: practica-\(quizIndex)\ntype: quiz\ntitle: Práctica \(quizIndex)\n---\n\n"
                for q in 1...5 {
                    quiz += "\(q). \(sentence(&rng)) {#p\(quizIndex)-\(q) objectives=\(rng.pick(targets))}\n\n"
                    let right = rng.int(0...3)
                    for o in 0..<4 { quiz += "   - [\(o == right ? "x" : " ")] Opción \(o + 1): \(rng.pick(words)) \(rng.pick(words))\n" }
                    quiz += "\n"
                }
                try write(quiz, to: dir.appendingPathComponent(name))
            } else {
                lessonIndex += 1
                let name = "lecciones/leccion-\(lessonIndex).md"
                outline += "      - \(name)\n"
                let review = lessonIndex > 5 && rng.int(0...4) == 0 ? "review-of: [leccion-\(rng.int(1...(lessonIndex - 1)))]\n" : ""
                let body = lessonBody(&rng, words: rng.int(400...1200))
                try write("---\nid: leccion-\(lessonIndex)\ntitle: Lección \(lessonIndex)\nobjectives: [\(rng.pick(targets))]\nminutes: \(rng.int(10...40))\ntags: [\(rng.pick(words))]\n\(review)---\n\(body)", to: dir.appendingPathComponent(name))
            }
            itemsInUnit = (itemsInUnit + 1) % 12
            totalItems += 1
        }
        var assessment = "---\nid: evaluacion\ntype: assessment\ntitle: Evaluación \(course.title)\npass: 60\n---\n\n"
        for q in 1...course.assessment {
            assessment += "\(q). Pregunta \(q): \(sentence(&rng)) {#e\(q) objectives=\(targets[q % targets.count])}\n\n"
            let right = (q - 1) % 4
            let indent = String(repeating: " ", count: "\(q). ".count)
            for o in 0..<4 { assessment += indent + "- [\(o == right ? "x" : " ")] Respuesta \(o + 1) \(rng.pick(words))\n" }
            assessment += "\n"
        }
        try write(assessment, to: dir.appendingPathComponent("evaluacion.md"))
        let yaml = """
            id: \(id)
            title: \(course.title)
            description: Curso del corpus de referencia.
            subject: \(course.subject)
            grades: [10]
            version: 1.0.0
            targets:
              competencies: [\(targets.joined(separator: ", "))]
            \(outline)assessment: evaluacion.md

            """
        try write(yaml, to: dir.appendingPathComponent("course.yaml"))
    }
}
try write(manifest, to: root.appendingPathComponent("coursec.yaml"))
print("corpus: \(courses.count * scale) courses, \(totalItems) lessons and quizzes in \(root.path)")
