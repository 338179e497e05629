import CourseLocalization
import CourseXML

/// Vets an SVG image we did not draw. Browsers run an SVG's scripts when
/// it is opened by itself (a link to it, or the offline site's page for
/// it), and load what it references, so an image in a lesson must be
/// self-contained and inert: no `<script>`, no event handlers (`onload`…),
/// no `javascript:` addresses, no references to other files or the web
/// (links, `<use>`, `<image>`, `<?xml-stylesheet?>`, CSS `url()` and
/// `@import`), except to fragments of itself (`#id`) and to `data:` images.
/// Entity declarations are refused too: they could hide any of these.
///
/// The document is parsed by libxml2 (`XMLStreamReader`: no network, no
/// entity substitution), streaming: memory does not grow with the file.
public enum SVGSafety {
    /// What is wrong with an SVG.
    public enum Finding: Equatable, Sendable {
        /// The file is not well-formed XML, or its root is not an SVG
        /// element: browsers would show an error, not the image.
        case notSVG(Message)
        /// Something that runs code or loads other files.
        case unsafe(Message)
    }

    public static let namespace = "http://www.w3.org/2000/svg"

    /// The first problem of the SVG whose bytes `next` returns piece by
    /// piece, or nil for a safe image. Errors thrown by `next` are rethrown.
    public static func check(documentName: String, next: @escaping () throws -> [UInt8]?) throws -> Finding? {
        var finding: Finding?
        var depth = 0
        var openStyles = 0
        var sawRoot = false
        let issues = try XMLStreamReader.read(documentName: documentName, next: next) { event in
            switch event {
            case .documentType(_, let declaresEntities):
                if declaresEntities {
                    finding = .unsafe("it declares entities (<!ENTITY …>), which can hide scripts or references; export it without them")
                }
            case .processingInstruction(let target, _):
                if target.lowercased() == "xml-stylesheet" {
                    finding = .unsafe("it loads a style sheet (<?xml-stylesheet?>)")
                }
            case .startElement(let name, let attributes, let isEmpty):
                if !sawRoot {
                    sawRoot = true
                    guard name.localName == "svg", name.namespace == namespace else {
                        finding = .notSVG(name.localName == "svg"
                            ? "its <svg> root lacks xmlns=\"\(namespace)\", so browsers do not show it as an image"
                            : "its root element is <\(name.localName)>, not <svg>")
                        break
                    }
                }
                finding = element(name, attributes)
                if name.localName.lowercased() == "style", !isEmpty { openStyles += 1 }
                if !isEmpty { depth += 1 }
            case .endElement(let name):
                depth -= 1
                if name.localName.lowercased() == "style" { openStyles = max(0, openStyles - 1) }
            case .text(let text):
                if openStyles > 0 { finding = css(text, in: "a <style> element") }
            }
            return finding == nil
        }
        if let finding { return finding }
        if let issue = issues.first {
            // libxml2's own words, quoted.
            let detail = Message(verbatim: issue.message)
            if let line = issue.line { return .notSVG("it is not well-formed XML (line \(line): \(detail))") }
            return .notSVG("it is not well-formed XML (\(detail))")
        }
        if !sawRoot { return .notSVG("it has no root element") }
        return nil
    }

    /// Attributes that name another resource.
    private static let referenceAttributes: Set<String> = ["href", "src", "srcset", "action", "formaction", "data", "poster", "background"]

    private static func element(_ name: XMLStreamReader.XMLName,
                                _ attributes: [XMLStreamReader.XMLAttribute]) -> Finding? {
        let element = name.localName.lowercased()
        if element == "script" { return .unsafe("it contains a <script> element") }
        for attribute in attributes {
            let attributeName = attribute.name.localName.lowercased()
            let value = attribute.value
            if attributeName.hasPrefix("on") {
                return .unsafe("<\(name.localName)> has an event handler (\(attribute.name.localName)=\"…\")")
            }
            if containsScriptURL(value) {
                return .unsafe("<\(name.localName) \(attribute.name.localName)> holds a javascript: address")
            }
            // Animations can set any attribute, handlers and links included.
            if attributeName == "attributename", value.lowercased().hasPrefix("on") || value.lowercased().hasSuffix("href") {
                return .unsafe("<\(name.localName)> animates the attribute \(value)")
            }
            if referenceAttributes.contains(attributeName), !isInternal(value) {
                return .unsafe("<\(name.localName) \(attribute.name.localName)=\"\(shortened(value))\"> refers to another file; embed it (a data: image) or draw it in this SVG")
            }
            if attributeName == "style" || value.contains("url(") {
                if let finding = css(value, in: "<\(name.localName) \(attribute.name.localName)>") { return finding }
            }
        }
        return nil
    }

    /// CSS that imports or refers to anything outside the image.
    private static func css(_ text: String, in place: Message) -> Finding? {
        let lower = text.lowercased()
        if lower.contains("@import") { return .unsafe("\(place) imports a style sheet (@import)") }
        if containsScriptURL(text) { return .unsafe("\(place) holds a javascript: address") }
        var rest = Substring(lower)
        while let open = rest.range(of: "url(") {
            rest = rest[open.upperBound...]
            var target = rest.prefix { $0 != ")" }.trimmingCharacters(in: .whitespacesAndNewlines)
            if let quote = target.first, quote == "\"" || quote == "'" {
                target = String(target.dropFirst().prefix { $0 != quote })
            }
            if !isInternal(target) {
                return .unsafe("\(place) refers to another file (url(\(shortened(target)))); embed it (a data: image) or draw it in this SVG")
            }
        }
        return nil
    }

    /// A fragment of this document, or an image given inline.
    private static func isInternal(_ reference: String) -> Bool {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("data:image/")
    }

    /// `javascript:` (or `vbscript:`) once the blanks and control
    /// characters browsers ignore inside a scheme are removed.
    private static func containsScriptURL(_ value: String) -> Bool {
        let squeezed = String(value.lowercased().unicodeScalars.filter { $0.value > 0x20 })
        return squeezed.contains("javascript:") || squeezed.contains("vbscript:")
    }

    private static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}

import Foundation
