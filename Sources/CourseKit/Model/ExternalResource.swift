/// A resource on the web a lesson links to or embeds: a GeoGebra applet, a
/// PhET simulation, a Khan Academy exercise, a video.
public struct ExternalResource: Sendable {
    public enum Provider: String, Sendable, CaseIterable, Codable {
        case geogebra, phet, khanAcademy = "khan-academy", youtube, vimeo, web

        public var displayName: String {
            switch self {
            case .geogebra: "GeoGebra"
            case .phet: "PhET"
            case .khanAcademy: "Khan Academy"
            case .youtube: "YouTube"
            case .vimeo: "Vimeo"
            case .web: "Web"
            }
        }

        /// The provider whose site an address is on (`web` for any other),
        /// for suggesting a `resource:` to an author who wrote an address.
        public static func guess(for url: String) -> Provider {
            let lower = url.lowercased()
            let hosts: [(String, Provider)] = [("youtube.com", .youtube), ("youtu.be", .youtube), ("vimeo.com", .vimeo),
                                               ("geogebra.org", .geogebra), ("phet.colorado.edu", .phet), ("khanacademy.org", .khanAcademy)]
            return hosts.first { lower.contains($0.0) }?.1 ?? .web
        }
    }

    public var provider: Provider
    public var url: Located<String>
    public var title: String
    public var license: String?
    /// Repository-relative path of a file shown when offline.
    public var fallback: Located<String>?
    public var range: SourceRange

    public init(provider: Provider, url: Located<String>, title: String, license: String? = nil,
                fallback: Located<String>? = nil, range: SourceRange) {
        self.provider = provider
        self.url = url
        self.title = title
        self.license = license
        self.fallback = fallback
        self.range = range
    }
}
