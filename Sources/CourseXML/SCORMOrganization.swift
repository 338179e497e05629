/// `<organization>`: the course's table of contents.
public struct SCORMOrganization: Hashable, Sendable {
    public var identifier: String
    public var title: String
    public var items: [SCORMItem]

    public init(identifier: String, title: String, items: [SCORMItem]) {
        self.identifier = identifier
        self.title = title
        self.items = items
    }
}

/// `<item>`: a node of the organization tree. Leaves normally reference a
/// resource; inner nodes group their children.
public struct SCORMItem: Hashable, Sendable {
    public var identifier: String
    public var title: String
    /// `@identifierref`: the `SCORMResource.identifier` this item launches.
    public var resourceIdentifier: String?
    /// `<adlcp:masteryscore>`, 0…100; only meaningful on items launching a SCO.
    public var masteryScore: Int?
    public var children: [SCORMItem]

    public init(identifier: String, title: String, resourceIdentifier: String? = nil,
                masteryScore: Int? = nil, children: [SCORMItem] = []) {
        self.identifier = identifier
        self.title = title
        self.resourceIdentifier = resourceIdentifier
        self.masteryScore = masteryScore
        self.children = children
    }
}
