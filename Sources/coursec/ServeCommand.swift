import ArgumentParser
import CourseKit
import CoursePreview
import Foundation

/// `coursec serve`: the offline course in the author's browser, updated on
/// every save. The command, the panel over the pages and the problems speak
/// the run's language.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: localized("Preview the offline course in a browser, updated each time a file is saved."),
        discussion: localized("""
            Serves the offline site (target html) on http://127.0.0.1:PORT/, reloads the open page when a file \
            it is made from changes, and shows the check's problems over the page and here. It listens on this \
            computer only: --host 0.0.0.0 shows unpublished content (drafts, assessments and their answers) to \
            anyone on the network. Exit status: 2 could not start (no coursec.yaml, the port is taken).
            """))

    @Argument(help: .localized("The course repository, or any folder in it (default: the current folder)."))
    var directory: String = "."

    @Option(name: .long, help: .localized("Port to listen on (0: any free port)."))
    var port: Int = 8000

    @Option(name: .long, help: .localized("Address to listen on. Anything but 127.0.0.1, localhost or ::1 exposes the preview to the network."))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: .localized("Phase to show (default: the latest), as in coursec build."))
    var phase: String?

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        guard (0...65535).contains(port) else { throw CLIError.cannotRun("--port must be between 0 and 65535") }
        let directory = try RepositoryArgument.root(self.directory)
        let root = URL(fileURLWithPath: directory)
        Self.letStopSignalsThrough()
        let language = CLILanguage.settle(repositoryLanguage: Self.declaredLanguage(root))
        let server: PreviewServer
        do {
            server = try PreviewServer(options: .init(root: root, host: host, port: port, phaseID: phase, language: language))
        } catch let error as PreviewError {
            throw CLIError.cannotRun(error.message)
        } catch let error as LoadError {
            throw CLIError.cannotRun(error.message)
        }
        if !["127.0.0.1", "localhost", "::1"].contains(host.lowercased()) {
            try? Terminal.error(CLILanguage.text("warning: with --host \(host) any computer on the network can see the preview, with what is not published yet (drafts, assessments and their answers). Use it only on a network you trust.") + "\n\n")
        }
        for folder in server.unwatchedFolders {
            try? Terminal.error(CLILanguage.text("warning: cannot watch the folder '\(folder)': its changes will not show until something else changes") + "\n")
        }
        try? Terminal.write(CLILanguage.text("coursec serve: preview of \(directory) at \(server.url)") + "\n"
            + CLILanguage.text("Open that address in the browser. Each time you save a file, the page updates. Ctrl+C stops.") + "\n\n")
        let printer = ServeUpdatePrinter(directory: directory, root: root)
        server.run { printer.print($0) }
    }

    /// The `language:` of the repository's coursec.yaml, read before the
    /// server loads the repository (the preview keeps its language while it runs).
    static func declaredLanguage(_ root: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("coursec.yaml").path),
              let text = String(data: data, encoding: .utf8),
              let node = YAMLParser.parse(text, in: SourceFile(path: "coursec.yaml", text: text), sink: DiagnosticSink()),
              case .mapping(let pairs) = node.value else { return nil }
        return pairs.first { $0.key.scalar == "language" }?.value.scalar
    }

    /// Ctrl+C, `kill` and a closed terminal end the preview, which keeps
    /// nothing on disk: their default action is restored and they are
    /// unblocked, whatever the parent process left (a program that starts
    /// coursec may have blocked them, and a blocked SIGTERM would leave the
    /// server running forever).
    static func letStopSignalsThrough() {
        var stops = sigset_t()
        sigemptyset(&stops)
        for stop in [SIGINT, SIGTERM, SIGHUP] {
            signal(stop, SIG_DFL)
            sigaddset(&stops, stop)
        }
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
    }
}
