/// A SCORM 1.2 package manifest (`imsmanifest.xml`), as neutral values that
/// know nothing of the rest of coursec. `SCORMManifestWriter` turns it into
/// XML; identifiers should come from `SCORMIdentifier.make(from:)` and titles
/// from `SCORMTitle.limit(_:)` so that the result validates.
public struct SCORMManifest: Hashable, Sendable {
    /// `manifest/@identifier`; an XML ID, unique within the manifest.
    public var identifier: String
    /// `manifest/@version`, at most 20 characters.
    public var version: String?
    public var metadata: LOMMetadata
    /// The package has one organization, which is also the default one.
    public var organization: SCORMOrganization
    public var resources: [SCORMResource]

    public init(identifier: String, version: String? = nil, metadata: LOMMetadata,
                organization: SCORMOrganization, resources: [SCORMResource]) {
        self.identifier = identifier
        self.version = version
        self.metadata = metadata
        self.organization = organization
        self.resources = resources
    }
}

/// The IMS Meta-data 1.2.1 (LOM) fields coursec fills in for the package.
public struct LOMMetadata: Hashable, Sendable {
    public var title: String
    public var description: String?
    /// An `xsd:language` tag such as `en` or `de-CH`; used both for
    /// `general/language` and as `xml:lang` of every langstring.
    public var language: String
    public var keywords: [String]
    /// `lifecycle/version`, e.g. the course's release version.
    public var version: String?

    public init(title: String, description: String? = nil, language: String = "en",
                keywords: [String] = [], version: String? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.keywords = keywords
        self.version = version
    }
}
