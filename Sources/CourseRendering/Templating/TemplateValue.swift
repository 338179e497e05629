/// A value a template shows or iterates, typed once when the context is
/// built, so rendering never asks the runtime what a value is.
///
/// Truthiness follows the Mustache semantics our templates were written
/// for: `false`, an empty list and a missing value hide a section; every
/// other value (an empty string and `0` included) shows it.
public indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Converts a context written with dictionaries, arrays, strings,
    /// numbers and booleans. Numbers, and anything else, show as Swift
    /// prints them.
    public init(_ value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .text(String(number))
        case let number as Double: self = .text(String(number))
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init))
        case let objects as [[String: Any]]: self = .list(objects.map { .object($0.mapValues(TemplateValue.init)) })
        case let values as [Any]: self = .list(values.map(TemplateValue.init))
        case let typed as TemplateValue: self = typed
        case let text as Substring: self = .text(String(text))
        default: self = .text(String(describing: value))
        }
    }

    /// A value inside an object: a missing key is nil.
    func child(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }

    /// What `{{name}}` prints (before escaping). No template prints a list
    /// or an object (the tests compare every page with swift-mustache).
    var rendered: String {
        switch self {
        case .text(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .list, .object: return ""
        }
    }
}
