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
        public var detail: String
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

    public func text() -> String {
        var out = ""
        for subject in subjects {
            let what = subject.kind == .release ? "release" + (subject.phase.map { " " + $0 } ?? "") : "artifact"
            if subject.ok {
                out += "OK     \(subject.path): \(what), \(subject.verifiedFiles) file\(subject.verifiedFiles == 1 ? "" : "s") verified"
                out += (subject.keyID.map { ", signed by key \($0)" } ?? "") + "\n"
            } else {
                let count = subject.findings.count
                out += "FAILED \(subject.path): \(what), \(count) problem\(count == 1 ? "" : "s")\n"
                let width = subject.findings.map(\.status.rawValue.count).max() ?? 0
                for finding in subject.findings {
                    out += "  " + finding.status.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  \(finding.path): \(finding.detail)\n"
                }
            }
        }
        return out
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        struct Output: Encodable {
            var ok: Bool
            var subjects: [Subject]
        }
        return String(decoding: try encoder.encode(Output(ok: ok, subjects: subjects)), as: UTF8.self) + "\n"
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
