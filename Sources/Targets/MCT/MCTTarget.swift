import CourseArchive
import CourseKit
import CourseRendering
import Foundation

/// Target `mct`: the platform's bulk-upload courses ZIP, question CSVs,
/// course details and deployment checklist (see docs/outputs.md, `## mct`).
///
/// Layout under the output folder:
/// - `mct/<phase>/courses.zip`: one folder per course (`01 Matemáticas 1`),
///   in it only lesson files named `NN Título.ext`;
/// - `mct/<phase>/<course-id>/`: question CSVs, `course.json`, `DEPLOY.md`,
///   thumbnail and subtitles.
public struct MCTTarget: BuildTarget {
    public init() {}
    public var name: String { "mct" }
    public var summary: Message { "the platform's bulk-upload courses ZIP, question CSVs, course details and deployment checklist" }
    public var relativeCost: Int { 3 }

    /// Generated lesson ZIPs kept in memory at once, across a batch's courses.
    static let inMemoryBudget = 48 << 20

    public func build(_ context: BuildContext) throws {
        let courses = context.repository.courses
        guard !courses.isEmpty else { return }
        let count = context.publishedCourses.count
        let plans = courses.map { CoursePlan(course: $0, position: context.position(of: $0), courseCount: count) }
        let phaseFolder = "mct/\(context.phase.id)"
        let spill = try context.stagingFolder("\(phaseFolder)/.lessons")
        defer { try? FileManager.default.removeItem(at: spill.url) }

        let packager = LessonPackager(
            context: context,
            renderer: CourseRenderer(repository: context.repository, fileSystem: context.fileSystem, failures: context.failures, lessonTrees: context.lessonTrees),
            spillFolder: spill,
            memoryBudget: MemoryBudget(bytes: Self.inMemoryBudget))

        // Every lesson and every question CSV of the batch's courses in one
        // parallel pass: courses differ a lot in size, so per-course
        // parallelism alone would leave a core idle.
        let jobs = plans.flatMap { plan in plan.entries.filter { $0.kind == .lesson || $0.csvName != nil }.map { (plan, $0) } }
        let outputs = StageTimings.shared.measure("mct lessons and quizzes") {
            Parallel.map(jobs.indices.map { $0 }) { index -> Result<MCTJobOutput, Error> in
                let (plan, entry) = jobs[index]
                return Result {
                    if let quiz = entry.quiz, let csv = entry.csvName {
                        // The assessment is listed twice (diagnostic, final) but written once.
                        guard entry.kind != .final else { return .none }
                        return .quiz(csv, try CourseExport.writeQuiz(quiz, as: csv, plan: plan, context: context, target: name))
                    }
                    return try packager.package(entry.lesson!, course: plan.course, entry: entry).map(MCTJobOutput.lesson) ?? .none
                }
            }
        }
        var collected: [String: [String: QuizExport]] = [:]
        for (index, (plan, _)) in jobs.enumerated() {
            if case .quiz(let csv, let export) = try outputs[index].get() {
                collected[plan.course.id.value, default: [:]][csv] = export
            }
        }
        let exports = collected
        // courses.zip needs only the lessons, the per-course files (course.json,
        // DEPLOY.md, thumbnail) every CSV's figures: the two are written at once.
        let archive = context.shared(CoursesArchive.self) { CoursesArchive() }
        let (zipped, courseResults) = Parallel.alongside({
            Result {
                try StageTimings.shared.measure("mct courses.zip") {
                    try archive.add(plans: plans, jobs: jobs, outputs: outputs, context: context, zipPath: "\(phaseFolder)/courses.zip")
                }
            }
        }) {
            StageTimings.shared.measure("mct course files") {
                Parallel.map(plans) { plan -> Result<Void, Error> in
                    Result {
                        try CourseExport(context: context, plan: plan, target: name,
                                         exports: exports[plan.course.id.value] ?? [:]).write()
                    }
                }
            }
        }
        for result in courseResults { try result.get() }
        try zipped.get()
    }

    /// Completes `courses.zip` once every batch added its courses.
    public func finish(_ context: BuildContext) throws {
        let archive = context.shared(CoursesArchive.self) { CoursesArchive() }
        guard let (path, summary) = try archive.finish() else { return }
        context.record(BuiltArtifact(path: path, target: name, course: nil, bytes: Int(summary.byteSize)))
    }
}

/// `courses.zip`: one folder per course, the lesson files in it. Written as
/// the batches come (their courses in order, so the entries come in the
/// archive's order), so no lesson waits in memory for the last batch.
final class CoursesArchive: @unchecked Sendable {
    private var stream: ZipStreamWriter?
    private var path: String?

    /// Adds one batch's course folders and lesson files.
    func add(plans: [CoursePlan], jobs: [(CoursePlan, CoursePlan.Entry)], outputs: [Result<MCTJobOutput, Error>],
             context: BuildContext, zipPath: String) throws {
        if stream == nil {
            stream = try ZipStreamWriter(destination: try context.stagingURL(zipPath),
                                         timestamp: DeterministicZipWriter.clamped(context.options.timestamp),
                                         flushesToDisk: false, cache: context.zipEntryCache)
            path = zipPath
        }
        guard let stream else { return }
        var next = 0
        for plan in plans {
            try stream.addDirectory(plan.folderName)
            while next < jobs.count, jobs[next].0 === plan {
                defer { next += 1 }
                guard case .lesson(let output) = try outputs[next].get(), let fileName = jobs[next].1.fileName else { continue }
                let path = plan.folderName + "/" + fileName
                switch output {
                case .file(let url): try stream.addFile(at: url, as: path)
                case .data(let data): try stream.addData(data, as: path)
                }
            }
        }
    }

    /// Puts the archive in place; nil when no batch had a course.
    func finish() throws -> (String, ArchiveSummary)? {
        guard let stream, let path else { return nil }
        self.stream = nil
        return (path, try stream.finish())
    }
}

/// What one job of the parallel pass produced.
enum MCTJobOutput: Sendable {
    case lesson(LessonPackager.Output)
    case quiz(String, QuizExport)
    /// Nothing to add (a link, a lesson with a reported problem, the final's second listing).
    case none
}
