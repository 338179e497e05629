/// Rules about the ZIP packages of HTML and SCORM lessons, reported by
/// `LessonPackageCheck` (`coursec check`), so a repository that checks
/// clean has packages the build and the platform accept.
public enum PackageRules {
    static let scormLesson = "---\nid: leccion\ntitle: Lección\nkind: scorm\nfile: ↓media/paquete.zip\n---\n"
    static let htmlLesson = "---\nid: leccion\ntitle: Lección\nkind: html\nfile: ↓media/actividad.zip\n---\n"
    static let page = "<!DOCTYPE html>\n<title>Actividad</title>\n<p>Hola</p>\n"

    /// The smallest manifest valid against the SCORM 1.2 schemas.
    static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="paquete" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" \
        xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <organizations default="org">
            <organization identifier="org">
              <title>Actividad</title>
              <item identifier="item" identifierref="sco"><title>Actividad</title></item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
              <file href="index.html"/>
            </resource>
          </resources>
        </manifest>

        """

    public static let invalidSCORMPackage = Rule(
        id: "CS0704", name: "invalid-scorm-package", severity: .error, category: .references,
        summary: "A SCORM lesson's ZIP is not a valid SCORM 1.2 package.",
        explanation: """
        The platform accepts SCORM 1.2 only: a ZIP with `imsmanifest.xml` at \
        its root that is valid against the SCORM 1.2 schemas (IMS CP 1.1.2, \
        IMS MD 1.2.1, ADL CP 1.2). The message says what is wrong: a file \
        that is not a ZIP archive, a missing manifest (often because the \
        package was zipped from its parent folder: zip the folder's \
        contents), or the schema errors. A manifest that declares entities \
        (`<!ENTITY …>`) is refused: coursec never expands them. A damaged \
        archive, with an entry that does not decompress to the size and \
        CRC-32 its directory declares, is refused too. Unsafe archives are \
        reported by CS0706.
        """,
        examples: [
            RuleExample(["curso/leccion.md": scormLesson],
                        archives: ["curso/media/paquete.zip": ExampleArchive([("paquete/imsmanifest.xml", manifest),
                                                                              ("paquete/index.html", page)])],
                        triggers: true),
            RuleExample(["curso/leccion.md": scormLesson],
                        archives: ["curso/media/paquete.zip": ExampleArchive([("imsmanifest.xml", "<manifest/>\n"),
                                                                              ("index.html", page)])],
                        triggers: true),
            RuleExample(["curso/leccion.md": scormLesson],
                        archives: ["curso/media/paquete.zip": ExampleArchive([("imsmanifest.xml", manifest), ("index.html", page)])],
                        triggers: false),
        ])

    public static let invalidHTMLPackage = Rule(
        id: "CS0705", name: "invalid-html-package", severity: .error, category: .references,
        summary: "An HTML lesson's ZIP has no index.html at its root.",
        explanation: """
        The platform opens `index.html` at the root of an HTML-content ZIP, \
        and so does the offline site. A ZIP made from the folder that \
        contains the page (so that the page is `carpeta/index.html`) is \
        refused; zip the folder's contents instead. A file that is not a \
        ZIP archive is refused too, and so is a damaged one, with an entry \
        that does not decompress to the size and CRC-32 its directory \
        declares. Unsafe archives are reported by CS0706.
        """,
        examples: [
            RuleExample(["curso/leccion.md": htmlLesson],
                        archives: ["curso/media/actividad.zip": ExampleArchive([("actividad/", ""), ("actividad/index.html", page)])],
                        triggers: true),
            RuleExample(["curso/leccion.md": htmlLesson, "curso/media/actividad.zip": page], triggers: true),
            RuleExample(["curso/leccion.md": htmlLesson],
                        archives: ["curso/media/actividad.zip": ExampleArchive([("index.html", page), ("js/app.js", "console.log(1)\n")])],
                        triggers: false),
        ])

    public static let unsafeArchive = Rule(
        id: "CS0706", name: "unsafe-archive", severity: .error, category: .references,
        summary: "A lesson's ZIP could harm the machine that unpacks it, or cannot be read the same way everywhere.",
        explanation: """
        coursec reads an HTML or SCORM lesson's ZIP without unpacking it, \
        and refuses what would be dangerous or ambiguous where it is \
        unpacked (the offline site, the platform, a teacher's computer): \
        names with `..`, absolute paths, drive letters or backslashes \
        (they write outside the folder: "zip slip"); symbolic links and \
        special files; encrypted entries; compression other than deflate; \
        two names that are the same file on Windows or macOS (`Foto.png` \
        and `foto.png`); names Windows cannot create (`CON.txt`, \
        `tema:1.html`, a name ending in a dot or a space); names longer than \
        255 bytes, paths longer than \
        1,024 bytes or deeper than 32 folders; entries that share bytes or \
        whose headers disagree (signs of a crafted archive); and archives \
        that expand to more than the limits (100,000 entries, 4 GiB per \
        entry, 16 GiB in all, 100 times their compressed size). The message \
        names the entry and the reason. Make the ZIP again from the folder's \
        contents with an ordinary tool.
        """,
        examples: [
            RuleExample(["curso/leccion.md": htmlLesson],
                        archives: ["curso/media/actividad.zip": ExampleArchive([("index.html", page), ("../fuera.html", page)])],
                        triggers: true),
            RuleExample(["curso/leccion.md": htmlLesson],
                        archives: ["curso/media/actividad.zip": ExampleArchive([("index.html", page), ("Index.HTML", page)])],
                        triggers: true),
            RuleExample(["curso/leccion.md": htmlLesson],
                        archives: ["curso/media/actividad.zip": ExampleArchive([("index.html", page), ("imágenes/", ""),
                                                                                ("imágenes/foto.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")])],
                        triggers: false),
        ])

    public static let all: [Rule] = [invalidSCORMPackage, invalidHTMLPackage, unsafeArchive]
}
