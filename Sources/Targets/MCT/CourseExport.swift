import CourseKit
import Foundation

/// The per-course files next to `courses.zip`: question CSVs, thumbnail,
/// subtitles, `course.json` and `DEPLOY.md`, under `mct/<phase>/<course-id>/`.
struct CourseExport {
    let context: BuildContext
    let plan: CoursePlan
    let target: String
    /// The course's question CSVs, already written, by file name.
    let exports: [String: QuizExport]

    static func folder(_ plan: CoursePlan, context: BuildContext) -> String {
        "mct/\(context.phase.id)/\(plan.course.id.value)"
    }

    /// Writes one question CSV (run in parallel with everything else).
    static func writeQuiz(_ quiz: Quiz, as csv: String, plan: CoursePlan, context: BuildContext,
                          target: String) throws -> QuizExport {
        let export = QuizExport(quiz: quiz)
        try context.write(export.csv, to: "\(folder(plan, context: context))/\(csv)", target: target,
                          course: plan.course.id.value)
        return export
    }

    func write() throws {
        let course = plan.course
        let folder = Self.folder(plan, context: context)

        var thumbnailName: String?
        if let thumbnail = course.thumbnail?.value {
            let ext = thumbnail.split(separator: ".").last.map { "." + $0.lowercased() } ?? ""
            thumbnailName = "miniatura" + ext
            try copy(thumbnail, to: "\(folder)/miniatura\(ext)", course: course)
        }
        var subtitleFiles: [String: [String: String]] = [:]
        for entry in plan.lessons where !entry.subtitles.isEmpty {
            guard let lesson = entry.lesson else { continue }
            var files: [String: String] = [:]
            for (subtitle, planned) in zip(lesson.subtitles, entry.subtitles) {
                try copy(subtitle.path.value, to: "\(folder)/\(planned.file)", course: course)
                files[planned.language] = planned.file
            }
            subtitleFiles[entry.number] = files
        }

        let details = makeDetails(exports: exports, thumbnail: thumbnailName, subtitles: subtitleFiles)
        try context.write(details.encoded(), to: "\(folder)/course.json", target: target, course: course.id.value)
        let checklist = DeployChecklist(plan: plan, details: details, exports: exports, phase: context.phase)
        try context.write(Data(checklist.markdown().utf8), to: "\(folder)/DEPLOY.md", target: target, course: course.id.value)
    }

    /// Copies a source file (thumbnail, subtitles) without loading it whole.
    private func copy(_ source: String, to path: String, course: Course) throws {
        let destination = try context.stagingURL(path)
        if let url = context.sourceURL(source) {
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: url, to: destination)
        } else {
            try Data(context.fileSystem.contents(of: source)).write(to: destination)
        }
        let size = (try? destination.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        context.record(BuiltArtifact(path: path, target: target, course: course.id.value, bytes: size))
    }

    private func makeDetails(exports: [String: QuizExport], thumbnail: String?,
                             subtitles: [String: [String: String]]) -> CourseDetails {
        let course = plan.course
        let outline = plan.entries.map { entry -> CourseDetails.OutlineEntry in
            let export = entry.csvName.flatMap { exports[$0] }
            return CourseDetails.OutlineEntry(
                number: entry.number, kind: entry.kind.rawValue, id: entry.lesson?.id.value ?? entry.quiz?.id.value ?? "",
                title: entry.title, platformName: entry.platformName, unit: entry.unit,
                lessonKind: entry.isIntroduction ? Lesson.Kind.text.rawValue : entry.lesson?.kind.rawValue,
                introduces: entry.introduces, file: entry.fileName, csv: entry.csvName,
                questions: export?.questionCount, url: entry.isIntroduction ? nil : entry.lesson?.resource?.url.value,
                provider: entry.isIntroduction ? nil : entry.lesson?.resource?.provider.rawValue,
                tags: entry.lesson.map(\.tags).flatMap { $0.isEmpty ? nil : $0 },
                subtitles: subtitles[entry.number],
                placeholderQuestions: export.flatMap { $0.placeholderSerials.isEmpty ? nil : $0.placeholderSerials })
        }
        let lessons = plan.entries.filter { $0.kind == .lesson || $0.kind == .link }.count
        let practice = plan.entries.filter { $0.kind == .quiz }.count
        let assessments = plan.entries.filter { $0.kind == .diagnostic || $0.kind == .final }.count
        let assessment = course.assessment.map { quiz in
            CourseDetails.Assessment(
                id: quiz.id.value, title: quiz.title.value, csv: CoursePlan.csvName(quiz),
                questions: quiz.items.count, passPercentage: quiz.settings.passPercentage,
                attempts: quiz.settings.attempts, shuffle: quiz.settings.shuffle,
                showAnswers: quiz.settings.showAnswers, publishedAs: ["diagnostic", "final"])
        }
        return CourseDetails(
            id: course.id.value, title: course.title.value, platformName: plan.folderName,
            description: course.description.trimmingCharacters(in: .whitespacesAndNewlines),
            language: course.language, version: course.version.value.description,
            phase: .init(id: context.phase.id, title: context.phase.title),
            uploadFolder: plan.folderName, thumbnail: thumbnail,
            enrollment: course.platform.enrollment.rawValue, certificate: course.platform.certificate,
            restrictLessonOrdering: course.platform.restrictLessonOrdering,
            translations: [], translatable: course.platform.enrollment != .auto,
            assessment: assessment, outline: outline,
            counts: .init(lessons: lessons, lessonsInUpload: plan.lessons.count,
                          externalLinks: plan.entries.filter { $0.kind == .link }.count,
                          practiceQuizzes: practice, assessments: assessments,
                          quizzes: practice + assessments, total: lessons + practice + assessments))
    }
}
