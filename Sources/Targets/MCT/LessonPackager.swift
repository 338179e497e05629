import CourseArchive
import CourseKit
import CourseRendering
import CourseDigest
import Foundation

/// Produces the file of one bulk-uploadable lesson: an HTML-content ZIP for
/// a text lesson and for the introduction (the body) of any other lesson,
/// the author's ZIP for HTML and SCORM lessons (vetted by
/// `LessonPackageCheck`: the build publishes nothing when it fails; copied
/// as it is, never unpacked), the medium itself for video, audio and PDF.
struct LessonPackager: Sendable {
    /// What goes into `courses.zip` for one lesson.
    enum Output: Sendable {
        /// Streamed from disk by the archive writer (media, author ZIPs, large lesson ZIPs).
        case file(URL)
        /// A small generated lesson ZIP, kept in memory until `courses.zip` is written.
        case data(Data)
    }

    let context: BuildContext
    let renderer: CourseRenderer
    /// Folder for lesson ZIPs too large to keep in memory (inside staging, removed after).
    let spillFolder: OutputRoot
    let memoryBudget: MemoryBudget
    /// Shared scripts, styles and fonts are checksummed once per build.
    var cache: ZipEntryCache { context.zipEntryCache }

    /// Lesson ZIPs whose media add up to more than this are written to disk.
    static let inMemoryMediaLimit = 4 << 20

    /// nil when the lesson has a problem already reported to the sink.
    func package(_ lesson: Lesson, course: Course, entry: CoursePlan.Entry) throws -> Output? {
        if let next = entry.introduces {
            let page = renderer.lessonIntroductionPage(
                lesson, course: course, continuation: "Continúa con la lección siguiente: «\(next)».", options: Self.pageOptions)
            return try htmlLesson(page, lesson: lesson, entry: entry)
        }
        switch lesson.kind {
        case .text:
            return try textLesson(lesson, course: course, entry: entry)
        case .video, .audio, .pdf, .html, .scorm:
            return try sourceFile(lesson).map(Output.file)
        case .link:
            return nil
        }
    }

    private func sourceFile(_ lesson: Lesson) throws -> URL? {
        guard let path = lesson.file?.value else { return nil }
        if let url = context.sourceURL(path) { return url }
        // An in-memory repository (tests): materialise the file in staging.
        let url = try spillFolder.url(for: "src-" + FileDigest.sha256Hex(data: Data(path.utf8)))
        try Data(context.fileSystem.contents(of: path)).write(to: url)
        return url
    }

    /// One page per ZIP, math typeset at build time (no KaTeX in each lesson).
    static let pageOptions = PageRenderOptions(assetPrefix: "", runtime: .standalone, typesetMath: true)

    private func textLesson(_ lesson: Lesson, course: Course, entry: CoursePlan.Entry) throws -> Output {
        try htmlLesson(renderer.lessonPage(lesson, course: course, navigation: .init(), options: Self.pageOptions),
                       lesson: lesson, entry: entry)
    }

    /// An HTML-content ZIP: the page as `index.html` and what it uses.
    private func htmlLesson(_ page: RenderedPage, lesson: Lesson, entry: CoursePlan.Entry) throws -> Output {
        var zip = StoredZipWriter(timestamp: context.options.timestamp, cache: cache)
        try zip.add(.data(Data(page.html.utf8)), as: "index.html")
        var mediaBytes = 0
        for asset in LessonAssets.files(for: page, renderer: renderer) {
            if case .file(let url) = asset.content {
                mediaBytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            }
            try zip.add(asset.content, as: asset.path)
        }
        if mediaBytes <= Self.inMemoryMediaLimit {
            let data = try zip.data()
            if memoryBudget.reserve(data.count) { return .data(data) }
            let url = try spillFolder.url(for: entry.number + "-" + lesson.id.value + ".zip")
            try StagingFile.write(data, to: url)
            return .file(url)
        }
        let url = try spillFolder.url(for: entry.number + "-" + lesson.id.value + ".zip")
        try zip.write(to: url)
        return .file(url)
    }
}

/// Bytes of generated lesson ZIPs held in memory at once; beyond it they
/// go to disk, so a course with heavy pages cannot exhaust memory.
final class MemoryBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int

    init(bytes: Int) { remaining = bytes }

    func reserve(_ bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard bytes <= remaining else { return false }
        remaining -= bytes
        return true
    }
}
