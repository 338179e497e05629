import CourseLocalization
import Foundation

/// The message templates of the sources, read by `SwiftLiterals`.
enum SourceMessages {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Folders whose code says things to people through messages.
    static let messageFolders = [
        "Sources/CourseLocalization", "Sources/CourseKit", "Sources/CourseMath", "Sources/CourseMedia", "Sources/CourseResults",
        "Sources/CourseBuild", "Sources/Targets", "Sources/CourseAuthoring", "Sources/CourseImport", "Sources/CourseRelease",
        "Sources/coursec",
    ]

    /// Files of the catalog itself: their literals are the translations.
    static func isCatalog(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix("SpanishMessages") || name.hasPrefix("SpanishRuleTexts")
    }

    static func swiftFiles(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
            .map { folder + "/" + $0 }.filter { !isCatalog($0) }
    }

    static func literals(in folders: [String]) -> [SwiftLiterals.Literal] {
        folders.flatMap(swiftFiles(under:)).flatMap { path -> [SwiftLiterals.Literal] in
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { return [] }
            return SwiftLiterals.scan(text, file: path)
        }
    }

    /// Every literal where a message is expected, with words to translate.
    static let messages: [SwiftLiterals.Literal] = literals(in: messageFolders).filter {
        $0.isMessage && MessageCatalog.needsTranslation($0.template)
    }

    /// The template of every literal of every source (any context), for
    /// telling whether a catalog entry is still used.
    static let allTemplates: Set<String> = Set(literals(in: ["Sources"]).map(\.template))
}
