import CourseArchive
import CourseKit
import CourseXML
import Foundation

/// Writes one package: validates its manifest, checks that the manifest
/// and the files agree, and streams everything into a reproducible ZIP
/// with `imsmanifest.xml` at its root.
struct SCORMPackageWriter {
    let context: BuildContext

    /// The package's bytes depend only on its content and the build's
    /// timestamp (`DeterministicZipWriter`), never on clock, umask or mtimes.
    @discardableResult
    func write(_ plan: SCORMPackagePlan, manifest: SCORMManifest, files: SCORMFileSet) throws -> BuiltArtifact {
        let xml: Data
        do {
            xml = try SCORMManifestWriter.writeValidated(manifest)
        } catch let XMLError.invalidManifest(issues) {
            throw SCORMBuildError.invalidManifest(package: plan.outputPath,
                                                  detail: issues.map(\.description).joined(separator: "\n"))
        }
        try Self.checkConsistency(plan.outputPath, manifest: manifest, files: files)

        let zip = DeterministicZipWriter(destination: try context.stagingURL(plan.outputPath),
                                         timestamp: context.options.timestamp,
                                         flushesToDisk: false, cache: context.zipEntryCache)
        try zip.addData(xml, as: SCORMNaming.manifestPath)
        for file in files.sorted {
            switch file.content {
            case .data(let data): try zip.addData(data, as: file.path)
            case .file(let url): try zip.addFile(at: url, as: file.path)
            }
        }
        let summary = try zip.finish()
        let artifact = BuiltArtifact(path: plan.outputPath, target: "scorm12", course: plan.course.id.value,
                                     bytes: Int(summary.byteSize))
        context.record(artifact)
        return artifact
    }

    /// Every file in the package is listed by a resource and every listed
    /// file is in the package; only the manifest itself is unlisted, as IMS
    /// Content Packaging prescribes.
    static func checkConsistency(_ package: String, manifest: SCORMManifest, files: SCORMFileSet) throws {
        let listed = SCORMResourcePlanner.listedFiles(manifest.resources)
        let present = files.paths
        let unlisted = SCORMResourcePlanner.sortedPaths(Array(present.subtracting(listed)))
        let missing = SCORMResourcePlanner.sortedPaths(Array(listed.subtracting(present)))
        guard unlisted.isEmpty, missing.isEmpty, !present.contains(SCORMNaming.manifestPath) else {
            throw SCORMBuildError.inconsistentPackage(package: package, unlisted: unlisted, missing: missing)
        }
    }
}
