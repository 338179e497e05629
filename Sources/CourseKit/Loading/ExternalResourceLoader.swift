/// Reads an external resource entry: provider, url, title, licence, fallback.
struct ExternalResourceLoader {
    let sink: DiagnosticSink
    let resolver: FileReferenceResolver
    let directory: String

    func load(_ node: YAMLNode) -> ExternalResource? {
        guard let map = MappingReader(node, context: "an external resource", sink: sink) else { return nil }
        var provider = ExternalResource.Provider.web
        if let text = map.string("provider", required: true) {
            if let p = ExternalResource.Provider(rawValue: text.value) { provider = p } else {
                let names = ExternalResource.Provider.allCases.map(\.rawValue)
                let hint: Message = Suggestion.closest(to: text.value, in: names).map { "; did you mean '\($0)'?" } ?? ""
                sink.report(Rules.invalidValue, at: text.range,
                            "provider '\(text.value)' must be one of \(names.joined(separator: ", "))\(hint)")
            }
        }
        let url = map.string("url", required: true)
        let title = map.string("title", required: true)
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
