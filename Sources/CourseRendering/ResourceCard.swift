import Foundation
import CourseKit

/// The template context of an external resource: a labelled card with the
/// provider, licence and a link that opens in a new window, the offline
/// fallback when there is one, and an embed only when the page allows it.
struct ResourceCard {
    let renderer: CourseRenderer
    let options: PageRenderOptions

    func context(_ resource: ExternalResource, domId: String, headingLevel: Int,
                 media: inout [String]) -> [String: Any] {
        var card: [String: Any] = [
            "title": resource.title,
            "provider": resource.provider.displayName,
            "domId": domId,
            "headingLevel": headingLevel,
        ]
        if let license = resource.license, !license.isEmpty { card["license"] = license }
        if Self.isWebAddress(resource.url.value) { card["url"] = resource.url.value }
        if options.embedExternalResources, let src = renderer.embeds.embedURL(for: resource) {
            card["embed"] = ["src": src]
        }
        if let fallback = resource.fallback {
            do {
                let packaged = options.assetPrefix + (try renderer.media.packagePath(for: fallback.value, in: renderer.fileSystem))
                media.append(fallback.value)
                let ext = RepositoryPath.pathExtension(fallback.value)
                if MediaTypes.image.extensions.contains(ext) {
                    card["fallbackImage"] = ["src": packaged, "alt": "Vista sin conexión de: \(resource.title)"]
                } else {
                    card["fallbackFile"] = ["href": packaged,
                                            "label": "Abrir la versión sin conexión (\(ext.uppercased()))"]
                }
            } catch {
                renderer.failures.record("cannot read the fallback '\(fallback.value)' (\(fallback.range.file):\(fallback.range.start.line)), which the check read: it changed since")
            }
        }
        return card
    }

    /// Only http(s) addresses become links (the loader checked them already;
    /// this keeps a `javascript:` address out of any page regardless).
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}
