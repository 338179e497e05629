import Foundation

/// Wall time of each pipeline stage, and the process CPU time spent while it
/// ran, printed to standard error after the command when `COURSEC_TIMINGS=1`
/// is set: where a slow build spends its time (`make bench` shows the totals;
/// this shows the split). CPU time well under twice the wall time on two
/// cores means a stage leaves a core idle. Stages that overlap share CPU time.
/// The last column is the process's peak resident memory when the stage
/// ended (`VmHWM`), to see which stage makes the peak.
public final class StageTimings: @unchecked Sendable {
    public static let shared = StageTimings(
        enabled: ProcessInfo.processInfo.environment["COURSEC_TIMINGS"].map { !$0.isEmpty && $0 != "0" } ?? false)

    public let enabled: Bool
    private let lock = NSLock()
    private var stages: [(name: String, seconds: Double, cpu: Double, peakMiB: Int)] = []

    init(enabled: Bool) { self.enabled = enabled }

    /// Runs `body`, recording its wall time under `name` when enabled.
    public func measure<T>(_ name: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = Self.processCPUSeconds()
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = Self.processCPUSeconds() - startCPU
            let peak = Self.peakResidentMiB()
            lock.lock()
            stages.append((name(), seconds, cpu, peak))
            lock.unlock()
        }
        return try body()
    }

    /// One line per stage, in the order they finished.
    public func report() -> String {
        lock.lock()
        defer { lock.unlock() }
        return stages.map { stage in
            stage.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s  cpu %6.3f s  peak %5d MiB", stage.seconds, stage.cpu, stage.peakMiB)
        }.joined(separator: "\n")
    }

    /// The process's peak resident memory so far, from `/proc/self/status`
    /// (0 where there is none).
    static func peakResidentMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return kib / 1024
    }

    /// User and system time of every thread of the process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
