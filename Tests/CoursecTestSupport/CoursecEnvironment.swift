import Foundation

/// The environment tests run the coursec binary in: the test process's own,
/// with the language fixed, so that what coursec says never depends on the
/// machine's locale (`LANG=C.UTF-8` leaves the choice to the repository,
/// whose language is Spanish; an unset `LANG` too).
public enum CoursecEnvironment {
    /// The variables that choose coursec's language, first match wins after `--lang`.
    public static let languageVariables = ["COURSEC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]

    /// `base` (the test process's environment by default) with every
    /// language variable removed, then `LANG=en_US.UTF-8` (English) unless
    /// `overrides` sets one of them, then `overrides`.
    public static func make(_ overrides: [String: String] = [:],
                            base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var environment = base
        for name in languageVariables { environment[name] = nil }
        if !languageVariables.contains(where: { overrides[$0] != nil }) { environment["LANG"] = "en_US.UTF-8" }
        for (name, value) in overrides { environment[name] = value }
        return environment
    }
}
