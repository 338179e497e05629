import Foundation

/// Whether the suite runs under a sanitizer (`make test-asan`,
/// `make test-tsan`: scripts/test-sanitized.sh exports
/// `COURSEC_SANITIZER`), and how much more memory a process then uses.
/// Absolute memory bounds are multiplied by `memoryFactor`; bounds between
/// two sizes of the same input (linearity) need no factor.
public enum SanitizerRun {
    /// `address`, `thread`, or nil for an ordinary run.
    public static let name: String? = ProcessInfo.processInfo.environment["COURSEC_SANITIZER"].flatMap { $0.isEmpty ? nil : $0 }

    /// AddressSanitizer's shadow memory, redzones and quarantine cost
    /// about 2–3 times a process's memory; ThreadSanitizer's 5–10 times.
    public static var memoryFactor: Int {
        switch name {
        case "address": 4
        case "thread": 10
        default: 1
        }
    }
}
