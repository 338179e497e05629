import Foundation

/// Wall time of each pipeline stage, printed to standard error after the
/// command when `COURSEC_TIMINGS=1` is set: where a slow build spends its time
/// (`make bench` shows the totals; this shows the split).
public final class StageTimings: @unchecked Sendable {
    public static let shared = StageTimings(
        enabled: ProcessInfo.processInfo.environment["COURSEC_TIMINGS"].map { !$0.isEmpty && $0 != "0" } ?? false)

    public let enabled: Bool
    private let lock = NSLock()
    private var stages: [(name: String, seconds: Double)] = []

    init(enabled: Bool) { self.enabled = enabled }

    /// Runs `body`, recording its wall time under `name` when enabled.
    public func measure<T>(_ name: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            lock.lock()
            stages.append((name(), seconds))
            lock.unlock()
        }
        return try body()
    }

    /// One line per stage, in the order they finished.
    public func report() -> String {
        lock.lock()
        defer { lock.unlock() }
        return stages.map { stage in
            stage.name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%7.3f s", stage.seconds)
        }.joined(separator: "\n")
    }
}
