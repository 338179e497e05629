import CourseKit
import Foundation

/// Which external providers may be embedded as an `<iframe>` (when a page
/// allows embeds at all, see `PageRenderOptions.embedExternalResources`),
/// and how a resource's address becomes the provider's embed address.
/// Providers outside the list, `web` pages, non-HTTPS addresses and
/// addresses without a known embed form are always a link card.
public struct EmbedPolicy: Sendable, Hashable {
    public var providers: Set<ExternalResource.Provider>

    public init(providers: Set<ExternalResource.Provider>) {
        self.providers = providers
    }

    /// GeoGebra, PhET, Khan Academy, YouTube and Vimeo: the providers the
    /// programme used, all of which publish embeddable players.
    public static let `default` = EmbedPolicy(providers: [.geogebra, .phet, .khanAcademy, .youtube, .vimeo])

    /// The `<iframe>` address for a resource, or nil when it is not embedded.
    public func embedURL(for resource: ExternalResource) -> String? {
        guard providers.contains(resource.provider),
              let url = URLComponents(string: resource.url.value.trimmingCharacters(in: .whitespaces)),
              url.scheme?.lowercased() == "https", let host = url.host?.lowercased() else { return nil }
        let parts = url.path.split(separator: "/").map(String.init)
        switch resource.provider {
        case .youtube:
            var id: String?
            if host.hasSuffix("youtu.be") { id = parts.first }
            else if host.hasSuffix("youtube.com") {
                id = parts.first == "embed" ? parts.dropFirst().first
                    : url.queryItems?.first { $0.name == "v" }?.value
            }
            return id.flatMap(Self.safeID).map { "https://www.youtube-nocookie.com/embed/\($0)" }
        case .vimeo:
            guard host.hasSuffix("vimeo.com"), let id = parts.last(where: { Int($0) != nil }) else { return nil }
            return "https://player.vimeo.com/video/\(id)"
        case .geogebra:
            guard host.hasSuffix("geogebra.org"), parts.count >= 2, parts[0] == "m",
                  let id = Self.safeID(parts[1]) else { return nil }
            return "https://www.geogebra.org/material/iframe/id/\(id)"
        case .phet:
            // HTML5 simulations are published as embeddable pages.
            guard host.hasSuffix("phet.colorado.edu"), url.path.contains("/sims/html/"),
                  url.path.hasSuffix(".html") else { return nil }
            return "https://phet.colorado.edu" + url.path
        case .khanAcademy, .web:
            // Khan Academy has no stable public embed form for exercises.
            return nil
        }
    }

    private static func safeID(_ text: String) -> String? {
        let ok = !text.isEmpty && text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
        return ok ? text : nil
    }
}
