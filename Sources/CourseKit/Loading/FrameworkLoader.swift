/// Reads a curriculum framework file (see docs/format.md and docs/alignment.md).
struct FrameworkLoader {
    let reader: SourceReader
    var sink: DiagnosticSink { reader.sink }

    func load(_ path: String, referencedFrom reference: SourceRange) -> Framework? {
        guard let (file, node) = reader.yaml(path, referencedFrom: reference),
              let map = MappingReader(node, table: FieldTables.framework, sink: sink) else { return nil }
        let id = map.string("id")
        let title = map.string("title").map { InputLimits.title($0, what: "the framework's title", sink: sink) }
        let publisher = map.string("publisher")
        let version = map.string("version")
        let language = map.string("language")
        let items = (map.sequence("items") ?? []).compactMap(loadItem)
        map.finish()
        guard let id else { return nil }
        IDSyntax.check(id, what: "framework", sink: sink)
        return Framework(id: id, title: title?.value ?? id.value, publisher: publisher?.value, version: version?.value,
                         language: language?.value, items: items, path: file.path)
    }

    private func loadItem(_ node: YAMLNode) -> Framework.Item? {
        guard let map = MappingReader(node, table: FieldTables.frameworkItem, sink: sink) else { return nil }
        let code = map.string("code")
        let type = map.string("type")
        let statement = map.string("statement")
        let children = (map.sequence("children") ?? []).compactMap(loadItem)
        map.finish()
        guard let code else { return nil }
        if code.value.contains(":") || code.value.contains(where: \.isWhitespace) {
            sink.report(Rules.invalidValue, at: code.range, "a code may not contain ':' or spaces ('\(code.value)')")
        }
        return Framework.Item(code: code.value, type: type?.value ?? "", statement: statement?.value ?? "",
                              children: children, range: code.range)
    }
}
