/// The ZIPs of HTML and SCORM lessons must be packages the platform and
/// the offline site can open, and safe to unpack: checked here, in
/// `coursec check`, so a repository that checks clean builds. The targets
/// that use the packages (`mct` copies them, `html` unpacks HTML
/// activities) rely on this check and only guard against a file changed
/// since.
///
/// Each ZIP is read once, through the safe reader (nothing is unpacked;
/// see `PackageInspector`), in parallel, and its problem reported at the
/// `file:` of every lesson that uses it.
public struct LessonPackageCheck: CourseCheck {
    public init() {}
    public var rules: [Rule] { PackageRules.all }

    public func run(_ context: CheckContext) {
        guard let fileSystem = context.fileSystem else { return }
        var lessonsByPackage: [PackageInspector.Package: [Lesson]] = [:]
        var order: [PackageInspector.Package] = []
        for course in context.repository.courses {
            for lesson in course.lessons {
                guard let file = lesson.file, let kind = PackageInspector.Kind(lesson.kind) else { continue }
                let package = PackageInspector.Package(path: file.value, kind: kind)
                if lessonsByPackage[package] == nil { order.append(package) }
                lessonsByPackage[package, default: []].append(lesson)
            }
        }
        guard !order.isEmpty else { return }
        let inspector = PackageInspector(fileSystem: fileSystem)
        let problems = Parallel.map(order) { inspector.problem(in: $0) }
        for (package, problem) in zip(order, problems) {
            guard let problem else { continue }
            for lesson in lessonsByPackage[package] ?? [] {
                context.sink.report(problem.rule, at: lesson.file?.range ?? lesson.range, problem.message)
            }
        }
    }
}
