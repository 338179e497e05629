import CourseKit
import CourseRendering

/// Target `scorm12`: one SCORM 1.2 package per course (or, with
/// `--scorm-granularity lesson`, one per lesson, quiz and assessment), at
/// `scorm12/<phase>/<course>.zip`. The one interactive format the platform
/// accepts, and the one every other LMS imports too. See docs/outputs.md.
public struct SCORM12Target: BuildTarget {
    public init() {}
    public var name: String { "scorm12" }
    public var summary: Message { "one SCORM 1.2 package per course (or per lesson)" }
    public var relativeCost: Int { 4 }

    public func build(_ context: BuildContext) throws {
        let renderer = CourseRenderer(repository: context.repository, fileSystem: context.fileSystem,
                                      failures: context.failures, lessonTrees: context.lessonTrees, bodies: context.markdownBodyCache)
        let pages = SCORMPageRenderer(renderer: renderer)
        let writer = SCORMPackageWriter(context: context)
        // Courses are independent packages: build them on all cores. Errors
        // are returned, not thrown, so every course finishes its own work.
        let failures = Parallel.map(context.repository.courses) { course -> Message? in
            do {
                let fitter = SCORMTextFitter()
                let builder = SCORMManifestBuilder(fitter: fitter)
                for plan in Self.plans(for: course, context: context) where !plan.scos.isEmpty {
                    let rendered = try pages.render(plan)
                    let manifest = builder.manifest(for: plan, files: rendered.uses)
                    try writer.write(plan, manifest: manifest, files: rendered.files)
                }
                return nil
            } catch {
                return "\(course.id.value): \(Message.describing(error))"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw SCORM12TargetError(message: failure) }
    }

    static func plans(for course: Course, context: BuildContext) -> [SCORMPackagePlan] {
        switch context.options.scormGranularity {
        case .course: [SCORMPackagePlanner.coursePlan(course, phase: context.phase)]
        case .lesson: SCORMPackagePlanner.lessonPlans(course, phase: context.phase)
        }
    }
}

/// A course's package could not be built (an internal error, see
/// `SCORMBuildError`); the message names the course.
struct SCORM12TargetError: MessageError, CustomStringConvertible {
    var message: Message
    var description: String { message.text(in: .en) }
}
