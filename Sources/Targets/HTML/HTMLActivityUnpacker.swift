import CourseArchive
import CourseKit
import CourseRendering
import Foundation

/// HTML lessons (an author's ZIP with `index.html` at its root) are unpacked
/// into the offline course, under `actividades/<lesson-id>/`, so a learner
/// opens the activity from its lesson page instead of downloading a ZIP
/// inside the course.
///
/// `LessonPackageCheck` has already vetted every package (`coursec build`
/// publishes nothing when it fails), so this only writes. It still reads
/// through `SafeArchiveReader`, and throws if the ZIP is no longer what
/// the check saw (changed since, or read while the check refuses it):
/// never a file outside the activity's folder, never a trap.
///
/// The files are held in memory until the site is written, so an activity
/// is unpacked only while it fits `limits` (64 MiB by default: interactive
/// pages, not video) and the build's `memory` budget; a larger one stays a
/// download, streamed like media.
struct HTMLActivityUnpacker {
    let fileSystem: CourseFileSystem
    var limits = SafeArchiveReader.Limits(maxEntries: 10_000, maxEntrySize: 64 << 20, maxTotalSize: 64 << 20)
    /// Unpacked bytes of all the activities of one build.
    var memory = ArchiveBudget(bytes: 512 << 20)

    struct Activity {
        /// Repository path of the lesson's ZIP.
        var source: String
        /// The activity's page inside the site, e.g. `actividades/simulador/index.html`.
        var page: String
        var files: [PackageFile]
    }

    static func folder(for lesson: Lesson) -> String { "actividades/\(lesson.id.value)" }

    func activities(in course: Course) throws -> [Activity] {
        try course.lessons.compactMap { lesson in
            guard lesson.kind == .html, let file = lesson.file?.value else { return nil }
            return try unpack(file, into: Self.folder(for: lesson))
        }
    }

    private func unpack(_ source: String, into folder: String) throws -> Activity? {
        let opened: any ByteSource
        switch fileSystem.open(source) {
        case .file(let file): opened = file
        case .missing, .linkOutside, .unreadable:
            throw ArchiveError.unreadableArchive(archive: source, reason: "it cannot be read any more")
        }
        let reader = SafeArchiveReader(source: opened, name: source)
        let directory = try reader.directory()
        guard directory.entry(named: "index.html")?.type == .file else {
            throw ArchiveError.entryNotFound(path: "index.html", archive: source)
        }
        let fits = directory.entries.count <= limits.maxEntries
            && directory.entries.allSatisfy { $0.size <= limits.maxEntrySize }
            && directory.declaredSize <= UInt64(limits.maxTotalSize)
        guard fits, (try? memory.charge(directory.declaredSize, archive: source)) != nil else { return nil }
        var files: [PackageFile] = []
        try reader.forEachFile(in: directory) { entry, data in
            files.append(PackageFile(path: folder + "/" + entry.path, content: .data(data)))
        }
        return Activity(source: source, page: folder + "/index.html", files: files)
    }
}
