import CourseXML

/// Splits the files of a package into resources: each SCO gets its page and
/// the files only it uses; files used by several SCOs (styles, scripts, the
/// SCORM runtime, an image shown in two lessons) go into `asset` resources
/// that the SCOs list as dependencies, as IMS Content Packaging intends, so
/// the manifest names every file once.
///
/// Shared files are grouped by exactly which SCOs use them: files with the
/// same users form one dependency (all of the course's styles and scripts
/// become one resource, KaTeX used by the math pages another), which keeps
/// the manifest small and each SCO's dependency list exact.
enum SCORMResourcePlanner {
    struct SCOFiles: Sendable {
        var identifier: String
        /// The launch page; always one of `files`.
        var href: String
        var files: Set<String>
    }

    static func resources(for scos: [SCOFiles]) -> [SCORMResource] {
        var users: [String: Set<String>] = [:]
        for sco in scos {
            for file in sco.files.union([sco.href]) { users[file, default: []].insert(sco.identifier) }
        }
        // Group shared files by their set of users.
        var groups: [[String]: [String]] = [:]
        for (file, who) in users where who.count > 1 {
            groups[who.sorted(), default: []].append(file)
        }
        let shared: [(identifier: String, users: Set<String>, files: [String])] = groups.map { who, files in
            let ordered = sortedPaths(files)
            return (SCORMNaming.sharedResourceIdentifier(firstFile: ordered[0]), Set(who), ordered)
        }.sorted { $0.identifier < $1.identifier }

        var resources: [SCORMResource] = scos.map { sco in
            let own = sco.files.union([sco.href]).filter { users[$0]?.count == 1 && $0 != sco.href }
            return SCORMResource(
                identifier: sco.identifier, scormType: .sco, href: sco.href,
                files: [sco.href] + sortedPaths(Array(own)),
                dependencies: shared.filter { $0.users.contains(sco.identifier) }.map(\.identifier))
        }
        resources += shared.map { SCORMResource(identifier: $0.identifier, scormType: .asset, files: $0.files) }
        return resources
    }

    /// Byte order of the UTF-8 paths: independent of locale and of Swift's
    /// Unicode-aware string comparison.
    static func sortedPaths(_ paths: [String]) -> [String] {
        paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Every file the resources list, for the listed ⇔ present check.
    static func listedFiles(_ resources: [SCORMResource]) -> Set<String> {
        Set(resources.flatMap(\.files))
    }
}
