import CourseArchive
import CourseKit
import CourseRendering
import Foundation

/// HTML lessons (an author's ZIP with `index.html` at its root) are unpacked
/// into the offline course, under `actividades/<lesson-id>/`, so a learner
/// opens the activity from its lesson page instead of downloading a ZIP
/// inside the course. The archive is read with `SafeArchiveReader` (no
/// links, no paths leaving the folder, bounded sizes); a ZIP that cannot be
/// read, or has no `index.html` at its root, stays a download.
///
/// The files are held in memory until the site is written, so an activity
/// is unpacked only while it fits `limits` (64 MiB by default: interactive
/// pages, not video); a larger one stays a download, streamed like media.
struct HTMLActivityUnpacker {
    let fileSystem: CourseFileSystem
    var limits = SafeArchiveReader.Limits(maxEntries: 10_000, maxEntrySize: 64 << 20, maxTotalSize: 64 << 20)

    struct Activity {
        /// Repository path of the lesson's ZIP.
        var source: String
        /// The activity's page inside the site, e.g. `actividades/simulador/index.html`.
        var page: String
        var files: [PackageFile]
    }

    static func folder(for lesson: Lesson) -> String { "actividades/\(lesson.id.value)" }

    func activities(in course: Course) -> [Activity] {
        course.lessons.compactMap { lesson in
            guard lesson.kind == .html, let file = lesson.file?.value else { return nil }
            return unpack(file, into: Self.folder(for: lesson))
        }
    }

    private func unpack(_ source: String, into folder: String) -> Activity? {
        guard let url = fileSystem.url(for: source) else { return nil }
        let reader = SafeArchiveReader(url: url, limits: limits)
        guard let entries = try? reader.entries(),
              entries.contains(where: { $0.path == "index.html" && $0.type == .file }) else { return nil }
        var files: [PackageFile] = []
        for entry in entries where entry.type == .file {
            guard let data = try? reader.read(entry: entry.path, maxBytes: Int(reader.limits.maxEntrySize)) else { return nil }
            files.append(PackageFile(path: folder + "/" + entry.path, content: .data(data)))
        }
        return Activity(source: source, page: folder + "/index.html", files: files)
    }
}
