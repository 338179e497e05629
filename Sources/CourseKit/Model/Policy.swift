/// The `policy` section of `coursec.yaml`: per-rule configuration, scoped to
/// paths like SwiftLint's configuration.
public struct Policy: Sendable {
    public struct RuleSetting: Sendable {
        public var ruleID: Located<String>
        /// nil keeps the rule's default; `.off` disables it.
        public var severity: SeveritySetting?
        public var parameters: [String: Located<String>]
        /// Where each parameter's name is written (checked against the rule's parameters).
        public var parameterNames: [String: SourceRange]
        /// Glob patterns (repository-relative); empty means everywhere.
        public var paths: [String]
        public init(ruleID: Located<String>, severity: SeveritySetting? = nil,
                    parameters: [String: Located<String>] = [:], parameterNames: [String: SourceRange] = [:],
                    paths: [String] = []) {
            self.ruleID = ruleID
            self.severity = severity
            self.parameters = parameters
            self.parameterNames = parameterNames
            self.paths = paths
        }
    }

    public enum SeveritySetting: Sendable, Equatable {
        case off
        case severity(Severity)
    }

    /// Raw HTML authors may use in Markdown (`policy: html-allowlist:`),
    /// names lowercased. Only ever narrows the renderer's hard limits:
    /// scripts, event handlers and `javascript:` URLs never pass.
    public struct HTMLAllowlistSetting: Sendable {
        public var elements: [String]
        /// Attribute names per element; `"*"` applies to every element.
        public var attributes: [String: [String]]
        public init(elements: [String] = [], attributes: [String: [String]] = [:]) {
            self.elements = elements
            self.attributes = attributes
        }
    }

    public var rules: [RuleSetting]
    /// nil: the renderer's default allowlist (raw HTML off).
    public var htmlAllowlist: HTMLAllowlistSetting?

    public init(rules: [RuleSetting] = [], htmlAllowlist: HTMLAllowlistSetting? = nil) {
        self.rules = rules
        self.htmlAllowlist = htmlAllowlist
    }

    /// The settings that apply to a rule at a path, later entries winning.
    public func settings(for ruleID: String, at path: String) -> [RuleSetting] {
        rules.filter { $0.ruleID.value == ruleID && ($0.paths.isEmpty || $0.paths.contains { Glob.matches($0, path) }) }
    }

    /// The text of a rule parameter the policy sets at a path, later
    /// settings winning. A value the parameter does not accept (out of its
    /// range, not a number: CS0904 reports it) is not used, so that no
    /// check ever computes with `nan` or `1e308`.
    private func parameter(_ name: String, for rule: Rule, at path: String) -> String? {
        for setting in settings(for: rule.id, at: path).reversed() {
            guard let text = setting.parameters[name]?.value else { continue }
            if let declared = rule.parameters[name], declared.problem(with: text) != nil { continue }
            return text
        }
        return nil
    }

    /// A rule parameter as an integer, or the default.
    public func integer(_ name: String, for rule: Rule, at path: String = "", default value: Int) -> Int {
        parameter(name, for: rule, at: path).flatMap { Int($0) } ?? value
    }

    public func double(_ name: String, for rule: Rule, at path: String = "", default value: Double) -> Double {
        parameter(name, for: rule, at: path).flatMap { Double($0.replacingOccurrences(of: "%", with: "")) } ?? value
    }

    public func integers(_ name: String, for rule: Rule, at path: String = "", default value: [Int]) -> [Int] {
        for setting in settings(for: rule.id, at: path).reversed() {
            if let text = setting.parameters[name]?.value {
                if let declared = rule.parameters[name], declared.problem(with: text) != nil { continue }
                let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "[" || $0 == "]" }).compactMap { Int($0) }
                if !parts.isEmpty { return parts }
            }
        }
        return value
    }
}
