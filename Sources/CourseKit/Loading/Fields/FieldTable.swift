/// The fields of one kind of YAML mapping (`course.yaml`, a phase, a
/// lesson's front matter…), in the order the docs list them.
public struct FieldTable: Sendable {
    /// A short name for the JSON Schema file and the docs (`course`).
    public var name: String
    /// How messages name the mapping (`course.yaml`, `a phase`).
    public var context: Message
    /// What the mapping is, in English and in Spanish.
    public var doc: String
    public var spanish: String
    public var fields: [FieldSpec]

    public init(name: String, context: Message, doc: String, es spanish: String, fields: [FieldSpec]) {
        self.name = name
        self.context = context
        self.doc = doc
        self.spanish = spanish
        self.fields = fields
    }

    public subscript(name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }

    public var names: [String] { fields.map(\.name) }

    /// The same fields with one more (the front matter of a quiz and of an
    /// assessment share most of theirs).
    func adding(_ more: [FieldSpec], name: String, context: Message, doc: String, es spanish: String) -> FieldTable {
        FieldTable(name: name, context: context, doc: doc, es: spanish, fields: fields + more)
    }
}
