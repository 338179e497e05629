/// Renders lesson Markdown to an HTML fragment (see `HTMLRenderer` for the markup).
public enum MarkdownRenderer {
    public static func render(_ text: String, options: MarkdownRenderOptions) -> RenderedMarkdown {
        render(MarkdownParser.parse(text), options: options)
    }

    /// Renders an already parsed tree (callers that also inspect the tree parse once).
    public static func render(_ document: MarkdownNode, options: MarkdownRenderOptions) -> RenderedMarkdown {
        var renderer = HTMLRenderer(options: options)
        return renderer.render(document)
    }
}
