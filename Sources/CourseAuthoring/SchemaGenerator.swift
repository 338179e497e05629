import CourseKit

/// JSON Schemas (draft 2020-12) of the source format's files, generated
/// from the field tables the loaders read with (`FieldTables`), for editors
/// (VS Code with the YAML language server) and other tools.
///
/// Scalars are typed as coursec reads them with YAML 1.2's core schema: a
/// text field accepts any scalar (`version: 2017` is the text `2017`), a
/// number must be a number, a boolean `true` or `false`. Descriptions are
/// in Spanish, for the authors; the English meaning is in `$comment`.
public enum SchemaGenerator {
    /// The schemas, by file name (`course.schema.json`).
    public static func all() -> [(name: String, schema: JSONValue)] {
        FieldTables.documents.map { (fileName(of: $0), schema(for: $0)) }
    }

    public static func fileName(of table: FieldTable) -> String { table.name + ".schema.json" }

    /// The schema of one document.
    public static func schema(for table: FieldTable) -> JSONValue {
        var definitions: [String: JSONValue] = [:]
        var root = object(table, definitions: &definitions)
        guard case .object(var members) = root else { return root }
        members["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        members["title"] = .string(table.spanish)
        if !definitions.isEmpty { members["$defs"] = .object(definitions) }
        root = .object(members)
        return root
    }

    private static func object(_ table: FieldTable, definitions: inout [String: JSONValue]) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in table.fields {
            var property = value(field.type, definitions: &definitions)
            if case .object(var members) = property {
                members["description"] = .string(field.spanish)
                members["$comment"] = .string(field.doc)
                property = .object(members)
            }
            properties[field.name] = property
        }
        var members: [String: JSONValue] = [
            "type": .string("object"),
            "description": .string(table.spanish),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ]
        let required = table.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members["required"] = .array(required) }
        return .object(members)
    }

    /// Any scalar: YAML 1.2's core schema may read it as a number or a boolean.
    static let scalarTypes = JSONValue.array([.string("string"), .string("number"), .string("boolean")])

    private static func value(_ type: FieldSpec.ValueType, definitions: inout [String: JSONValue]) -> JSONValue {
        switch type {
        case .text(let pattern, let example):
            var members: [String: JSONValue] = ["type": scalarTypes]
            if let pattern { members["pattern"] = .string(pattern) }
            if let example { members["examples"] = .array([.string(example)]) }
            return .object(members)
        case .boolean:
            return .object(["type": .string("boolean")])
        case .integer(let range):
            return .object(["type": .string("integer"), "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)])
        case .choice(let options):
            return .object(["enum": .array(options.map(JSONValue.string))])
        case .percentage:
            return .object(["anyOf": .array([
                .object(["type": .string("number"), "minimum": .int(0), "maximum": .int(100)]),
                .object(["type": .string("string"), "pattern": .string("^\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$")]),
            ])])
        case .list(let item):
            let one = value(item, definitions: &definitions)
            return .object(["anyOf": .array([one, .object(["type": .string("array"), "items": one])])])
        case .sequence(let item):
            return .object(["type": .string("array"), "items": value(item, definitions: &definitions)])
        case .object(let table):
            return object(table, definitions: &definitions)
        case .dictionary(let key, let item):
            return .object(["type": .string("object"), "$comment": .string("keys: \(key)"),
                            "additionalProperties": value(item, definitions: &definitions)])
        case .either(let types):
            return .object(["anyOf": .array(types.map { value($0, definitions: &definitions) })])
        case .recursive(let name):
            if definitions[name] == nil, let table = FieldTables.named(name) {
                definitions[name] = .object([:]) // placeholder: the table refers to itself
                definitions[name] = object(table, definitions: &definitions)
            }
            return .object(["$ref": .string("#/$defs/\(name)")])
        }
    }
}
