/// One file (or folder) a build produced, as listed in build output and
/// release manifests.
public struct BuiltArtifact: Sendable, Hashable, Codable {
    /// Path relative to the output folder, `/`-separated.
    public var path: String
    public var target: String
    /// The course it belongs to, if any.
    public var course: String?
    /// Size in bytes (for a folder: the sum of its files).
    public var bytes: Int
    /// A folder committed as a whole (the offline site), not a single file.
    public var isDirectory: Bool

    public init(path: String, target: String, course: String? = nil, bytes: Int, isDirectory: Bool = false) {
        self.path = path
        self.target = target
        self.course = course
        self.bytes = bytes
        self.isDirectory = isDirectory
    }
}
