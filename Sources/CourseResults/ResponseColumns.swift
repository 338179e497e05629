import CourseKit
/// The columns of the long responses format (docs/results.md), found by
/// name in the header: four required, four optional (the attempt, when it
/// was taken, and the course and version it was taken in, which files from
/// the offline course carry), and every other column a grouping column
/// (`school`, `state`, `grade`…). Names are compared without case; each
/// role also has its Spanish name.
public struct ResponseColumns: Sendable {
    public enum Role: String, CaseIterable, Sendable {
        case learner, assessment, item, response, attempt, timestamp, course, version

        /// The names a header may use for the role: the format's own, the
        /// Spanish ones, and those of SCORM interactions exports (named
        /// after the SCORM 1.2 data model elements).
        public var names: [String] {
            switch self {
            case .learner: ["learner", "estudiante", "student_id", "cmi.core.student_id", "learner_id"]
            case .assessment: ["assessment", "evaluacion", "evaluación", "sco"]
            case .item: ["item", "reactivo", "interaction_id", "cmi.interactions.n.id"]
            case .response: ["response", "respuesta", "student_response", "cmi.interactions.n.student_response"]
            case .attempt: ["attempt", "intento"]
            case .timestamp: ["timestamp", "fecha"]
            case .course: ["course", "curso"]
            case .version: ["version", "versión"]
            }
        }

        public var isRequired: Bool {
            switch self {
            case .learner, .assessment, .item, .response: true
            case .attempt, .timestamp, .course, .version: false
            }
        }
    }

    /// Field index of each role found.
    public var index: [Role: Int] = [:]
    /// Grouping columns: name and field index, in header order.
    public var groups: [(name: String, index: Int)] = []
    public var count = 0

    /// Problems with the header: a missing required column, a repeated name.
    public var problems: [Message] = []

    public init(header: [String]) {
        count = header.count
        var seen: [String: Int] = [:]
        for (n, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let lower = name.lowercased()
            if let first = seen[lower] {
                problems.append("column '\(name)' appears twice (columns \(first + 1) and \(n + 1))")
                continue
            }
            seen[lower] = n
            if let role = Role.allCases.first(where: { $0.names.contains(lower) }) {
                if index[role] != nil {
                    problems.append("columns \(index[role]! + 1) and \(n + 1) both name the \(role.rawValue)")
                } else {
                    index[role] = n
                }
            } else if !name.isEmpty {
                groups.append((name, n))
            }
        }
        for role in Role.allCases where role.isRequired && index[role] == nil {
            problems.append("the header has no `\(role.rawValue)` column; the columns are learner, assessment, item, response")
        }
    }
}

import Foundation
