/// Every medium the model names, where it is named: course thumbnails,
/// lesson files (video, audio, PDF), subtitles, the offline fallbacks of
/// external resources, and the local images and links of lessons and quizzes.
/// The packages of HTML and SCORM lessons are `LessonPackageCheck`'s.
struct MediaReferences {
    struct Reference {
        /// Repository-relative path.
        var path: String
        var range: SourceRange
    }

    /// In model order; a file named several times appears once per naming.
    static func all(in repository: Repository) -> [Reference] {
        var references: [Reference] = []
        func add(_ located: Located<String>?) {
            if let located { references.append(Reference(path: located.value, range: located.range)) }
        }
        func addBody(_ markdown: MarkdownSummary, of file: String) {
            let directory = RepositoryPath.directory(of: file)
            for reference in markdown.images + markdown.links {
                guard let written = LocalReference.written(reference.url),
                      case .success(let path) = RepositoryPath.resolve(written, relativeTo: directory) else { continue }
                references.append(Reference(path: path, range: urlRange(reference)))
            }
        }
        for course in repository.courses {
            add(course.thumbnail)
            for lesson in course.lessons {
                if lesson.kind != .html, lesson.kind != .scorm { add(lesson.file) }
                for subtitle in lesson.subtitles { add(subtitle.path) }
                for resource in lesson.resources + [lesson.resource].compactMap({ $0 }) { add(resource.fallback) }
                addBody(lesson.markdown, of: lesson.path)
            }
            for quiz in course.quizzes + [course.assessment].compactMap({ $0 }) { addBody(quiz.markdown, of: quiz.path) }
        }
        return references
    }

    /// Where the loader points for this reference: at the URL inside
    /// `[text](url)` when it is on the reference's first line.
    private static func urlRange(_ reference: MarkdownSummary.Reference) -> SourceRange {
        reference.urlRange ?? reference.range
    }
}
