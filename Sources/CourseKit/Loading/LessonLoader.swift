import CourseMarkdown

/// Reads a lesson's front matter and summarises its Markdown body.
struct LessonLoader {
    let reader: SourceReader
    let file: SourceFile
    var sink: DiagnosticSink { reader.sink }
    var directory: String { RepositoryPath.directory(of: file.path) }
    var resolver: FileReferenceResolver { FileReferenceResolver(fileSystem: reader.fileSystem, sink: sink) }

    func load(_ map: MappingReader, body: String, bodyLine: Int, outline: MarkdownOutline) -> Lesson? {
        map.adopt(FieldTables.lesson)
        let id = map.string("id")
        let writtenTitle = map.string("title").map { InputLimits.title($0, what: "the lesson's title", sink: sink) }
        var kind = Lesson.Kind.text
        if let text = map.choice("kind"), let k = Lesson.Kind(rawValue: text.value) { kind = k }
        let objectives = map.stringList("objectives")
        let minutes = map.int("minutes")?.value
        let tags = map.stringList("tags").map(\.value)
        let reviewOf = map.stringList("review-of")
        let draft = map.bool("draft")?.value ?? false
        let since = map.string("since")
        var file: Located<String>?
        if let written = map.string("file") {
            if let use = MediaTypes.use(for: kind) {
                file = resolver.resolve(written, from: directory, allowed: use)
            } else {
                sink.report(Rules.invalidValue, at: written.range, "a `\(kind.rawValue)` lesson has no `file`; set `kind` (video, audio, pdf, html, scorm)")
            }
        } else if kind.needsFile {
            sink.report(Rules.missingField, at: map.range, "a `\(kind.rawValue)` lesson needs `file:` naming its file")
        }
        var subtitles: [(language: String, path: Located<String>)] = []
        if let subs = map.mapping("subtitles") {
            for pair in subs.entries {
                guard let language = pair.key.scalar else { continue }
                subs.allow(language)
                guard LanguageTag.isValid(language) else {
                    sink.report(Rules.invalidValue, at: pair.key.range,
                                "'\(language)' is not a language tag; write one such as es, es-MX or en")
                    continue
                }
                if let written = MappingReader.string(pair.value, what: "a subtitle file", sink: sink),
                   let path = resolver.resolve(written, from: directory, allowed: MediaTypes.subtitles) {
                    subtitles.append((language, path))
                }
            }
            subs.finish()
            if kind != .video, let range = map.keyRange("subtitles") {
                sink.report(Rules.invalidValue, at: range, "only video lessons have subtitles")
            }
        }
        let loader = ExternalResourceLoader(sink: sink, resolver: resolver, directory: directory)
        let resources = (map.sequence("resources") ?? []).compactMap(loader.load)
        var resource: ExternalResource?
        if let node = map.value("resource") { resource = loader.load(node) }
        if kind == .link, resource == nil, map.value("resource") == nil {
            sink.report(Rules.missingField, at: map.range, "a `link` lesson needs `resource:` with provider, url and title")
        }
        map.finish()
        // Without a title (reported above) the file keeps its id, so that what
        // refers to it (`review-of`, the outline's rhythm) still finds it.
        guard let id else { return nil }
        let title = writtenTitle ?? Located(id.value, at: id.range)
        IDSyntax.check(id, what: "lesson", sink: sink)
        let summary = MarkdownSummarizer(file: self.file, sink: sink, resolver: resolver, directory: directory).summarize(outline)
        return Lesson(id: id, path: self.file.path, title: title, kind: kind, objectives: objectives, minutes: minutes,
                      tags: tags, reviewOf: reviewOf, draft: draft, since: since, file: file, subtitles: subtitles,
                      resources: resources, resource: resource, body: body, bodyLine: bodyLine, markdown: summary,
                      range: id.range)
    }
}
