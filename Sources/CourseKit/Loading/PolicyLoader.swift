/// Reads the `policy` section: `rules:` maps a rule id to `off`, a
/// severity, or a mapping with `severity`, `params` and `paths`.
struct PolicyLoader {
    let sink: DiagnosticSink

    func load(_ map: MappingReader) -> Policy {
        var settings: [Policy.RuleSetting] = []
        if let rules = map.mapping("rules") {
            for pair in rules.entries {
                guard let id = pair.key.scalar else { continue }
                rules.allow(id)
                // A rule is named by its id or its name, in any case: the
                // setting keeps the canonical id, so the engine finds it.
                // An unknown name is kept as written for PolicyCheck to report.
                let ruleID = Located(RuleRegistry.rule(id: id)?.id ?? id, at: pair.key.range)
                if let setting = loadSetting(ruleID, pair.value) { settings.append(setting) }
            }
            rules.finish()
        }
        let allowlist = map.mapping("html-allowlist").map(loadHTMLAllowlist)
        map.finish()
        return Policy(rules: settings, htmlAllowlist: allowlist)
    }

    /// `html-allowlist: { elements: [abbr, ...], attributes: { "*": [class], a: [href] } }`.
    private func loadHTMLAllowlist(_ map: MappingReader) -> Policy.HTMLAllowlistSetting {
        var setting = Policy.HTMLAllowlistSetting()
        setting.elements = map.stringList("elements").map { $0.value.lowercased() }
        if let attributes = map.mapping("attributes") {
            for pair in attributes.entries {
                guard let element = pair.key.scalar else { continue }
                attributes.allow(element)
                let names: [String]
                switch pair.value.value {
                case .scalar(let s, _): names = [s]
                case .sequence(let items): names = items.compactMap(\.scalar)
                case .mapping:
                    sink.report(Rules.wrongType, at: pair.value.range, "attributes of `\(element)` must be a list of names")
                    continue
                }
                setting.attributes[element.lowercased(), default: []] += names.map { $0.lowercased() }
            }
            attributes.finish()
        }
        map.finish()
        return setting
    }

    private func loadSetting(_ ruleID: Located<String>, _ node: YAMLNode) -> Policy.RuleSetting? {
        if let text = node.scalar {
            guard let severity = severity(text, at: node.range) else { return nil }
            return Policy.RuleSetting(ruleID: ruleID, severity: severity)
        }
        guard let map = MappingReader(node, context: "the policy of \(ruleID.value)", sink: sink) else { return nil }
        map.adopt(FieldTables.ruleSetting)
        var setting = Policy.RuleSetting(ruleID: ruleID)
        if let text = map.string("severity") { setting.severity = severity(text.value, at: text.range) }
        if let params = map.mapping("params") {
            for pair in params.entries {
                guard let key = pair.key.scalar else { continue }
                params.allow(key)
                setting.parameterNames[key] = pair.key.range
                switch pair.value.value {
                case .scalar(let s, _):
                    setting.parameters[key] = Located(s, at: pair.value.range)
                case .sequence(let items):
                    setting.parameters[key] = Located(items.compactMap(\.scalar).joined(separator: ","), at: pair.value.range)
                case .mapping:
                    sink.report(Rules.wrongType, at: pair.value.range, "parameter `\(key)` must be a text, number or list")
                }
            }
            params.finish()
        }
        setting.paths = map.stringList("paths").map(\.value)
        map.finish()
        return setting
    }

    private func severity(_ text: String, at range: SourceRange) -> Policy.SeveritySetting? {
        switch text.lowercased() {
        case "off", "disabled": return .off
        case "error", "warning", "note": return .severity(Severity(rawValue: text.lowercased())!)
        default:
            sink.report(Rules.invalidValue, at: range, "'\(text)' is not a severity; use off, error, warning or note")
            return nil
        }
    }
}
