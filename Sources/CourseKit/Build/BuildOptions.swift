import Foundation

/// What the user asked `coursec build` for.
public struct BuildOptions: Sendable {
    public enum SCORMGranularity: String, Sendable, CaseIterable {
        /// One SCORM package per course.
        case course
        /// One SCORM package per lesson (the platform takes SCORM per lesson).
        case lesson
    }

    /// Phase to build; nil means the latest phase.
    public var phaseID: String?
    /// Courses to build; empty means all.
    public var courseIDs: [String]
    /// Targets to build by name; empty means all.
    public var targets: [String]
    public var scormGranularity: SCORMGranularity
    /// Time written into archives and manifests: `SOURCE_DATE_EPOCH` when
    /// set, otherwise a constant, never the clock, so builds are reproducible.
    public var timestamp: Date

    public init(phaseID: String? = nil, courseIDs: [String] = [], targets: [String] = [],
                scormGranularity: SCORMGranularity = .course, timestamp: Date = BuildOptions.reproducibleTimestamp()) {
        self.phaseID = phaseID
        self.courseIDs = courseIDs
        self.targets = targets
        self.scormGranularity = scormGranularity
        self.timestamp = timestamp
    }

    /// 1980-01-01T00:00:00Z, the earliest time a ZIP file can store.
    public static let defaultTimestamp = Date(timeIntervalSince1970: 315_532_800)

    public static func reproducibleTimestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds >= 315_532_800 {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return defaultTimestamp
    }
}
