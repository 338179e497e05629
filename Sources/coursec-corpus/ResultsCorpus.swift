import Foundation

// `coursec-corpus results OUTPUT_DIR [--learners N] [--items 20|40] [--seed S]`:
// a small course repository whose assessment has known item parameters,
// and the responses of N simulated learners to its diagnostic and final,
// under a two-parameter logistic IRT model:
//
//     P(right | θ) = 1 / (1 + exp(−a (θ − b)))
//
// with θ_pre ~ N(0, 1), θ_post = θ_pre + 0.8 + N(0, 0.3²). Four items are
// planted bad, for the flags to find:
//   item 3  reversed key: the course marks option a, learners who know choose c
//   item 4  dead distractor: nobody ever chooses option d
//   item 5  differential: 1.5 logits harder for learners of state "Sur"
//   item 7  everyone answers it right
// Everything is drawn from one SplitMix64 stream, so the same arguments
// give the same bytes on every machine. Written: coursec.yaml, marco.yaml,
// curso/…, respuestas.csv, and clave.json (the items as simulated, for the
// independent Python implementation in Tests/CourseResultsTests/Oracle).
enum ResultsCorpus {
    struct Item {
        var id: String
        var kind: String // single, multiple, true-false, fill
        var a: Double
        var b: Double
        var objective: String
        /// Options the course marks right, and the option learners who know choose.
        var keyed: [Int]
        var known: [Int]
        var deadOption: Int?
        var differential = false
        var everyoneRight = false
    }

    static func run(_ arguments: [String]) throws {
        guard let out = arguments.first else {
            try? FileHandle.standardError.write(contentsOf: Data("usage: coursec-corpus results OUTPUT_DIR [--learners N] [--items 20|40] [--seed S]\n".utf8))
            exit(2)
        }
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let n = arguments.firstIndex(of: name), n + 1 < arguments.count, let value = Int(arguments[n + 1]) else { return fallback }
            return value
        }
        let learners = option("--learners", 300), itemCount = option("--items", 20)
        var rng = SplitMix64(state: UInt64(option("--seed", 20220312)))
        let root = URL(fileURLWithPath: out)
        try? FileManager.default.removeItem(at: root)

        var items: [Item] = []
        for n in 0..<itemCount {
            let a = 0.8 + 1.2 * Double((n * 37) % 10) / 9
            let b = -1.5 + 3.0 * Double((n * 53) % 11) / 10
            var item = Item(id: "r\(n + 1)", kind: "single", a: a, b: b, objective: "M\(n % 4 + 1)", keyed: [n % 4], known: [n % 4])
            switch n {
            case 2: item.keyed = [0]; item.known = [2]
            case 3: item.deadOption = 3; item.keyed = [1]; item.known = [1]
            case 4: item.differential = true; item.b = 0
            case 6: item.everyoneRight = true
            case 8: item.kind = "true-false"; item.keyed = [0]; item.known = [0]
            case 10: item.kind = "multiple"; item.keyed = [0, 2]; item.known = [0, 2]
            case 12: item.kind = "fill"; item.keyed = []; item.known = []
            default: break
            }
            items.append(item)
        }
        try write(files(items), under: root)

        var csv = "learner,assessment,item,response,attempt,timestamp,school,state,grade\n"
        let states = ["Norte", "Centro", "Sur"]
        for j in 0..<learners {
            let code = "A" + String(format: "%06d", j + 1)
            let school = j % 40
            let groups = "E\(String(format: "%02d", school + 1)),\(states[school % 3]),\(10 + j % 3)"
            let pre = normal(&rng)
            let post = pre + 0.8 + 0.3 * normal(&rng)
            let takesPre = rng.next() % 100 >= 4, takesPost = rng.next() % 100 >= 6
            for (session, theta, taken, day) in [("diagnostic", pre, takesPre, "2022-03-14"), ("final", post, takesPost, "2022-07-11")] {
                guard taken || (!takesPre && !takesPost && session == "final") else { continue }
                for item in items {
                    var b = item.b
                    if item.differential, states[school % 3] == "Sur" { b += 1.5 }
                    let p = 1 / (1 + exp(-item.a * (theta - b)))
                    let knows = item.everyoneRight || uniform(&rng) < p
                    let omitted = !item.everyoneRight && rng.next() % 100 < 2
                    let response = omitted ? "" : self.response(item, knows: knows, rng: &rng)
                    csv += "\(code),\(session),\(item.id),\(response),1,\(day)T10:00:00Z,\(groups)\n"
                }
            }
        }
        try Data(csv.utf8).write(to: root.appendingPathComponent("respuestas.csv"))
        print("results corpus: \(learners) learners, \(itemCount) items in \(root.path)")
    }

    static func response(_ item: Item, knows: Bool, rng: inout SplitMix64) -> String {
        let letters = ["a", "b", "c", "d"]
        switch item.kind {
        case "true-false": return knows ? "t" : "f"
        case "fill": return knows ? (rng.next() % 2 == 0 ? "12" : " Doce") : "13"
        case "multiple":
            // Quoted: the letters are separated by commas.
            return knows ? "\"a,c\"" : ["a", "c", "\"a,b,c\"", "b", "\"b,d\""][Int(rng.next() % 5)]
        default:
            if knows { return letters[item.known[0]] }
            let wrong = (0..<4).filter { $0 != item.known[0] && $0 != item.deadOption }
            return letters[wrong[Int(rng.next() % UInt64(wrong.count))]]
        }
    }

    static func uniform(_ rng: inout SplitMix64) -> Double { Double(rng.next() >> 11) / Double(1 << 53) }

    /// Box–Muller.
    static func normal(_ rng: inout SplitMix64) -> Double {
        let u1 = max(uniform(&rng), 1e-300), u2 = uniform(&rng)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    static func files(_ items: [Item]) -> [String: String] {
        var assessment = "---\nid: evaluacion\ntype: assessment\ntitle: Evaluación simulada\n---\n\n"
        for (n, item) in items.enumerated() {
            switch item.kind {
            case "fill":
                assessment += "\(n + 1). El doble de 6 es [[12 | doce]]. {#\(item.id) objectives=\(item.objective)}\n\n"
            case "true-false":
                assessment += "\(n + 1). El número \(n + 2) es mayor que \(n + 1). {#\(item.id) objectives=\(item.objective) type=true-false}\n\n"
                assessment += "   - [x] Verdadero\n   - [ ] Falso\n\n"
            default:
                let multiple = item.kind == "multiple" ? " type=multiple" : ""
                assessment += "\(n + 1). Pregunta simulada número \(n + 1) sobre \(item.objective). {#\(item.id) objectives=\(item.objective)\(multiple)}\n\n"
                for o in 0..<4 { assessment += "   - [\(item.keyed.contains(o) ? "x" : " ")] Opción \(o + 1) de la pregunta \(n + 1)\n" }
                assessment += "\n"
            }
        }
        var key: [String] = []
        for item in items {
            let kind = item.kind == "fill" ? "fill" : item.kind
            let blanks = item.kind == "fill" ? "[{\"answers\": [\"12\", \"doce\"], \"contains\": false}]" : "[]"
            let options = item.kind == "fill" ? 0 : item.kind == "true-false" ? 2 : 4
            key.append("  {\"id\": \"\(item.id)\", \"kind\": \"\(kind)\", \"optionCount\": \(options), \"right\": \(item.keyed), "
                       + "\"trueOption\": \(item.kind == "true-false" ? "0" : "null"), \"blanks\": \(blanks), \"objectives\": [\"\(item.objective)\"], "
                       + "\"a\": \(item.a), \"b\": \(item.b)}")
        }
        return [
            "coursec.yaml": """
                name: Corpus de resultados
                language: es-MX
                frameworks:
                  - marco.yaml
                phases:
                  - id: fase-1
                    title: Fase 1
                    start: 2022-03-12
                    end: 2022-07-29
                courses:
                  - curso
                policy:
                  rules:
                    CS0501:
                      params: { min: 1 }

                """,
            "marco.yaml": "id: mcc\ntitle: Competencias simuladas\nitems:\n"
                + (1...4).map { "  - code: M\($0)\n    type: competency\n    statement: Competencia simulada \($0).\n" }.joined(),
            "curso/course.yaml": """
                id: curso
                title: Curso simulado
                description: Un curso para simular respuestas.
                subject: matematicas
                grades: [10]
                version: 1.0.0
                outline:
                  - unit: Unidad 1
                    items:
                      - leccion.md
                assessment: evaluacion.md

                """,
            "curso/leccion.md": "---\nid: leccion\ntitle: Lección\nobjectives: [M1, M2, M3, M4]\n---\n\nTexto de la lección.\n",
            "curso/evaluacion.md": assessment,
            "clave.json": "[\n" + key.joined(separator: ",\n") + "\n]\n",
        ]
    }

    static func write(_ files: [String: String], under root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
