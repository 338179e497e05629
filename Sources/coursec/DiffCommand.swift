import ArgumentParser
import CourseRelease
import Foundation

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: localized("Show what changed between two releases or two source trees, as in CHANGES.md."),
        discussion: localized("Each side is a release folder or a course repository. Exit status: 0 compared, 2 could not run."))

    @Argument(help: .localized("The older release folder or course repository."))
    var old: String

    @Argument(help: .localized("The newer release folder or course repository."))
    var new: String

    @Option(name: .long, help: .localized("For source trees: the phase to compare (default: the latest)."))
    var phase: String?

    @Option(name: .long, help: .localized("Output format: markdown or json."))
    var format: String = "markdown"

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        guard ["markdown", "json"].contains(format) else {
            throw CLIError.cannotRun("unknown format '\(format)'; use markdown or json")
        }
        try ReleaseCLI.mapErrors {
            let before = try SnapshotSource.load(URL(fileURLWithPath: old), phaseID: phase)
            let after = try SnapshotSource.load(URL(fileURLWithPath: new), phaseID: phase)
            let changes = ReleaseDiff.compare(old: before.snapshots, new: after.snapshots, from: before.label, to: after.label)
            if format == "json" {
                try Terminal.write(String(decoding: try ReleaseDiff.json(changes), as: UTF8.self))
            } else {
                try Terminal.write(ChangesRenderer.markdown(changes, title: after.title, language: after.language))
            }
        }
    }
}
