/// Which Markdown link and image addresses name a file of the repository:
/// not web addresses, `mailto:`, `data:`, `javascript:` or in-page anchors.
public enum LocalReference {
    /// The file part of `url` (without `#fragment` or `?query`, percent
    /// decoded) when it names a local file, as written (relative to the
    /// Markdown file); nil otherwise.
    public static func written(_ url: String) -> String? {
        let lower = url.lowercased()
        guard !url.isEmpty, !url.hasPrefix("#"), !url.contains("://"), !lower.hasPrefix("mailto:"),
              !lower.hasPrefix("data:"), !lower.hasPrefix("javascript:") else { return nil }
        let path = String(url.prefix { $0 != "#" && $0 != "?" }).removingPercentEncoding ?? url
        return path.isEmpty ? nil : path
    }
}

import Foundation
