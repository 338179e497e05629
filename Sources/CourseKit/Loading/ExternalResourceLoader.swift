/// Reads an external resource entry: provider, url, title, licence, fallback.
struct ExternalResourceLoader {
    let sink: DiagnosticSink
    let resolver: FileReferenceResolver
    let directory: String

    func load(_ node: YAMLNode) -> ExternalResource? {
        guard let map = MappingReader(node, table: FieldTables.externalResource, sink: sink) else { return nil }
        var provider = ExternalResource.Provider.web
        if let text = map.choice("provider"), let p = ExternalResource.Provider(rawValue: text.value) { provider = p }
        let url = map.string("url")
        let title = map.string("title").map { InputLimits.title($0, what: "the resource's title", sink: sink) }
        let license = map.string("license")
        let fallback = map.string("fallback").flatMap { resolver.resolve($0, from: directory, allowed: MediaTypes.fallback) }
        map.finish()
        guard let url else { return nil }
        if !Self.isWebURL(url.value) {
            sink.report(Rules.invalidURL, at: url.range, "'\(url.value)' is not a full web address; write it with https://")
        }
        return ExternalResource(provider: provider, url: url, title: title?.value ?? url.value, license: license?.value,
                                fallback: fallback, range: map.range)
    }

    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        let rest = lower.drop { $0 != "/" }.dropFirst(2)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains(".") && !host.contains(" ") && !text.contains(where: { $0.isWhitespace })
    }
}
