/// `<resource type="webcontent">`: a launchable SCO or a plain asset, with
/// the files it consists of and the resources it depends on.
public struct SCORMResource: Hashable, Sendable {
    public enum SCORMType: String, Hashable, Sendable {
        /// Talks to the LMS through the SCORM run-time API.
        case sco
        /// Static content (pages, images, shared scripts).
        case asset
    }

    public var identifier: String
    public var scormType: SCORMType
    /// The launch file, relative to the package root; required for SCOs
    /// that items launch.
    public var href: String?
    /// Package-relative paths, written as `<file href>` in this order.
    public var files: [String]
    /// Identifiers of other resources, written as `<dependency identifierref>`.
    public var dependencies: [String]

    public init(identifier: String, scormType: SCORMType, href: String? = nil,
                files: [String] = [], dependencies: [String] = []) {
        self.identifier = identifier
        self.scormType = scormType
        self.href = href
        self.files = files
        self.dependencies = dependencies
    }
}
