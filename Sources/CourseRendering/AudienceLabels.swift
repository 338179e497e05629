import Foundation

/// Names people read for the ids a course file uses to say whom it serves
/// (`education-models`, `subsystems` in `course.yaml`): the syllabus shows
/// "Bachillerato tecnológico", not `bachillerato-tecnologico`. The table
/// holds the education models and subsystems of Mexican upper-secondary
/// education; an id it does not know is shown readably (hyphens become
/// spaces, the first letter capitalised; a subsystem id in capitals, as
/// acronyms are written). Listed in docs/outputs.md.
enum AudienceLabels {
    static let educationModels: [String: String] = [
        "bachillerato-general": "Bachillerato general",
        "bachillerato-tecnologico": "Bachillerato tecnológico",
        "profesional-tecnico": "Profesional técnico",
        "profesional-tecnico-bachiller": "Profesional técnico bachiller",
    ]

    static let subsystems: [String: String] = [
        "dgb": "DGB (Dirección General del Bachillerato)",
        "dgeti": "DGETI (Dirección General de Educación Tecnológica Industrial y de Servicios)",
        "dgetaycm": "DGETAyCM (Dirección General de Educación Tecnológica Agropecuaria y Ciencias del Mar)",
        "conalep": "CONALEP (Colegio Nacional de Educación Profesional Técnica)",
    ]

    /// `bachillerato-tecnologico` → "Bachillerato tecnológico".
    static func educationModel(_ id: String) -> String {
        educationModels[id.lowercased()] ?? readable(id)
    }

    /// `dgeti` → "DGETI (Dirección General de Educación Tecnológica …)".
    static func subsystem(_ id: String) -> String {
        subsystems[id.lowercased()] ?? id.uppercased()
    }

    /// `educacion-media-superior` → "Educacion media superior".
    static func readable(_ id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let first = words.first else { return id }
        return first.uppercased() + words.dropFirst()
    }
}
