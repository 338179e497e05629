import Foundation

/// The string literals of Swift sources, each with the template a
/// `Message` literal would make of it (interpolations as `{0}`, `{1}`…)
/// and whether it stands where a `Message` is expected: an independent,
/// lexical reading of the sources for the catalog tests, which the
/// compiler's own view of `Message` literals cannot give at run time.
///
/// A literal is a message when it is
/// - an argument of `report(…)`, `Message(…)`, `localized(…)`,
///   `cannotRun(…)` or `CLILanguage.text(…)`, of an enum case or
///   initializer that takes a message (`.unsafe(…)`, `Problem(…)`,
///   `ArchiveError.unsafeEntry(path:reason:)`) or of the archive reader's
///   helpers that make one (`refuse(…)`, `damaged(…)`), unless labelled
///   otherwise (`file:`, `verbatim:`);
/// - labelled `message:`, `summary:`, `context:`, `what:` or `description:`
///   (but a `Rule`'s summary is a rule text, see `SpanishRuleTexts`);
/// - in a declaration typed `Message` (`let hint: Message = …`,
///   `-> Message { … }`, `: [Message] = [ … ]`), or after `as Message`;
/// - a literal inside an interpolation of a message (`\(a ? "x" : "y")`),
/// and not a `case` pattern.
struct SwiftLiterals {
    struct Literal: CustomStringConvertible {
        var file: String
        var line: Int
        var template: String
        var interpolations: [String]
        var isMessage: Bool
        /// A message whatever holds it: an argument of a message call inside
        /// an interpolation (`"<h2>\(e(f.text("Learners")))</h2>"`).
        var standsAlone = false
        var description: String { "\(file):\(line): \(template)" }
    }

    /// Calls whose unlabelled (and `message:`) arguments are messages.
    static let messageCalls: Set<String> = [
        "report", "Message", "localized", "cannotRun", "text", "unsafe", "notSVG", "malformed", "Problem",
        "ReportError", "Invalid", "TeXError", "unexpected", "unsupported", "mistake", "prompt", "usage", "io", "invalidRelease",
        // `ArchiveError`'s cases with a reason, and the helpers of CourseArchive that make them.
        "invalidPath", "sourceUnreadable", "writeFailed", "unreadableArchive", "unsafeEntry", "unsafeArchive",
        "refuse", "refuseEntry", "damaged", "unreadable", "fail", "posix",
    ]
    static let messageLabels: Set<String> = ["message", "summary", "context", "what", "description", "detail"]
    /// Labels whose literal is not a message, even in a message call.
    static let otherLabels: Set<String> = ["verbatim", "file", "template", "of", "with", "separator", "replacement", "format", "ascii", "pattern", "example"]

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private let file: String
    private(set) var literals: [Literal] = []
    /// Variables and properties declared `Message` (`var message: Message`),
    /// and those whose tuple type holds one (`var fix: (edit: Edit, summary:
    /// Message)?`): assigning a literal to them assigns a message, in this
    /// file or another (`found.fix = (edit, "add a space")`).
    struct Declarations {
        var messages: Set<String> = []
        var tuples: Set<String> = []
    }
    private(set) var declarations = Declarations()

    /// Every literal of `text` (a Swift source named `file`), knowing the
    /// message variables `known` declares elsewhere.
    static func scan(_ text: String, file: String, known: Declarations = Declarations()) -> [Literal] {
        var scanner = SwiftLiterals(scalars: Array(text.unicodeScalars), file: file)
        scanner.declarations = known
        scanner.run()
        return scanner.literals
    }

    /// The message variables `text` declares.
    static func declarations(in text: String, file: String) -> Declarations {
        var scanner = SwiftLiterals(scalars: Array(text.unicodeScalars), file: file)
        scanner.run()
        return scanner.declarations
    }

    private init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    /// A bracket being read: its kind, the call it opens, the label of the
    /// argument being read, and whether what it holds is a message.
    private struct Frame {
        var bracket: Unicode.Scalar
        var call: String?
        var label: String?
        var messageScope: Bool
        var inCasePattern = false
        /// The `(…)` of a return type (`-> (Rule, Message)?`).
        var isReturnTuple = false
        /// The variable or property whose type this bracket opens
        /// (`var fix: (edit: Edit, summary: Message)?`).
        var declares: String?
    }

    private enum Token: Equatable {
        case word(String)
        case punctuation(Unicode.Scalar)
        case literal
    }

    private mutating func run() {
        var frames = [Frame(bracket: " ", call: nil, label: nil, messageScope: false)]
        var recent: [Token] = []
        /// A `Message` declaration waits for its `=` or `{`.
        var pendingMessageDeclaration = false
        /// Variables declared `Message` in this file: `message = "…"` assigns a message.
        var messageVariables: Set<String> = []
        var storedMessages: Set<String> = []
        /// Variables whose type is a tuple (or list of tuples) holding a `Message`.
        var messageTupleVariables: Set<String> = []
        /// What other files declare counts for members only (`found.fix = …`, `found.message = …`).
        let elsewhere = declarations
        func member() -> Bool { recent.count >= 2 && recent[recent.count - 2] == .punctuation(".") }
        /// `found.fix = (…)`: the tuple about to open holds messages.
        var pendingTupleAssignment = false
        /// A return type tuple holds a `Message`: its function's body is next.
        var pendingTupleReturn = false
        /// The depth of the body of a function that returns a tuple with a
        /// `Message`: `return (rule, "…")` in it returns a message.
        var tupleReturnBody: Int?
        /// Depth and state of a `let x: Message = …` statement being read.
        var statement: (depth: Int, active: Bool) = (0, false)
        func previousWord(_ back: Int = 1) -> String? {
            guard recent.count >= back, case .word(let w) = recent[recent.count - back] else { return nil }
            return w
        }
        while position < scalars.count {
            let c = scalars[position]
            if c == "\n" {
                line += 1
                position += 1
                // A `let x: Message = …` statement ends at a line break at its depth, unless the next line continues it.
                if statement.active, frames.count - 1 == statement.depth, !nextLineContinues() { statement.active = false }
                pendingTupleAssignment = false
                // `let message: Message` alone on its line declares a variable (see `messageVariables`).
                if pendingMessageDeclaration, !nextLineOpens() { pendingMessageDeclaration = false }
                continue
            }
            if c == " " || c == "\t" || c == "\r" { position += 1; continue }
            if c == "/", peek(1) == "/" { skipLine(); continue }
            if c == "/", peek(1) == "*" { skipBlockComment(); continue }
            if c == "#" || c == "\"" {
                if c == "#", !(peek(1) == "\"" || (peek(1) == "#" && peek(2) == "\"")) { position += 1; recent.append(.punctuation(c)); continue }
                let startLine = line
                let (template, interpolations, nested) = readLiteral()
                let frame = frames[frames.count - 1]
                var isMessage = frame.messageScope || statement.active
                if let call = frame.call, frame.bracket == "(", Self.messageCalls.contains(call) {
                    isMessage = frame.label.map { !Self.otherLabels.contains($0) } ?? true
                }
                if let label = frame.label, frame.bracket == "(", Self.messageLabels.contains(label), frame.call != "Rule" { isMessage = true }
                if let label = frame.label, Self.otherLabels.contains(label) { isMessage = false }
                if frame.inCasePattern { isMessage = false }
                if previousWord() == "case" { isMessage = false }
                // An operand of a comparison or a method call is a `String`.
                if peek(0) == "." || comparison(after: recent) || comparison(ahead: position) { isMessage = false }
                literals.append(Literal(file: file, line: startLine, template: template, interpolations: interpolations,
                                        isMessage: isMessage))
                for var inner in nested {
                    inner.isMessage = inner.standsAlone || (inner.isMessage && isMessage)
                    literals.append(inner)
                }
                recent.append(.literal)
                continue
            }
            if c.properties.isXIDStart || c == "_" || c == "$" || c == "@" {
                var word = ""
                while position < scalars.count, scalars[position].properties.isXIDContinue || scalars[position] == "_"
                        || scalars[position] == "$" || scalars[position] == "@" {
                    word.unicodeScalars.append(scalars[position])
                    position += 1
                }
                if word == "case" { frames[frames.count - 1].inCasePattern = true }
                if word == "Message", frames[frames.count - 1].isReturnTuple { pendingTupleReturn = true }
                if word == "Message" {
                    let enclosing = frames.reversed().prefix(while: { $0.bracket == "(" || $0.bracket == "[" })
                    if let declared = enclosing.first(where: { $0.declares != nil })?.declares { messageTupleVariables.insert(declared) }
                }
                if word == "Message", recent.last == .punctuation(":"), let name = previousWord(2) {
                    messageVariables.insert(name)
                    // `var message: Message` is a property others assign (`found.message = …`); a `let` is a local.
                    if previousWord(3) == "var" { storedMessages.insert(name) }
                }
                if word == "Message", recent.last == .punctuation("["), recent.dropLast().last == .punctuation(":"),
                   let name = previousWord(3) { messageVariables.insert(name) }
                if word == "Message", recent.last == .punctuation(":") || recent.last == .word("as")
                    || (recent.last == .punctuation(">") && recent.dropLast().last == .punctuation("-"))
                    || (recent.last == .punctuation("[") && recent.dropLast().last == .punctuation(":")) {
                    if recent.last == .word("as") { statement = (frames.count - 1, true) } else { pendingMessageDeclaration = true }
                }
                recent.append(.word(word))
                continue
            }
            position += 1
            switch c {
            case "(", "[", "{":
                var call: String?
                if c == "(" || c == "[", let word = previousWord() { call = word }
                let returnsTuple = c == "(" && call == "return" && tupleReturnBody != nil
                // `messages.append(…)` on a variable declared `[Message]`.
                let appendsMessage = c == "(" && call == "append" && recent.dropLast().last == .punctuation(".")
                    && previousWord(3).map(messageVariables.contains) == true
                if returnsTuple || appendsMessage { call = nil }
                let parent = frames[frames.count - 1]
                var scope = parent.messageScope || returnsTuple || appendsMessage
                if c == "(" || c == "[", pendingTupleAssignment, call == nil {
                    scope = true
                    pendingTupleAssignment = false
                }
                if c == "{", pendingTupleReturn {
                    tupleReturnBody = frames.count
                    pendingTupleReturn = false
                }
                if c == "{", pendingMessageDeclaration { scope = true }
                if c == "{", recent.last == .punctuation("="), statement.active { scope = true }
                // A nested call's arguments are the call's, not the scope's.
                if c == "(", call != nil { scope = false }
                if c == "[", pendingMessageDeclaration || (statement.active && call == nil) { scope = scope || statement.active }
                pendingMessageDeclaration = false
                let isReturnTuple = c == "(" && recent.last == .punctuation(">") && recent.dropLast().last == .punctuation("-")
                let declares = (c == "(" || c == "[") && recent.last == .punctuation(":") ? previousWord(2) : nil
                frames.append(Frame(bracket: c, call: call, label: nil, messageScope: scope, isReturnTuple: isReturnTuple, declares: declares))
            case ")", "]", "}":
                if frames.count > 1 { frames.removeLast() }
                if let body = tupleReturnBody, frames.count <= body { tupleReturnBody = nil }
                if statement.active, frames.count - 1 < statement.depth { statement.active = false }
            case ",":
                frames[frames.count - 1].label = nil
            case ":":
                if let word = previousWord(), recent.count >= 2, [.punctuation("("), .punctuation(",")].contains(recent[recent.count - 2]) {
                    frames[frames.count - 1].label = word
                }
                if frames[frames.count - 1].inCasePattern { frames[frames.count - 1].inCasePattern = false }
            case "=":
                if peek(0) != "=", !comparison(after: recent), let name = previousWord(),
                   messageTupleVariables.contains(name) || (member() && elsewhere.tuples.contains(name)) {
                    pendingTupleAssignment = true
                }
                if !pendingMessageDeclaration, !statement.active, peek(0) != "=", let name = previousWord(),
                   messageVariables.contains(name) || (member() && elsewhere.messages.contains(name)),
                   !comparison(after: recent) {
                    statement = (frames.count - 1, true)
                }
                if pendingMessageDeclaration, peek(0) != "=" {
                    statement = (frames.count - 1, true)
                    pendingMessageDeclaration = false
                }
            default:
                break
            }
            recent.append(.punctuation(c))
            if recent.count > 8 { recent.removeFirst(recent.count - 8) }
        }
        declarations = Declarations(messages: storedMessages, tuples: messageTupleVariables)
    }

    private func comparison(after recent: [Token]) -> Bool {
        guard recent.count >= 2, recent[recent.count - 1] == .punctuation("=") else { return false }
        return [.punctuation("="), .punctuation("!")].contains(recent[recent.count - 2])
    }

    /// Whether `==` or `!=` comes just before `start` (spaces aside).
    private func comparedBefore(_ start: Int) -> Bool {
        var i = start - 1
        while i > 0, scalars[i] == " " { i -= 1 }
        return i > 0 && scalars[i] == "=" && (scalars[i - 1] == "=" || scalars[i - 1] == "!")
    }

    private func comparison(ahead start: Int) -> Bool {
        var i = start
        while i < scalars.count, scalars[i] == " " { i += 1 }
        guard i + 1 < scalars.count else { return false }
        return (scalars[i] == "=" || scalars[i] == "!") && scalars[i + 1] == "="
    }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    /// Whether the line after the current position continues an expression
    /// (starts with `?`, `:`, `.`, `+`, `&&`, `||` or `??`).
    private func nextLineContinues() -> Bool {
        var i = position
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        guard i < scalars.count else { return false }
        return ["?", ":", ".", "+", "&", "|"].contains(scalars[i])
    }

    /// Whether the next line starts with `{` or `=` (a declaration's body or value).
    private func nextLineOpens() -> Bool {
        var i = position
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        return i < scalars.count && (scalars[i] == "{" || scalars[i] == "=")
    }

    private mutating func skipLine() {
        while position < scalars.count, scalars[position] != "\n" { position += 1 }
    }

    private mutating func skipBlockComment() {
        position += 2
        var depth = 1
        while position < scalars.count, depth > 0 {
            if scalars[position] == "\n" { line += 1 }
            if scalars[position] == "/", peek(1) == "*" { depth += 1; position += 1 }
            else if scalars[position] == "*", peek(1) == "/" { depth -= 1; position += 1 }
            position += 1
        }
    }

    /// Reads a literal at `position` (`"…"`, `"""…"""`, `#"…"#`): its
    /// template, the source of its interpolations, and the literals
    /// nested in those (marked as messages: a literal in a message's
    /// interpolation becomes a message, see `Message.Interpolation`).
    private mutating func readLiteral() -> (String, [String], [Literal]) {
        var hashes = 0
        while scalars[position] == "#" { hashes += 1; position += 1 }
        let multiline = peek(0) == "\"" && peek(1) == "\"" && peek(2) == "\""
        position += multiline ? 3 : 1
        var template = ""
        var interpolations: [String] = []
        var nested: [Literal] = []
        func closes() -> Bool {
            if multiline {
                guard peek(0) == "\"", peek(1) == "\"", peek(2) == "\"" else { return false }
                return (0..<hashes).allSatisfy { peek(3 + $0) == "#" }
            }
            guard peek(0) == "\"" else { return false }
            return (0..<hashes).allSatisfy { peek(1 + $0) == "#" }
        }
        while position < scalars.count, !closes() {
            let c = scalars[position]
            let escapes = c == "\\" && (0..<hashes).allSatisfy { peek(1 + $0) == "#" }
            if escapes {
                position += 1 + hashes
                let e = scalars[position]
                switch e {
                case "(":
                    position += 1
                    let start = position
                    let firstNested = nested.count
                    var depth = 1
                    var brackets = 0
                    var inner = SwiftLiterals(scalars: scalars, file: file)
                    while position < scalars.count {
                        let d = scalars[position]
                        if d == "\"" || (d == "#" && scalars[position + 1] == "\"") {
                            inner.position = position
                            inner.line = line
                            let compared = comparedBefore(position)
                            let (t, i, n) = inner.readLiteral()
                            // Directly in the interpolation (a ternary's branch, not a call's argument),
                            // a literal is typed by the interpolation: in a message, a message;
                            // an operand of `==` is a `String`.
                            nested.append(Literal(file: file, line: line, template: t, interpolations: i,
                                                  isMessage: depth == 1 && brackets == 0 && !compared
                                                      && !comparison(ahead: inner.position)))
                            nested += n.map { var literal = $0; literal.isMessage = false; return literal }
                            position = inner.position
                            line = inner.line
                            continue
                        }
                        if d == "(" { depth += 1 }
                        if d == ")" { depth -= 1; if depth == 0 { break } }
                        if d == "[" || d == "{" { brackets += 1 }
                        if d == "]" || d == "}" { brackets -= 1 }
                        if d == "\n" { line += 1 }
                        position += 1
                    }
                    let expression = String(String.UnicodeScalarView(scalars[start..<position]))
                    // Read as code of its own, the interpolation tells which of its literals a message call takes.
                    let called = Set(SwiftLiterals.scan(expression, file: file).filter(\.isMessage).map(\.template))
                    for index in nested.indices.dropFirst(firstNested) where called.contains(nested[index].template) {
                        nested[index].isMessage = true
                        nested[index].standsAlone = true
                    }
                    interpolations.append(expression)
                    template += "{\(interpolations.count - 1)}"
                    position += 1
                case "n": template += "\n"; position += 1
                case "t": template += "\t"; position += 1
                case "r": template += "\r"; position += 1
                case "0": template += "\0"; position += 1
                case "u":
                    var hex = ""
                    position += 2
                    while scalars[position] != "}" { hex.unicodeScalars.append(scalars[position]); position += 1 }
                    position += 1
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { template.unicodeScalars.append(scalar) }
                case "\n":
                    // A line continuation in a multi-line literal.
                    line += 1
                    position += 1
                    while position < scalars.count, scalars[position] == " " { position += 1 }
                default:
                    template.unicodeScalars.append(e)
                    position += 1
                }
                continue
            }
            if c == "\n" { line += 1 }
            template.unicodeScalars.append(c)
            position += 1
        }
        position += (multiline ? 3 : 1) + hashes
        if multiline { template = Self.dedent(template) }
        return (template, interpolations, nested)
    }

    /// A multi-line literal's value: its lines without the indentation of
    /// the closing delimiter, without the first and last line breaks.
    /// (A continuation `\` has already joined its lines, dropping their indentation.)
    static func dedent(_ raw: String) -> String {
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2 else { return raw }
        let indentation = lines.removeLast().count
        lines.removeFirst()
        return lines.map { $0.count >= indentation ? String($0.dropFirst(indentation)) : String($0.drop { $0 == " " }) }
            .joined(separator: "\n")
    }
}
