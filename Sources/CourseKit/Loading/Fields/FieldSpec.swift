/// One field a YAML mapping of the source format may have: its name, the
/// type of its value, whether it is required, and what it means, in English
/// (for the docs and messages) and in Spanish (for authors' editors).
///
/// The loaders read every mapping through a `FieldTable` of these (see
/// `MappingReader`): which keys are known, which are required, the range of
/// a number and the allowed values of a choice come from here, and the JSON
/// Schemas editors use are generated from the same tables, so the two never
/// disagree.
public struct FieldSpec: Sendable {
    /// What a value must be. Scalars are typed as coursec reads them: a
    /// text is any scalar as written (`no` and `1.10` stay texts), a number
    /// or a boolean is read with YAML 1.2's core spelling only.
    public indirect enum ValueType: Sendable {
        /// Any scalar, kept as written; `pattern` (a regular expression) and
        /// `example` describe the texts that are accepted, when they are constrained.
        case text(pattern: String? = nil, example: String? = nil)
        /// `true` or `false`.
        case boolean
        /// A whole number in a range.
        case integer(ClosedRange<Int>)
        /// One of a fixed set of texts.
        case choice([String])
        /// A percentage: `25%` or `25`, from 0 to 100.
        case percentage
        /// A list of values; a single value is accepted as a list of one.
        case list(ValueType)
        /// A list of values, written as a list.
        case sequence(ValueType)
        /// A mapping with known fields.
        case object(FieldTable)
        /// A mapping whose keys are data (language tags, codes, rule ids).
        case dictionary(key: String, value: ValueType)
        /// Either of several forms (a severity, or a mapping of settings).
        case either([ValueType])
        /// The table named here, from inside itself (a framework item's
        /// `children` are framework items).
        case recursive(String)
    }

    public var name: String
    public var type: ValueType
    public var required: Bool
    /// What the field means, in English.
    public var doc: String
    /// What the field means, in Spanish, for the authors' editors.
    public var spanish: String

    public init(_ name: String, _ type: ValueType, required: Bool = false, doc: String, es spanish: String) {
        self.name = name
        self.type = type
        self.required = required
        self.doc = doc
        self.spanish = spanish
    }
}

extension FieldSpec.ValueType {
    /// Ids: lowercase letters, digits and single hyphens (`IDSyntax`).
    public static let id = FieldSpec.ValueType.text(pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", example: "numeros-reales")
    /// Dates as `YYYY-MM-DD`.
    public static let date = FieldSpec.ValueType.text(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", example: "2022-03-12")
    /// Semantic versions `MAJOR.MINOR.PATCH`.
    public static let version = FieldSpec.ValueType.text(pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$", example: "1.0.0")
    /// BCP 47 language tags as `LanguageTag` accepts them.
    public static let language = FieldSpec.ValueType.text(pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", example: "es-MX")
    /// Web addresses.
    public static let url = FieldSpec.ValueType.text(pattern: "^[Hh][Tt][Tt][Pp][Ss]?://", example: "https://www.geogebra.org/m/abc123")
    /// Any text.
    public static let plain = FieldSpec.ValueType.text()
}
