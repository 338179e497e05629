/// The existing file an author most likely meant when a path names nothing:
/// each missing part of the path matched to an entry of its folder that
/// differs only in case, in `_`, `-` or spaces, or by a typo (`Media/` for
/// `media/`, `caida_libre.md` for `caida-libre.md`), also from the folders
/// above the one the path is relative to (a missing `../`). Only paths that
/// name nothing are looked at, so the folder listings cost nothing otherwise.
struct NearestPath {
    let fileSystem: CourseFileSystem

    /// `written` as the author wrote it, relative to `directory`; the
    /// suggestion is written the same way (with `../` added when needed).
    func suggestion(for written: String, from directory: String) -> String? {
        if let fixed = match(written, from: directory), fixed != written { return fixed }
        var base = directory, up = ""
        while !base.isEmpty {
            base = RepositoryPath.directory(of: base)
            up += "../"
            if let fixed = match(written, from: base) { return up + fixed }
        }
        return nil
    }

    /// The fix for a missing path at `range` (the path as written, unquoted
    /// on one line), or nil when the range does not hold exactly `written`.
    func fix(replacing written: String, at range: SourceRange, with suggestion: String) -> Diagnostic.Fix? {
        guard range.start.line == range.end.line, range.end.column - range.start.column == written.unicodeScalars.count else { return nil }
        return Diagnostic.Fix(range: range, replacement: suggestion, summary: "use '\(suggestion)'")
    }

    /// `written` with each missing part replaced by its nearest entry, or nil.
    private func match(_ written: String, from directory: String) -> String? {
        let components = written.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var current = directory
        var out: [String] = []
        for (index, component) in components.enumerated() {
            let last = index == components.count - 1
            if component.isEmpty || component == "." { out.append(component); continue }
            if component == ".." {
                guard !current.isEmpty else { return nil }
                current = RepositoryPath.directory(of: current)
                out.append(component)
                continue
            }
            var name = component
            if !isWanted(RepositoryPath.join(current, name), file: last) {
                let entries = fileSystem.directoryEntries(current).filter { !$0.hasPrefix(".") }.sorted()
                guard let near = Self.nearest(component, in: entries), isWanted(RepositoryPath.join(current, near), file: last) else {
                    return nil
                }
                name = near
            }
            out.append(name)
            current = RepositoryPath.join(current, name)
        }
        return out.joined(separator: "/")
    }

    private func isWanted(_ path: String, file: Bool) -> Bool {
        switch fileSystem.status(of: path) {
        case .file: file
        case .directory: !file
        case .missing, .linkOutside: false
        }
    }

    /// The entry that differs from `name` only in case and separators, or
    /// else the nearest by edit distance (see `Suggestion`).
    static func nearest(_ name: String, in entries: [String]) -> String? {
        func key(_ text: String) -> String {
            String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        }
        let same = entries.filter { key($0) == key(name) }
        if same.count == 1 { return same[0] }
        return Suggestion.closest(to: name, in: entries)
    }
}
