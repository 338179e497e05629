import CourseKit
import Foundation

/// One side of `coursec diff`: a release folder (read from its snapshots,
/// no sources needed) or a source tree (loaded, checked and phase-filtered
/// the way `release` would).
public struct SnapshotSource {
    /// What `CHANGES.md` calls it: the phase id of a release, the folder of sources.
    public var label: String
    public var title: String
    public var language: String
    public var snapshots: [ContentSnapshot]

    /// `phaseID` applies to source trees only (default: the latest phase).
    public static func load(_ url: URL, phaseID: String?) throws -> SnapshotSource {
        if ReleaseFiles.kind(of: url.appendingPathComponent(ReleaseManifest.fileName)) != .missing {
            let release = try PreviousRelease(directory: url)
            return SnapshotSource(label: release.manifest.phase.id, title: release.manifest.phase.title,
                                  language: release.manifest.language, snapshots: release.snapshots)
        }
        guard ReleaseFiles.kind(of: url.appendingPathComponent("coursec.yaml")) != .missing else {
            throw ReleaseError.usage("\(url.path) is neither a release folder (release.json) nor a course repository (coursec.yaml)")
        }
        let fileSystem = LocalFileSystem(root: url)
        let checked: CourseCompiler.Result
        do {
            checked = try CourseCompiler(fileSystem: fileSystem).check()
        } catch let error as LoadError {
            throw ReleaseError.usage(error.message)
        }
        if checked.hasErrors {
            throw ReleaseError.usage("\(url.path) has errors; run coursec check \(url.path)")
        }
        let repository = checked.repository
        guard let phase = phaseID.map({ repository.phase(id: $0) }) ?? repository.phases.last else {
            throw ReleaseError.usage("unknown phase '\(phaseID ?? "")'; \(url.path) declares: \(repository.phases.map(\.id).joined(separator: ", "))")
        }
        var digests = ContentDigest(fileSystem: fileSystem)
        let filtered = PhaseFilter.apply(repository, phase: phase)
        return SnapshotSource(label: url.path, title: phase.title, language: repository.language,
                              snapshots: filtered.courses.map { digests.snapshot(of: $0) })
    }
}
