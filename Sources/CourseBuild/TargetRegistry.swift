import CourseKit
import TargetHTML
import TargetMCT
import TargetSCORM12
import TargetSyllabus

/// Every output target, in the order `--target` lists them.
public enum TargetRegistry {
    public static let all: [any BuildTarget] = [MCTTarget(), HTMLTarget(), SCORM12Target(), SyllabusTarget()]

    public static var names: [String] { all.map(\.name) }

    /// Targets chosen by name (empty: all), in registry order.
    public static func select(_ names: [String], from targets: [any BuildTarget] = all) throws -> [any BuildTarget] {
        guard !names.isEmpty else { return targets }
        for name in names where !targets.contains(where: { $0.name == name }) {
            throw BuildError.unknownTarget(name, available: targets.map(\.name))
        }
        return targets.filter { names.contains($0.name) }
    }
}
