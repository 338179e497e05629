/// Rules reported while building SCORM 1.2 packages (target `scorm12`).
/// They describe what the SCORM schemas force coursec to change in an
/// author's text, so that nobody is surprised by what the LMS shows.
extension Rules {
    public static let scormTitleShortened = Rule(
        id: "CS0801", name: "scorm-title-shortened", severity: .warning, category: .rendering,
        summary: "A title is longer than SCORM 1.2 allows and was shortened in the package.",
        explanation: """
        SCORM 1.2 manifests (IMS Content Packaging 1.1.2) limit every \
        `<title>` to 200 characters, and an LMS that imports the package \
        shows exactly that title in its table of contents. coursec cuts a \
        longer course, unit, lesson or quiz title at a character boundary \
        and ends it with "…", so the package still validates. Shorten the \
        title in the source to choose the words learners see.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: ↓" + String(repeating: "Números racionales y decimales ", count: 7) + "\n---\n\nTexto.\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Números racionales y decimales\n---\n\nTexto.\n"),
        ])

    public static let scormTextUnrepresentable = Rule(
        id: "CS0802", name: "scorm-text-unrepresentable", severity: .warning, category: .rendering,
        summary: "A title or description holds characters XML cannot carry; they were removed from the manifest.",
        explanation: """
        XML 1.0 cannot represent most control characters (U+0000–U+001F \
        except tab and line breaks) nor U+FFFE and U+FFFF, not even as \
        escapes. They usually come from text pasted from a word processor. \
        coursec leaves them out of `imsmanifest.xml`; remove them from the \
        source so every output shows the same text.
        """,
        examples: [
            .triggering("curso/leccion.md", "---\nid: leccion\ntitle: ↓\"Lección\\a uno\"\n---\n\nTexto.\n"),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: \"Lección uno\"\n---\n\nTexto.\n"),
        ])

    public static let scormNestedPackage = Rule(
        id: "CS0803", name: "scorm-nested-package", severity: .warning, category: .rendering,
        summary: "An HTML or SCORM ZIP lesson cannot be placed inside a SCORM package.",
        explanation: """
        A SCORM 1.2 package cannot contain another package: a lesson of \
        `kind: html` or `kind: scorm` is published in the SCORM package as \
        its introduction page only, without the ZIP's content. Upload the \
        ZIP to the platform as a lesson of its own, or rewrite the lesson \
        as Markdown.
        """,
        examples: [
            RuleExample(["curso/leccion.md": "---\nid: leccion\ntitle: Lección\nkind: html\nfile: ↓media/actividad.zip\n---\n"], archives: ["curso/media/actividad.zip": ExampleArchive([("index.html", "<!DOCTYPE html>\n<title>Actividad</title>\n<p>Hola</p>\n")])], triggers: true),
            .quiet("curso/leccion.md", "---\nid: leccion\ntitle: Lección\n---\n\nLa actividad, escrita en Markdown.\n"),
        ])

    public static let scormRules: [Rule] = [scormTitleShortened, scormTextUnrepresentable, scormNestedPackage]
}
