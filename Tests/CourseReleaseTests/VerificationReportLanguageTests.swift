import Foundation
import Testing
import CourseKit
@testable import CourseRelease

/// `coursec verify` reports in the run's language: the words are
/// translated, the statuses and `OK`/`FAILED` (what scripts match) are not,
/// and JSON gives each finding's detail in the language asked for.
@Suite struct VerificationReportLanguageTests {
    static let report = VerificationReport(subjects: [
        .init(path: "release-1", kind: .release, phase: "fase-1", keyID: "ABCD", verifiedFiles: 3, findings: []),
        .init(path: "release-2", kind: .release, phase: "fase-2", keyID: nil, verifiedFiles: 0, findings: [
            .init(path: "mct/cursos.zip", status: .truncated, detail: "\(10) bytes; release.json says \(20)"),
            .init(path: "release.json", status: .missingSignature, detail: "no signature (\("release.json.minisig"))"),
        ]),
    ])

    @Test func textInBothLanguages() {
        #expect(Self.report.text(language: .en) == """
            OK     release-1: release fase-1, 3 files verified, signed by key ABCD
            FAILED release-2: release fase-2, 2 problems
              truncated          mct/cursos.zip: 10 bytes; release.json says 20
              missing-signature  release.json: no signature (release.json.minisig)

            """)
        #expect(Self.report.text(language: .es) == """
            OK     release-1: publicación fase-1, 3 archivos verificados, firmado con la llave ABCD
            FAILED release-2: publicación fase-2, 2 problemas
              truncated          mct/cursos.zip: 10 bytes; release.json dice 20
              missing-signature  release.json: sin firma (release.json.minisig)

            """)
    }

    @Test func jsonDetailsInTheLanguageAskedFor() throws {
        for (language, detail) in [(Language.en, "10 bytes; release.json says 20"), (.es, "10 bytes; release.json dice 20")] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(try Self.report.json(language: language).utf8)) as? [String: Any])
            let subjects = try #require(document["subjects"] as? [[String: Any]])
            let findings = try #require(subjects.last?["findings"] as? [[String: Any]])
            #expect(findings.first?["detail"] as? String == detail)
            #expect(findings.first?["status"] as? String == "truncated")
        }
    }
}
