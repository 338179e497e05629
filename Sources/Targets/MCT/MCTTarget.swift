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
    public var summary: String { "the platform's bulk-upload courses ZIP, question CSVs, course details and deployment checklist" }

    /// Generated lesson ZIPs kept in memory at once, across all courses.
    static let inMemoryBudget = 48 << 20

    public func build(_ context: BuildContext) throws {
        let courses = context.repository.courses
        guard !courses.isEmpty else { return }
        let plans = courses.enumerated().map { CoursePlan(course: $1, position: $0 + 1, courseCount: courses.count) }
        let phaseFolder = "mct/\(context.phase.id)"
        let spill = try context.stagingURL("\(phaseFolder)/.lessons/x").deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: spill) }

        let packager = LessonPackager(
            context: context,
            renderer: CourseRenderer(repository: context.repository, fileSystem: context.fileSystem, sink: context.sink),
            packageChecker: AuthorPackageChecker(sink: context.sink), spillFolder: spill,
            memoryBudget: MemoryBudget(bytes: Self.inMemoryBudget))

        // Every lesson of every course in one parallel pass: courses differ
        // a lot in size, so per-course parallelism alone would leave a core idle.
        let jobs = plans.flatMap { plan in plan.lessons.map { (plan, $0) } }
        let outputs = Parallel.map(jobs.indices.map { $0 }) { index -> Result<LessonPackager.Output?, Error> in
            let (plan, entry) = jobs[index]
            return Result { try packager.package(entry.lesson!, course: plan.course, entry: entry) }
        }
        // The per-course files are independent of the ZIP: write them in parallel too.
        let courseResults = Parallel.map(plans) { plan -> Result<Void, Error> in
            Result { try CourseExport(context: context, plan: plan, target: name).write() }
        }
        for result in courseResults { try result.get() }

        let zipPath = "\(phaseFolder)/courses.zip"
        let writer = DeterministicZipWriter(destination: try context.stagingURL(zipPath),
                                            timestamp: context.options.timestamp)
        for plan in plans { writer.addDirectory(plan.folderName) }
        for (index, (plan, entry)) in jobs.enumerated() {
            guard let output = try outputs[index].get(), let fileName = entry.fileName else { continue }
            let path = plan.folderName + "/" + fileName
            switch output {
            case .file(let url): try writer.addFile(at: url, as: path)
            case .data(let data): try writer.addData(data, as: path)
            }
        }
        let summary = try writer.finish()
        context.record(BuiltArtifact(path: zipPath, target: name, course: nil, bytes: Int(summary.byteSize)))
    }
}
