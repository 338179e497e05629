import CourseKit
import Foundation

/// The fingerprint of each loaded lesson and quiz file: the digest of what
/// its load depended on (`LoadMemo.Inputs`: its bytes, where the outline
/// names it, and every answer the file system gave while it was loaded).
/// Equal fingerprints mean equal loaded values, so a page made from the
/// file needs rendering again only when the fingerprint changes. Each load
/// is digested once, remembered by the memo's serial.
final class SourceFingerprints: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (serial: Int, fingerprint: Fingerprint)] = [:]

    /// The fingerprint of every file `memo` holds, as its last load left them.
    func current(of memo: LoadMemo) -> [String: Fingerprint] {
        let loads = memo.currentLoads()
        return lock.withLock {
            var result: [String: Fingerprint] = [:]
            var kept: [String: (serial: Int, fingerprint: Fingerprint)] = [:]
            for (path, load) in loads {
                let fingerprint = known[path].flatMap { $0.serial == load.serial ? $0.fingerprint : nil }
                    ?? Self.digest(load.inputs)
                result[path] = fingerprint
                kept[path] = (load.serial, fingerprint)
            }
            known = kept
            return result
        }
    }

    static func digest(_ inputs: LoadMemo.Inputs) -> Fingerprint {
        Fingerprint { writer in
            writer.add("source-file")
            writer.add(inputs.path)
            writer.add(structure: inputs.referencedFrom)
            // Not `keepsTree`: a lesson loaded with its full tree renders to
            // the same page as one whose body is parsed when rendered (the
            // incremental engine's test compares the two), so a build that
            // kept the trees and one that did not share their pages.
            add(inputs.probes, to: &writer)
        }
    }
    /// The answers of the file system, field by field (bytes as bytes, not
    /// through reflection, which would visit each byte).
    static func add(_ probes: [FileProbe], to writer: inout FingerprintWriter) {
        writer.add(probes.count)
        for probe in probes {
            switch probe {
            case .status(let path, let status):
                writer.add("status")
                writer.add(path)
                writer.add(structure: status)
            case .read(let path, let read):
                writer.add("read")
                writer.add(path)
                if case .bytes(let bytes) = read { writer.add(bytes: bytes) } else { writer.add(structure: read) }
            case .contents(let path, let bytes):
                writer.add("contents")
                writer.add(path)
                if let bytes { writer.add(bytes: bytes) } else { writer.add(false) }
            case .entries(let path, let names):
                writer.add("entries")
                writer.add(path)
                writer.add(names.count)
                for name in names { writer.add(name) }
            case .opened(let path):
                writer.add("opened")
                writer.add(path)
            }
        }
    }
}
