import ArgumentParser
import CourseAuthoring
import Foundation

/// `coursec schema`: the JSON Schemas of the source format, generated from
/// the loaders' field tables (the copies in schemas/ are tested against them).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: localized("Print or write the JSON Schemas of coursec.yaml, course.yaml, front matter and frameworks."),
        discussion: localized("NAME is one of: \(names). Exit status: 0 written, 2 could not run."))

    /// The schemas' names without `.schema.json`, for the discussion.
    static var names: String { SchemaGenerator.all().map { String($0.name.dropLast(".schema.json".count)) }.joined(separator: ", ") }

    @Argument(help: ArgumentHelp(localized("The schema to print."), valueName: "name"))
    var name: String?

    @Option(help: .localized("Write every schema into this folder instead."))
    var out: String?

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let schemas = SchemaGenerator.all()
        if let out {
            let folder = URL(fileURLWithPath: out)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for (file, schema) in schemas {
                    try Data(schema.text().utf8).write(to: folder.appendingPathComponent(file), options: .atomic)
                }
            } catch {
                throw CLIError.cannotRun("cannot write the schemas into '\(out)': \((error as NSError).localizedDescription)")
            }
            return
        }
        guard let name else { throw CLIError.cannotRun("name a schema (\(schemas.map(\.name).joined(separator: ", "))) or give --out") }
        guard let schema = schemas.first(where: { $0.name == name || $0.name == name + ".schema.json" }) else {
            throw CLIError.cannotRun("no schema '\(name)'; the schemas are \(schemas.map(\.name).joined(separator: ", "))")
        }
        try Terminal.write(schema.schema.text())
    }
}
