import CoursecTestSupport
import Foundation
import Testing

/// What the shell shows: `--help` of every command in words an author
/// understands, completions that bash really offers, and a man page that
/// groff reads; the committed copies (docs/completions, docs/coursec.1)
/// are what the binary generates (`make docs`).
@Suite struct HelpAndCompletionTests {
    static let commands = ["", "check", "build", "coverage", "rules", "explain", "keygen", "release", "verify", "diff",
                           "results", "init", "new", "schema", "import", "import mct-questions"]

    @Test func everyCommandIsListed() throws {
        let out = try CLIRunner.run(["--help"])
        for command in Self.commands.dropFirst() where !command.contains(" ") {
            #expect(out.stdout.contains("\n  \(command) "), "coursec --help does not list \(command)")
        }
    }

    /// Swift type names (`DiagnosticFormatArgument(value: CourseKit.DiagnosticFormat.text)`) never reach the help.
    @Test(arguments: commands)
    func helpShowsNoInternalNames(_ command: String) throws {
        let out = try CLIRunner.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("USAGE: coursec"))
        // `Module.Type`, `Type(label: …)`, `Optional(…)`.
        let typeName = try Regex(#"\b[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*\b|\b[A-Z][A-Za-z0-9]*\([a-z][A-Za-z]*: |Optional\("#)
        #expect("default: DiagnosticFormatArgument(value: CourseKit.DiagnosticFormat.text)".firstMatch(of: typeName) != nil)
        for line in out.stdout.split(separator: "\n") {
            #expect(line.firstMatch(of: typeName) == nil, "coursec \(command) --help: \(line)")
        }
    }

    @Test(arguments: [("bash", "coursec.bash"), ("zsh", "_coursec"), ("fish", "coursec.fish")])
    func committedCompletionsAreCurrent(_ shell: String, _ file: String) throws {
        let out = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(out.status == 0)
        let committed = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("docs/completions/\(file)"), encoding: .utf8)
        #expect(committed == out.stdout, "docs/completions/\(file) is out of date: run make docs")
    }

    /// Bash itself, with the committed script, completes commands and values.
    @Test func bashCompletes() throws {
        func complete(_ line: String) throws -> [String] {
            let script = """
                source docs/completions/coursec.bash
                read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="$1"; COMP_POINT=${#1}
                _coursec coursec "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", script, "_", line]
            process.currentDirectoryURL = CLIRunner.repositoryRoot
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        #expect(try complete("coursec i") == ["init", "import"])
        #expect(try complete("coursec import ").contains("mct-questions"))
        #expect(try complete("coursec new ") == ["lesson", "quiz", "assessment"])
        #expect(try complete("coursec check --format ") == ["text", "json", "sarif", "github"])
        #expect(try complete("coursec check --format s") == ["sarif"])
    }

    /// docs/coursec.1 in English, docs/coursec.es.1 in Spanish.
    @Test(arguments: [("en", "docs/coursec.1"), ("es", "docs/coursec.es.1")])
    func manPageIsCurrentAndReadable(_ language: String, _ path: String) throws {
        let tree = try CLIRunner.run(["--experimental-dump-help"], environment: ["COURSEC_LANG": language])
        #expect(tree.status == 0)
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        generate.arguments = [CLIRunner.repositoryRoot.appendingPathComponent("scripts/man-page.py").path, "--lang", language]
        let input = Pipe(), output = Pipe()
        generate.standardInput = input
        generate.standardOutput = output
        try generate.run()
        input.fileHandleForWriting.write(Data(tree.stdout.utf8))
        try input.fileHandleForWriting.close()
        let page = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        generate.waitUntilExit()
        let committed = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        #expect(committed == page, "\(path) is out of date: run make docs")

        // groff reads it as man(1) does, with every warning enabled and none given.
        let groff = Process()
        groff.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        // -P-cbou: plain text, without overstriking for bold and underline.
        groff.arguments = ["-man", "-Tutf8", "-ww", "-P-cbou", CLIRunner.repositoryRoot.appendingPathComponent(path).path]
        groff.environment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let text = Pipe(), warnings = Pipe()
        groff.standardOutput = text
        groff.standardError = warnings
        try groff.run()
        let rendered = String(decoding: text.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: warnings.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        groff.waitUntilExit()
        #expect(groff.terminationStatus == 0)
        #expect(problems.isEmpty, "\(problems)")
        for command in Self.commands.dropFirst() {
            #expect(rendered.contains("coursec \(command)"), "the man page has no coursec \(command)")
        }
        #expect(rendered.contains("RESPONSES…"))
        // The page's own words and the commands' help are in its language.
        let words = language == "es" ? ["NOMBRE", "SINOPSIS", "COMANDOS", "valores:"] : ["NAME", "SYNOPSIS", "COMMANDS", "values:"]
        for word in words {
            #expect(rendered.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ").contains(word),
                    "\(path) lacks “\(word)”")
        }
    }
}
