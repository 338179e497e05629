import CourseKit
import Foundation

/// KaTeX from Debian's `libjs-katex` and `fonts-katex`, bundled into
/// packages whose pages use math so math works offline. Only the WOFF2
/// fonts are bundled (every browser that runs KaTeX reads them), and the
/// stylesheet is trimmed to name only those, so every file a page refers to
/// is inside the package, as the platform requires. KaTeX's mhchem
/// extension (`contrib/mhchem.js`, from the same Debian package) comes with
/// it, so that pages typeset chemistry (`\ce{…}`) and units (`\pu{…}`).
public struct KaTeXAssets: Sendable {
    public var scriptFolder: URL
    public var fontFolder: URL

    public init(scriptFolder: URL, fontFolder: URL) {
        self.scriptFolder = scriptFolder
        self.fontFolder = fontFolder
    }

    public static let debian = KaTeXAssets(scriptFolder: KaTeXInstallation.debian.scriptFolder,
                                           fontFolder: KaTeXInstallation.debian.fontFolder)

    /// Package folder of the KaTeX files; pages refer to `katex/katex.min.js`.
    public static let packageFolder = "katex"

    /// The scripts pages load, in order, relative to `scriptFolder` and to
    /// `packageFolder` alike: KaTeX, then mhchem, which registers `\ce` and
    /// `\pu` with the KaTeX loaded before it.
    public static let scripts = KaTeXInstallation.scripts

    public var isAvailable: Bool {
        KaTeXInstallation(scriptFolder: scriptFolder, fontFolder: fontFolder).isAvailable
    }

    /// The files to add, sorted by package path.
    public func files() throws -> [PackageFile] {
        let css = try String(contentsOf: scriptFolder.appendingPathComponent("katex.min.css"), encoding: .utf8)
        var files = Self.scripts.map {
            PackageFile(path: "\(Self.packageFolder)/\($0)", content: .file(scriptFolder.appendingPathComponent($0)))
        }
        files.append(PackageFile(path: "\(Self.packageFolder)/katex.min.css", content: .data(Data(Self.woff2Only(css).utf8))))
        let fonts = try FileManager.default.contentsOfDirectory(atPath: fontFolder.path)
            .filter { $0.hasSuffix(".woff2") }.sorted()
        for font in fonts {
            files.append(PackageFile(path: "\(Self.packageFolder)/fonts/\(font)",
                                     content: .file(fontFolder.appendingPathComponent(font))))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Drops the `.woff` and `.ttf` alternatives from each `@font-face`.
    static func woff2Only(_ css: String) -> String {
        guard let pattern = try? NSRegularExpression(
            pattern: #",\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)"#) else { return css }
        return pattern.stringByReplacingMatches(in: css, range: NSRange(css.startIndex..., in: css), withTemplate: "")
    }
}
