import ArgumentParser
import CourseKit
import CoursePreview
import Foundation

/// `coursec serve`: the offline course in the author's browser, updated on
/// every save. What the command itself says is in Spanish, for authors; the
/// problems are the check's own lines.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the offline course in a browser, updated each time a file is saved.",
        discussion: """
            Serves the offline site (target html) on http://127.0.0.1:PORT/, reloads the open page when a file \
            it is made from changes, and shows the check's problems over the page and here. It listens on this \
            computer only: --host 0.0.0.0 shows unpublished content (drafts, assessments and their answers) to \
            anyone on the network. Exit status: 2 could not start (no coursec.yaml, the port is taken).
            """)

    @Argument(help: "The course repository, or any folder in it (default: the current folder).")
    var directory: String = "."

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    var port: Int = 8000

    @Option(name: .long, help: "Address to listen on. Anything but 127.0.0.1, localhost or ::1 exposes the preview to the network.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Phase to show (default: the latest), as in coursec build.")
    var phase: String?

    func run() throws {
        guard (0...65535).contains(port) else { throw CLIError.cannotRun("--port must be between 0 and 65535") }
        let directory = try RepositoryArgument.root(self.directory)
        let root = URL(fileURLWithPath: directory)
        Self.letStopSignalsThrough()
        let server: PreviewServer
        do {
            server = try PreviewServer(options: .init(root: root, host: host, port: port, phaseID: phase))
        } catch let error as PreviewError {
            throw CLIError.cannotRun(error.description)
        }
        if !["127.0.0.1", "localhost", "::1"].contains(host.lowercased()) {
            try? Terminal.error("""
                aviso: con --host \(host) cualquier equipo de la red puede ver la vista previa, con lo que aún no se \
                publica (borradores, evaluaciones y sus respuestas). Úsalo solo en una red de confianza.

                """)
        }
        for folder in server.unwatchedFolders {
            try? Terminal.error("aviso: no se puede vigilar la carpeta '\(folder)': sus cambios no se verán hasta el siguiente cambio en otra\n")
        }
        try? Terminal.write("""
            coursec serve: vista previa de \(directory) en \(server.url)
            Abre esa dirección en el navegador. Cada vez que guardes un archivo, la página se actualiza. Ctrl+C termina.

            """)
        let printer = ServeUpdatePrinter(directory: directory, root: root)
        server.run { printer.print($0) }
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
