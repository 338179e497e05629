/// A curriculum framework: a tree of items with codes, modelled on IMS CASE
/// (`CFDocument` with `CFItem`s: `code` is `humanCodingScheme`, `statement`
/// is `fullStatement`, `type` is `CFItemType`, children are `isChildOf`
/// associations), so a CASE JSON file can be imported without a redesign.
public struct Framework: Sendable {
    public struct Item: Sendable {
        public var code: String
        public var type: String
        public var statement: String
        public var children: [Item]
        public var range: SourceRange
        public init(code: String, type: String, statement: String, children: [Item] = [], range: SourceRange) {
            self.code = code
            self.type = type
            self.statement = statement
            self.children = children
            self.range = range
        }
    }

    /// Short id used to qualify codes: `mcc:M1`.
    public var id: Located<String>
    public var title: String
    public var publisher: String?
    public var version: String?
    public var language: String?
    public var items: [Item]
    public var path: String

    public init(id: Located<String>, title: String, publisher: String? = nil, version: String? = nil,
                language: String? = nil, items: [Item], path: String) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.version = version
        self.language = language
        self.items = items
        self.path = path
    }

    /// Every item of the tree, depth first, in document order.
    public var allItems: [Item] {
        var result: [Item] = []
        func visit(_ items: [Item]) {
            for item in items {
                result.append(item)
                visit(item.children)
            }
        }
        visit(items)
        return result
    }
}
