import CourseKit
import Foundation

/// The outcome of `coursec verify`: per path given, every problem found,
/// each naming the file it concerns.
public struct VerificationReport: Encodable, Sendable, Equatable {
    public struct Finding: Codable, Sendable, Equatable {
        public enum Status: String, Codable, Sendable {
            case missing, extra, altered, truncated
            case missingSignature = "missing-signature"
            /// The signature does not verify (altered file or altered comment).
            case badSignature = "bad-signature"
            /// Signed with a key other than the one given.
            case wrongKey = "wrong-key"
            /// A link, special file or hostile archive entry.
            case unsafe
            /// Genuine, but older than the previous release or the minimum given.
            case rollback
            case invalid
        }
        public var path: String
        public var status: Status
        /// What is wrong with the file, in words (written in the report's language).
        public var detail: Message
    }

    public struct Subject: Encodable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case release, artifact }
        public var path: String
        public var kind: Kind
        /// For a release: its phase; for an artifact: from its trusted comment.
        public var phase: String?
        /// The signer's key id when a signature verified.
        public var keyID: String?
        /// Files whose size, digest and signature all verified.
        public var verifiedFiles: Int
        public var findings: [Finding]
        public var ok: Bool { findings.isEmpty }
    }

    public var subjects: [Subject]
    public var ok: Bool { subjects.allSatisfy(\.ok) }

    /// One line per subject, and one per problem, in `language`; `OK`,
    /// `FAILED` and the statuses are the machine's words in both.
    public func text(language: Language = .en) -> String {
        func text(_ message: Message) -> String { message.text(in: language) }
        var out = ""
        for subject in subjects {
            let what: Message = subject.kind == .release ? subject.phase.map { "release \($0)" } ?? "release" : "artifact"
            if subject.ok {
                let files: Message = subject.verifiedFiles == 1 ? "1 file verified" : "\(subject.verifiedFiles) files verified"
                let signed: Message = subject.keyID.map { "\(what), \(files), signed by key \($0)" } ?? "\(what), \(files)"
                out += "OK     \(subject.path): \(text(signed))\n"
            } else {
                let count = subject.findings.count
                let problems: Message = count == 1 ? "\(what), 1 problem" : "\(what), \(count) problems"
                out += "FAILED \(subject.path): \(text(problems))\n"
                let width = subject.findings.map(\.status.rawValue.count).max() ?? 0
                for finding in subject.findings {
                    out += "  " + finding.status.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  \(finding.path): \(text(finding.detail))\n"
                }
            }
        }
        return out
    }

    /// The report as JSON, each finding's `detail` in `language`.
    public func json(language: Language = .en) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[Self.languageKey] = language
        struct Output: Encodable {
            var ok: Bool
            var subjects: [Subject]
        }
        return String(decoding: try encoder.encode(Output(ok: ok, subjects: subjects)), as: UTF8.self) + "\n"
    }

    /// The language findings are written in by `json(language:)`.
    static let languageKey = CodingUserInfoKey(rawValue: "coursec.language")!
}

extension VerificationReport.Finding {
    enum CodingKeys: String, CodingKey { case path, status, detail }

    /// `detail` as text in the encoder's language (English unless `json(language:)` says otherwise).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(status, forKey: .status)
        let language = encoder.userInfo[VerificationReport.languageKey] as? Language ?? .en
        try c.encode(detail.text(in: language), forKey: .detail)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try c.decode(String.self, forKey: .path), status: try c.decode(Status.self, forKey: .status),
                  detail: Message(verbatim: try c.decode(String.self, forKey: .detail)))
    }
}

extension VerificationReport.Subject {
    enum CodingKeys: String, CodingKey { case path, kind, phase, keyID, verifiedFiles, findings, ok }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(phase, forKey: .phase)
        try c.encodeIfPresent(keyID, forKey: .keyID)
        try c.encode(verifiedFiles, forKey: .verifiedFiles)
        try c.encode(findings, forKey: .findings)
        try c.encode(ok, forKey: .ok)
    }
}
