import Foundation

/// Where Debian installs KaTeX (`libjs-katex`, `fonts-katex`): pages that
/// use math bundle it, so math works offline. `coursec check` warns when it
/// is missing (CS0601), since the packages would then show TeX source.
public struct KaTeXInstallation: Sendable {
    public var scriptFolder: URL
    public var fontFolder: URL

    public init(scriptFolder: URL, fontFolder: URL) {
        self.scriptFolder = scriptFolder
        self.fontFolder = fontFolder
    }

    public static let debian = KaTeXInstallation(
        scriptFolder: URL(fileURLWithPath: "/usr/share/javascript/katex"),
        fontFolder: URL(fileURLWithPath: "/usr/share/fonts/truetype/katex"))

    /// The scripts pages load, in order: KaTeX, then mhchem, which registers
    /// `\ce` and `\pu` with the KaTeX loaded before it.
    public static let scripts = ["katex.min.js", "contrib/mhchem.js"]

    public var isAvailable: Bool {
        (Self.scripts + ["katex.min.css"]).allSatisfy {
            FileManager.default.isReadableFile(atPath: scriptFolder.appendingPathComponent($0).path)
        }
    }
}
