import CLibXML2
import Foundation

/// A compiled XML Schema set that validates any number of documents, from any
/// number of threads.
///
/// Thread safety: the compiled `xmlSchema` is only read during validation;
/// everything mutable lives in a fresh `xmlSchemaValidCtxt` (and a fresh
/// parser context) per `validate` call, so validations run in parallel
/// without a lock. Schema *compilation* is not thread-safe in libxml2
/// (`xmlSchemaParse` lazily initialises global built-in types), so every
/// compilation in the process is serialised by `compileLock`.
public final class XMLSchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    private static let compileLock = NSLock()

    /// Compiles the schema at `entryPoint`. Imports and includes are resolved
    /// relative to it, so a folder of XSD files is given by its entry file.
    public init(schemaFile entryPoint: URL) throws {
        LibXML2.ensureInitialized()
        let collector = LibXML2.IssueCollector(documentName: entryPoint.lastPathComponent)
        let compiled: xmlSchemaPtr? = try Self.compileLock.withLock {
            // The schema parser reads the entry file and its imports through
            // parser contexts of its own, whose I/O errors would go to stderr.
            try LibXML2.withThreadErrorHandler(collector) {
                guard let parser = xmlSchemaNewParserCtxt(entryPoint.path) else {
                    throw XMLError.libxml2Failure(operation: "xmlSchemaNewParserCtxt")
                }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, LibXML2.collectorErrorHandler, collector.opaque)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            throw XMLError.schemaLoadFailed(collector.issues.isEmpty
                ? [XMLValidationIssue(documentName: collector.documentName, line: nil, severity: .fatal,
                                      kind: .validity, message: "schema could not be compiled")]
                : collector.issues)
        }
        schema = compiled
    }

    /// Compiles a schema set given as file name → contents. The files are
    /// written to a private (0700) temporary folder only for the duration of
    /// the compilation: libxml2 resolves `xsd:import schemaLocation` through
    /// its I/O layer, and a folder of real files keeps that resolution plain,
    /// without a process-wide external-entity loader that would also affect
    /// every other libxml2 user in the process. The compiled schema is kept in
    /// memory, so the folder is removed straight away.
    public convenience init(schemaFiles: [String: String], entryPoint: String) throws {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory
            .appendingPathComponent("coursec-xsd-\(UUID().uuidString)", isDirectory: true)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: false,
                                        attributes: [.posixPermissions: 0o700])
        defer { try? fileManager.removeItem(at: folder) }
        for (name, contents) in schemaFiles {
            // Names come from our own embedded table, but a path separator
            // would still write outside the folder, so refuse it.
            guard !name.contains("/"), name != "..", name != "." else {
                throw XMLError.invalidValue("schema file name \(name)")
            }
            try Data(contents.utf8).write(to: folder.appendingPathComponent(name), options: .withoutOverwriting)
        }
        try self.init(schemaFile: folder.appendingPathComponent(entryPoint))
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The SCORM 1.2 schema set (IMS CP 1.1.2, IMS MD 1.2.1, ADL CP 1.2),
    /// compiled once per process from the copies embedded in this module.
    public static let scorm12: XMLSchemaValidator = {
        do {
            return try XMLSchemaValidator(schemaFiles: SCORM12SchemaFiles.files,
                                          entryPoint: SCORM12SchemaFiles.entryPoint)
        } catch {
            // The embedded set is fixed at build time and covered by tests; a
            // failure here is a broken build, not a user error.
            preconditionFailure("embedded SCORM 1.2 schemas failed to compile: \(error)")
        }
    }()

    /// Parses and validates `data`. Returns every well-formedness and
    /// validity issue (empty when the document is valid); `documentName`
    /// is used as the file name in the issues.
    public func validate(_ data: Data, documentName: String) -> [XMLValidationIssue] {
        let collector = LibXML2.IssueCollector(documentName: documentName)
        return withExtendedLifetime(collector) {
            let document: xmlDocPtr?
            do {
                document = try LibXML2.parseXML(data, collector: collector)
            } catch {
                return [XMLValidationIssue(documentName: documentName, line: nil, severity: .fatal,
                                           kind: .wellFormedness, message: "\(error)")]
            }
            guard let document else { return collector.issues }
            defer { xmlFreeDoc(document) }

            guard let context = xmlSchemaNewValidCtxt(schema) else {
                return collector.issues + [XMLValidationIssue(
                    documentName: documentName, line: nil, severity: .fatal, kind: .validity,
                    message: "libxml2 could not create a validation context")]
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, LibXML2.collectorErrorHandler, collector.opaque)
            let result = xmlSchemaValidateDoc(context, document)
            if result != 0, !collector.issues.contains(where: { $0.kind == .validity }) {
                // A negative result is an internal error that may come without
                // a message; never report such a document as valid.
                collector.issues.append(XMLValidationIssue(
                    documentName: documentName, line: nil, severity: .error, kind: .validity,
                    message: "schema validation failed (libxml2 result \(result))"))
            }
            return collector.issues
        }
    }
}
