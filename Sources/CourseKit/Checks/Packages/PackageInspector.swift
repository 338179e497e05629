import CourseArchive
import CourseMedia
import CourseXML
import Foundation

/// Reads one lesson's ZIP with `SafeArchiveReader` and says what is wrong
/// with it, if anything: unsafe (CS0706), unreadable or not a ZIP, or
/// without the page or manifest its kind needs (CS0705, CS0704).
struct PackageInspector: Sendable {
    enum Kind: Sendable, Hashable {
        case html, scorm

        init?(_ kind: Lesson.Kind) {
            switch kind {
            case .html: self = .html
            case .scorm: self = .scorm
            default: return nil
            }
        }

        var rule: Rule { self == .html ? PackageRules.invalidHTMLPackage : PackageRules.invalidSCORMPackage }
        /// The file the platform opens, at the package's root.
        var entryPoint: String { self == .html ? "index.html" : "imsmanifest.xml" }
        var noun: Message { self == .html ? "HTML package" : "SCORM package" }
    }

    struct Package: Sendable, Hashable {
        var path: String
        var kind: Kind
    }

    struct Problem: Sendable {
        var rule: Rule
        var message: Message
    }

    let fileSystem: CourseFileSystem
    /// Shared by every package of the run: the repository's archives
    /// together may declare only so much content.
    let budget = ArchiveBudget.perBuild()

    /// Largest manifest read.
    static let maxManifestBytes = 8 << 20

    func problem(in package: Package) -> Problem? {
        let source: any ByteSource
        switch fileSystem.open(package.path) {
        case .file(let opened): source = opened
        // Reported by the loader, where the lesson names the file.
        case .missing, .linkOutside: return nil
        case .unreadable: return Problem(rule: package.kind.rule, message: "'\(package.path)' cannot be read")
        }
        let kind = package.kind
        if source.size == 0 {
            return Problem(rule: kind.rule, message: "the \(kind.noun) '\(package.path)' is empty (0 bytes)")
        }
        let reader = SafeArchiveReader(source: source, name: package.path, budget: budget)
        do {
            let directory = try reader.directory()
            guard let entry = directory.entry(named: kind.entryPoint), entry.type == .file else {
                return Problem(rule: kind.rule, message: "the \(kind.noun) '\(package.path)' has no \(kind.entryPoint) at its root\(hint(directory, kind.entryPoint))")
            }
            guard kind == .scorm else { return nil }
            let manifest = try reader.read(entry: kind.entryPoint, maxBytes: Self.maxManifestBytes, in: directory)
            return manifestProblem(manifest, package: package)
        } catch let error as ArchiveError {
            if error.isSafetyRefusal {
                return Problem(rule: PackageRules.unsafeArchive, message: "'\(package.path)' is refused: \(error.reason)")
            }
            if let format = notAZip(source) {
                return Problem(rule: kind.rule, message: "'\(package.path)' is not a ZIP archive: this .zip file is \(format.label)")
            }
            return Problem(rule: kind.rule, message: "'\(package.path)' cannot be read as a ZIP archive: \(error.reason)")
        } catch {
            return Problem(rule: kind.rule, message: "'\(package.path)' cannot be read: \(String(describing: error))")
        }
    }

    /// Schema errors of the manifest (a document type with entities is one).
    private func manifestProblem(_ manifest: Data, package: Package) -> Problem? {
        let issues = XMLSchemaValidator.scorm12.validate(manifest, documentName: "imsmanifest.xml")
            .filter { $0.severity != .warning }
        guard !issues.isEmpty else { return nil }
        let shown = issues.prefix(3).map(\.description).joined(separator: "; ")
        let more: Message = issues.count > 3 ? " (and \(issues.count - 3) more)" : ""
        return Problem(rule: PackageRules.invalidSCORMPackage,
                       message: "imsmanifest.xml of '\(package.path)' is not valid SCORM 1.2: \(shown)\(more)")
    }

    /// What the file is when it is not a ZIP at all (HTML, a PDF…).
    private func notAZip(_ source: any ByteSource) -> MediaFormat? {
        guard let prefix = try? source.bytes(at: 0, count: MediaSniffer.prefixLength),
              let format = MediaSniffer.identify(prefix), format != .zip else { return nil }
        return format
    }

    /// Where the file is instead: one folder down (zipped with its folder),
    /// or at the root under another case.
    private func hint(_ directory: ZipDirectory, _ file: String) -> Message {
        let files = directory.entries.filter { $0.type == .file }
        if let other = files.first(where: { $0.path.lowercased() == file }) {
            return " (it has “\(other.path)”: the name must be \(file), in lower case)"
        }
        let nested = files.filter { $0.path.lowercased().hasSuffix("/" + file) }
            .min { $0.path.split(separator: "/").count < $1.path.split(separator: "/").count }
        guard let nested else { return "" }
        return " (it is at “\(nested.path)”: zip the contents of the folder, not the folder)"
    }
}
