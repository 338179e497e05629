import Foundation

/// Writes `SCORMManifest` values as SCORM 1.2 `imsmanifest.xml`.
///
/// Element order follows the `xsd:sequence`s of the schemas, which the
/// validator enforces strictly:
/// - `manifest`: metadata, organizations, resources.
/// - `metadata` (IMS CP): schema, schemaversion, then foreign elements
///   (`imsmd:lom`).
/// - `imsmd:lom`: general, lifecycle, …
/// - `imsmd:general`: identifier, title, catalogentry, language, description,
///   keyword — so language comes *before* description. (Every imsmd type
///   ends in a strict `##any` wildcard that also matches imsmd elements, so
///   libxml2 accepts some other orders too; the declared order is what
///   other validators and LMS importers expect.)
/// - `item` / `organization`: title, child items, metadata, then foreign
///   elements — so `adlcp:masteryscore` follows the child items.
/// - `resource`: metadata, file*, dependency*; `adlcp:scormtype` is a
///   foreign attribute allowed by the resource's `anyAttribute`.
/// Every `identifier` is an `xsd:ID`: unique across the whole document and
/// not starting with a digit.
public enum SCORMManifestWriter {
    static let imscpNamespace = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    static let adlcpNamespace = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
    static let imsmdNamespace = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
    static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// The customary hints: the schema file names as shipped in SCORM 1.2
    /// packages. Validation here never follows them (the validator uses its
    /// own compiled set), they are only for LMSs and external tools.
    static let schemaLocation = [
        "\(imscpNamespace) imscp_rootv1p1p2.xsd",
        "\(imsmdNamespace) imsmd_rootv1p2p1.xsd",
        "\(adlcpNamespace) adlcp_rootv1p2.xsd",
    ].joined(separator: " ")

    /// Serialises `manifest` without schema validation. Throws only for
    /// values no manifest can hold (characters XML cannot represent, a
    /// mastery score outside 0…100).
    public static func write(_ manifest: SCORMManifest) throws -> Data {
        let xml = try XMLDocumentWriter()
        try xml.startDocument()
        try xml.startElement("manifest")
        try xml.writeNamespace(prefix: nil, uri: imscpNamespace)
        try xml.writeNamespace(prefix: "adlcp", uri: adlcpNamespace)
        try xml.writeNamespace(prefix: "imsmd", uri: imsmdNamespace)
        try xml.writeNamespace(prefix: "xsi", uri: xsiNamespace)
        try xml.writeAttribute("identifier", manifest.identifier)
        if let version = manifest.version {
            try xml.writeAttribute("version", version)
        }
        try xml.writeAttribute("schemaLocation", schemaLocation, prefix: "xsi")

        try writeMetadata(manifest.metadata, to: xml)
        try writeOrganizations(manifest.organization, to: xml)
        try writeResources(manifest.resources, to: xml)

        try xml.endElement()
        return try xml.finish()
    }

    /// Serialises `manifest` and validates it against the embedded SCORM 1.2
    /// schemas, so an invalid manifest is never handed out.
    /// - Throws: `XMLError.invalidManifest` with the validator's issues.
    public static func writeValidated(_ manifest: SCORMManifest) throws -> Data {
        let data = try write(manifest)
        let issues = XMLSchemaValidator.scorm12.validate(data, documentName: "imsmanifest.xml")
        guard issues.isEmpty else { throw XMLError.invalidManifest(issues) }
        return data
    }

    // MARK: - Sections

    private static func writeMetadata(_ lom: LOMMetadata, to xml: XMLDocumentWriter) throws {
        try xml.startElement("metadata")
        try xml.writeElement("schema", text: "ADL SCORM")
        try xml.writeElement("schemaversion", text: "1.2")
        try xml.startElement("lom", prefix: "imsmd")

        try xml.startElement("general", prefix: "imsmd")
        try writeLangString(in: "title", lom.title, language: lom.language, to: xml)
        try xml.writeElement("language", prefix: "imsmd", text: lom.language)
        if let description = lom.description, !description.isEmpty {
            try writeLangString(in: "description", description, language: lom.language, to: xml)
        }
        for keyword in lom.keywords where !keyword.isEmpty {
            try writeLangString(in: "keyword", keyword, language: lom.language, to: xml)
        }
        try xml.endElement() // general

        if let version = lom.version, !version.isEmpty {
            try xml.startElement("lifecycle", prefix: "imsmd")
            try writeLangString(in: "version", version, language: lom.language, to: xml)
            try xml.endElement()
        }

        try xml.endElement() // lom
        try xml.endElement() // metadata
    }

    /// `<imsmd:NAME><imsmd:langstring xml:lang="…">text</imsmd:langstring></imsmd:NAME>`
    private static func writeLangString(in name: String, _ text: String, language: String,
                                        to xml: XMLDocumentWriter) throws {
        try xml.startElement(name, prefix: "imsmd")
        try xml.startElement("langstring", prefix: "imsmd")
        try xml.writeAttribute("lang", language, prefix: "xml")
        try xml.writeText(text)
        try xml.endElement()
        try xml.endElement()
    }

    private static func writeOrganizations(_ organization: SCORMOrganization,
                                           to xml: XMLDocumentWriter) throws {
        try xml.startElement("organizations")
        try xml.writeAttribute("default", organization.identifier)
        try xml.startElement("organization")
        try xml.writeAttribute("identifier", organization.identifier)
        try xml.writeElement("title", text: organization.title)
        for item in organization.items {
            try writeItem(item, to: xml)
        }
        try xml.endElement() // organization
        try xml.endElement() // organizations
    }

    private static func writeItem(_ item: SCORMItem, to xml: XMLDocumentWriter) throws {
        try xml.startElement("item")
        try xml.writeAttribute("identifier", item.identifier)
        if let resource = item.resourceIdentifier {
            try xml.writeAttribute("identifierref", resource)
        }
        try xml.writeElement("title", text: item.title)
        for child in item.children {
            try writeItem(child, to: xml)
        }
        // adlcp elements come through the item's trailing ##other wildcard,
        // i.e. after the title and all child items.
        if let score = item.masteryScore {
            guard (0...100).contains(score) else {
                throw XMLError.invalidValue("mastery score \(score) of item \(item.identifier) is not in 0…100")
            }
            try xml.writeElement("masteryscore", prefix: "adlcp", text: String(score))
        }
        try xml.endElement()
    }

    private static func writeResources(_ resources: [SCORMResource], to xml: XMLDocumentWriter) throws {
        try xml.startElement("resources")
        for resource in resources {
            try xml.startElement("resource")
            try xml.writeAttribute("identifier", resource.identifier)
            try xml.writeAttribute("type", "webcontent")
            try xml.writeAttribute("scormtype", resource.scormType.rawValue, prefix: "adlcp")
            if let href = resource.href {
                try xml.writeAttribute("href", href)
            }
            for file in resource.files {
                try xml.startElement("file")
                try xml.writeAttribute("href", file)
                try xml.endElement()
            }
            for dependency in resource.dependencies {
                try xml.startElement("dependency")
                try xml.writeAttribute("identifierref", dependency)
                try xml.endElement()
            }
            try xml.endElement() // resource
        }
        try xml.endElement() // resources
    }
}
