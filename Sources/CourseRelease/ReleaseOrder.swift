import CourseKit

/// The order of releases, which rollback protection rests on: each release
/// has a higher number than the one before (`ReleaseManifest.release`) and
/// a phase that is not earlier in `coursec.yaml` (`PhaseInfo.order`). Both
/// are inside the signed `release.json`, so an older release, however
/// validly signed, cannot pass for a newer one.
public enum ReleaseOrder {
    /// Problems with releasing phase `phase` (at `order`, from 1) on top of
    /// `previous`; `phases` are the repository's phase ids, for previous
    /// releases that predate `order`.
    static func check(previous: ReleaseManifest, phase: String, order: Int, phases: [String]) -> [Message] {
        guard let before = previous.phase.order ?? phases.firstIndex(of: previous.phase.id).map({ $0 + 1 }) else {
            return ["the previous release is of phase '\(previous.phase.id)', which coursec.yaml no longer declares; cannot tell whether phase '\(phase)' comes after it"]
        }
        if order < before {
            return ["phase '\(phase)' comes before phase '\(previous.phase.id)' of the previous release in coursec.yaml; a release never goes back to an earlier phase, whatever its versions"]
        }
        return []
    }

    /// Why `new` is not a later release than `old` (which the verifier
    /// trusts: it knows it as verified or recorded), or nil when it is.
    public static func rollback(new: ReleaseManifest, old: ReleaseManifest) -> Message? {
        guard let number = new.release else { return "the release has no release number; it predates rollback protection" }
        guard let oldNumber = old.release else { return nil }
        if number <= oldNumber {
            return "release \(number) is not newer than the previous release \(oldNumber); an older release cannot replace a newer one"
        }
        if let order = new.phase.order, let oldOrder = old.phase.order, order < oldOrder {
            return "phase '\(new.phase.id)' comes before phase '\(old.phase.id)' of the previous release"
        }
        return nil
    }

    /// Why a release numbered `number` is below the minimum, or nil.
    public static func belowMinimum(_ number: Int?, minimum: Int) -> Message? {
        guard let number else { return "the release has no release number; --min-release \(minimum) needs one" }
        return number < minimum ? "release \(number) is older than the minimum release \(minimum)" : nil
    }
}
