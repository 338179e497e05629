/// GitHub Actions workflow commands: each diagnostic becomes an annotation
/// on the pull request's changed file (`::error file=…,line=…::message`),
/// the rule id as its title and the message in the context's language.
public struct GitHubDiagnosticRenderer: DiagnosticRenderer {
    public init() {}

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        var out = ""
        for d in diagnostics {
            let command: String
            switch d.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            let r = d.range
            var properties = "file=\(property(context.displayPath(r.file))),line=\(r.start.line),col=\(r.start.column)"
            properties += ",endLine=\(r.end.line),endColumn=\(r.end.column),title=\(property(d.id))"
            var message = context.text(d.message)
            for note in d.notes { message += "\n" + context.text(note.message) }
            out += "::\(command) \(properties)::\(data(message))\n"
        }
        out += DiagnosticSummary(diagnostics).line(in: context.language) + "\n"
        return out
    }

    /// Escaping from the runner's toolkit: `%`, CR and LF in data; also `:` and `,` in properties.
    private func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

import Foundation
