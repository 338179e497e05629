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
        "Sources/CourseIncremental", "Sources/CoursePreview", "Sources/CourseArchive",
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
        let texts = folders.flatMap(swiftFiles(under:)).compactMap { path -> (String, String)? in
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { return nil }
            return (path, text)
        }
        // First what every file declares, since a property declared `Message` in one is assigned in others.
        var known = SwiftLiterals.Declarations()
        for (path, text) in texts {
            let declared = SwiftLiterals.declarations(in: text, file: path)
            known.messages.formUnion(declared.messages)
            known.tuples.formUnion(declared.tuples)
        }
        return texts.flatMap { SwiftLiterals.scan($1, file: $0, known: known) }
    }

    /// Every literal where a message is expected, with words to translate.
    static let messages: [SwiftLiterals.Literal] = literals(in: messageFolders).filter {
        $0.isMessage && MessageCatalog.needsTranslation($0.template)
    }

    /// The template of every literal of every source (any context), for
    /// telling whether a catalog entry is still used.
    static let allTemplates: Set<String> = Set(literals(in: ["Sources"]).map(\.template))
}
