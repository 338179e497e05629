import ArgumentParser
import CourseKit
import CourseRelease
import CourseResults
import Foundation

/// `coursec results`: learners' responses scored against the keys of the
/// version they took (a release folder, or the sources of a phase): item
/// analysis, pre/post gains, and flags on the items' source lines.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: localized("Analyse learners' responses: item statistics, pre/post gains, flags on the items."),
        discussion: localized("""
            DIR is a course repository (default: the current folder) or a release folder; RESPONSES are CSV \
            files in the long format of docs/results.md. Exit status: 0 report written, 1 errors in the \
            responses (or warnings with --strict), 2 could not run.
            """))

    @Argument(help: .localized("[DIR] RESPONSES…: the repository or release folder, then the responses files."))
    var paths: [String]

    @Option(help: .localized("For sources: the phase whose version learners took (default: the latest)."))
    var phase: String?

    @Option(help: .localized("The course (its id); needed when there are several."))
    var course: String?

    @Option(help: .localized("Output format: text, json, csv, html, sarif or github."))
    var format: String = "text"

    @Option(help: .localized("A grouping column of the responses to break gains down by (repeat it for several)."))
    var by: [String] = []

    @Flag(help: .localized("Write learners' codes and scores into the report (keep such reports private)."))
    var showLearners = false

    @Option(help: .localized("Groups with fewer matched learners are not shown."))
    var minGroup: Int = 10

    @Flag(help: .localized("Treat warnings as errors."))
    var strict = false

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        guard let format = ResultsFormat(rawValue: format) else {
            throw CLIError.cannotRun("unknown format '\(self.format)'; use \(ResultsFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard minGroup >= 1 else { throw CLIError.cannotRun("--min-group must be at least 1") }
        var directory = "."
        var responses = paths
        if let first = paths.first, Self.isFolder(first) {
            directory = first
            responses.removeFirst()
        }
        guard !responses.isEmpty else { throw CLIError.cannotRun("give at least one responses file (CSV)") }
        if !FileManager.default.fileExists(atPath: directory + "/release.json"),
           let found = try? RepositoryArgument.root(directory) {
            directory = found
        }
        let root = URL(fileURLWithPath: directory)
        let (keys, policy, fromSources) = try loadKeys(root)

        var loader = ResponseLoader(keys: keys)
        for path in responses {
            guard FileManager.default.isReadableFile(atPath: path), !Self.isFolder(path) else {
                throw CLIError.cannotRun("cannot read the responses file '\(path)'")
            }
            try loader.read(path: path, name: path)
        }
        let columns = loader.table.groupColumns
        for column in by where !columns.contains(column) {
            let hint: Message = Suggestion.closest(to: column, in: columns).map { "; did you mean '\($0)'?" } ?? ""
            let names: Message = columns.isEmpty ? "none" : "\(columns.joined(separator: ", "))"
            throw CLIError.cannotRun("the responses have no column '\(column)'\(hint) (grouping columns: \(names))")
        }
        let options = ResultsOptions(by: by, minGroup: minGroup, showLearners: showLearners, policy: policy,
                                     language: CLILanguage.current)
        let outcome = ResultsAnalyzer.analyse(loader.table, keys: keys, files: responses, options: options)
        // Item flags name repository paths; show them from where the user stands.
        var diagnostics = DiagnosticEngine(policy: policy).process(loader.diagnostics) + outcome.flags.map { flag in
            var flag = flag
            if fromSources { flag.range.file = RenderContext(pathPrefix: directory).displayPath(flag.range.file) }
            return flag
        }
        if strict {
            diagnostics = diagnostics.map { var d = $0; if d.severity == .warning { d.severity = .error }; return d }
        }
        diagnostics = Diagnostic.sortedForOutput(diagnostics)
        let context = RenderContext(source: Self.sourceExcerpt,
                                    color: format == .text && Terminal.supportsColor(fileHandle: STDOUT_FILENO),
                                    language: CLILanguage.current)
        switch format {
        case .sarif: try Terminal.write(DiagnosticFormat.sarif.renderer.render(diagnostics, context: context))
        case .github: try Terminal.write(DiagnosticFormat.github.renderer.render(diagnostics, context: context))
        case .text:
            try Terminal.write(format.render(outcome.report, diagnostics: diagnostics, language: CLILanguage.current))
            try Terminal.write("\n" + DiagnosticFormat.text.renderer.render(diagnostics, context: context))
        case .json: try Terminal.write(format.render(outcome.report, diagnostics: diagnostics, language: CLILanguage.current))
        case .csv, .html:
            try Terminal.write(format.render(outcome.report, diagnostics: diagnostics, language: CLILanguage.current))
            if !diagnostics.isEmpty {
                try Terminal.error(DiagnosticFormat.text.renderer.render(diagnostics, context: RenderContext(source: Self.sourceExcerpt,
                                                                                                           language: CLILanguage.current)))
            }
        }
        withExtendedLifetime(loader) { Coursec.exitNow(diagnostics.contains { $0.severity == .error } ? 1 : 0) }
    }

    /// The keys, the policy, and whether they come from sources (else a release).
    private func loadKeys(_ root: URL) throws -> (AnswerKeys, Policy, Bool) {
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("release.json").path) {
            guard phase == nil else {
                throw CLIError.cannotRun("--phase is for sources; a release folder is the version of one phase")
            }
            let source: SnapshotSource
            do {
                source = try SnapshotSource.load(root, phaseID: nil)
            } catch let error as ReleaseError {
                throw CLIError.cannotRun(error.message)
            }
            let snapshot = try pick(source.snapshots.map { ($0.id, $0) })
            guard let keys = snapshot.answerKeys(origin: CLILanguage.text("release in \(source.label) (\(source.title))")) else {
                throw CLIError.cannotRun("the release \(root.path) does not record answer keys (it was made by an older coursec); run results on the sources of that version with --phase")
            }
            return (keys, Policy(), false)
        }
        let result: CourseCompiler.Result
        do {
            result = try CourseCompiler(root: root).check()
        } catch let error as LoadError {
            throw CLIError.cannotRun(error.message)
        }
        CLILanguage.settle(repositoryLanguage: result.repository.language)
        guard !result.hasErrors else {
            throw CLIError.cannotRun("\(root.path) has errors, so its answer keys cannot be trusted; run coursec check \(root.path)")
        }
        let repository = result.repository
        guard let chosen = phase.map({ repository.phase(id: $0) }) ?? repository.phases.last else {
            throw CLIError.cannotRun("unknown phase '\(phase ?? "")'; the repository declares: \(repository.phases.map(\.id).joined(separator: ", "))")
        }
        let filtered = PhaseFilter.apply(repository, phase: chosen)
        let course = try pick(filtered.courses.map { ($0.id.value, $0) })
        return (AnswerKeys(course: course, origin: CLILanguage.text("sources, \(chosen.title)")), repository.policy, true)
    }

    private func pick<T>(_ courses: [(String, T)]) throws -> T {
        if let course {
            guard let found = courses.first(where: { $0.0 == course }) else {
                let hint: Message = Suggestion.closest(to: course, in: courses.map(\.0)).map { "; did you mean '\($0)'?" } ?? ""
                throw CLIError.cannotRun("no course '\(course)'\(hint)")
            }
            return found.1
        }
        guard courses.count == 1 else {
            throw CLIError.cannotRun(courses.isEmpty ? "there is no course" : "choose a course with --course: \(courses.map(\.0).joined(separator: ", "))")
        }
        return courses[0].1
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A file's text for excerpts under diagnostics; large files (a big
    /// responses file) are not read for that.
    static func sourceExcerpt(_ path: String) -> SourceFile? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int, size <= 4 << 20,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        if case .decoded(let file) = SourceDecoder.decode([UInt8](data), path: path, into: DiagnosticSink()) { return file }
        return nil
    }
}
