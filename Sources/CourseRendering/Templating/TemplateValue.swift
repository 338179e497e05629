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
        // Contexts hold these exact types almost always: telling them apart
        // by metatype costs a comparison, where the casts below fail one
        // after another through the runtime (3% of a full build).
        let dynamicType = type(of: value)
        if dynamicType == String.self {
            self = .text(value as! String)
        } else if dynamicType == Bool.self {
            self = .bool(value as! Bool)
        } else if dynamicType == [String: Any].self {
            self = .object((value as! [String: Any]).mapValues { TemplateValue($0) })
        } else if dynamicType == [[String: Any]].self {
            self = .list((value as! [[String: Any]]).map { .object($0.mapValues { TemplateValue($0) }) })
        } else if dynamicType == Int.self {
            self = .text(String(value as! Int))
        } else {
            self.init(general: value)
        }
    }

    private init(general value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .text(String(number))
        case let number as Double: self = .text(String(number))
        case let object as [String: Any]: self = .object(object.mapValues { TemplateValue($0) })
        case let objects as [[String: Any]]: self = .list(objects.map { .object($0.mapValues { TemplateValue($0) }) })
        case let values as [Any]: self = .list(values.map { TemplateValue($0) })
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
