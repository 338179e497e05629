import CourseKit
import CourseRendering
import TargetHTML

/// The key of each page of an offline site: a fingerprint of everything the
/// page is made from, so a page whose key did not change renders to the
/// same bytes (given the same media, which `PageCache` checks apart).
///
/// A page is made from its lesson or quiz (the fingerprint of its source
/// file, `SourceFingerprints`), the course's settings (`course.yaml`: its
/// title, language…), the repository's (the HTML allowlist of the policy),
/// its neighbours (the titles and addresses of the previous and next pages)
/// and the options of the site (links between lessons, unpacked
/// activities); not its own address, which no page shows. The index
/// lists every page, so its key covers every lesson and quiz of the course.
/// Model values other than lessons and quizzes are fingerprinted through
/// reflection, field by field: a field added to `Course` or `Repository`
/// later is part of the key without anyone touching this file.
struct PageKeyer {
    /// The renderer: templates and code (constant within one process; a
    /// cache kept on disk adds the executable's identity).
    var renderer: Fingerprint
    var repository: Fingerprint
    /// A lesson or quiz file's fingerprint, nil when it was not memoized.
    var source: (String) -> Fingerprint?

    init(renderer: Fingerprint, repository: Repository, source: @escaping (String) -> Fingerprint?) {
        self.renderer = renderer
        self.repository = Fingerprint { writer in
            writer.add("repository")
            writer.add(structure: repository, skipping: ["courses", "curriculum"])
        }
        self.source = source
    }

    /// One key per page of `site`, in its order.
    func keys(for site: OfflineSite) -> [Fingerprint] {
        let course = Fingerprint { writer in
            writer.add("course")
            writer.add(structure: site.course, skipping: ["units", "items", "lessons", "quizzes", "assessment"])
        }
        let pageOptions = Fingerprint { $0.add(structure: site.pageOptions) }
        let indexOptions = Fingerprint { $0.add(structure: site.indexOptions) }
        // The index's content: every page of the course, in order.
        let outline = Fingerprint { writer in
            for page in site.pages {
                writer.add(page.path)
                add(page.content, to: &writer)
            }
        }
        return site.pages.map { page in
            Fingerprint { writer in
                writer.add("offline-site-page")
                writer.add(renderer)
                writer.add(repository)
                writer.add(course)
                writer.add(structure: page.navigation)
                if case .index = page.content {
                    writer.add(indexOptions)
                    writer.add(outline)
                } else {
                    writer.add(pageOptions)
                    add(page.content, to: &writer)
                }
            }
        }
    }

    private func add(_ content: OfflineSite.Content, to writer: inout FingerprintWriter) {
        switch content {
        case .lesson(let lesson):
            writer.add("lesson")
            add(path: lesson.path, value: lesson, to: &writer)
        case .quiz(let quiz, let mode):
            writer.add("quiz")
            writer.add(mode.rawValue)
            add(path: quiz.path, value: quiz, to: &writer)
        case .index:
            writer.add("index")
        }
    }

    /// The source file's fingerprint or, for a file the memo did not keep,
    /// the loaded value itself (slower, as exact).
    private func add(path: String, value: Any, to writer: inout FingerprintWriter) {
        if let fingerprint = source(path) {
            writer.add(fingerprint)
        } else {
            writer.add("value")
            writer.add(structure: value, skipping: ["bodyTree"])
        }
    }
}
