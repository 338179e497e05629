import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a complete new output tree in the place of the old one in one step
/// that a crash cannot split: whoever looks at the output folder sees
/// either the old tree or the new one, never a mix.
///
/// On Linux the two folders are exchanged with `renameat2(RENAME_EXCHANGE)`.
/// Where that is missing or the file system refuses it, the output folder
/// is a symbolic link to the current tree, replaced by `rename(2)` of a new
/// link (which is atomic too); an output that is a plain folder there is
/// refused rather than replaced in two steps.
enum FolderSwap {
    /// How the output folder currently stands.
    enum Current: Equatable {
        case missing
        case folder
        /// A file or anything else that is not a folder: never replaced.
        case notAFolder
        /// A link made by coursec to a work tree beside it (by that tree's name).
        case managedLink(String)
    }

    static func current(_ output: URL) -> Current {
        var info = stat()
        guard lstat(output.path, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFLNK, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: output.path),
           !target.contains("/"), target.hasPrefix("." + output.lastPathComponent + RunLock.infix) {
            return .managedLink(target)
        }
        var target = stat()
        guard stat(output.path, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR else { return .notAFolder }
        return .folder
    }

    /// Puts `tree` (a sibling of `output`) in place of `output`. Returns the
    /// old tree, now under a work name, for the caller to delete; nil when
    /// there was none.
    static func replace(_ output: URL, with tree: URL) throws -> URL? {
        let parent = output.deletingLastPathComponent()
        switch current(output) {
        case .missing:
            if exchangeAvailable(in: parent, probe: tree) {
                try check(rename(tree.path, output.path), "cannot move the new output into", output)
            } else {
                try link(output, to: tree)
            }
            return nil
        case .folder:
            if exchange(tree, output) == 0 { return tree }
            if exchangeUnsupported(errno) {
                throw BuildError.output("the file system of \(output.path) cannot swap folders in one step "
                    + "(renameat2 RENAME_EXCHANGE); remove the folder once and the next build makes it a link to the build")
            }
            throw BuildError.output("cannot swap the new output into \(output.path): \(String(cString: strerror(errno)))")
        case .managedLink(let target):
            try link(output, to: tree)
            return parent.appendingPathComponent(target)
        case .notAFolder:
            throw BuildError.output("\(output.path) exists and is not a folder")
        }
    }

    /// Replaces `output` by a link to `tree`: a new link beside it, renamed over it.
    private static func link(_ output: URL, to tree: URL) throws {
        let link = tree.appendingPathExtension("link")
        unlink(link.path)
        try check(symlink(tree.lastPathComponent, link.path), "cannot create a link beside", output)
        try check(rename(link.path, output.path), "cannot put the new output in place of", output)
    }

    /// Whether folders can be exchanged where `probe` lives: swapping it
    /// with an empty folder and back costs three system calls.
    private static func exchangeAvailable(in parent: URL, probe tree: URL) -> Bool {
        guard renameat2 != nil else { return false }
        let other = tree.appendingPathExtension("link")
        guard mkdir(other.path, 0o700) == 0 else { return false }
        defer { rmdir(other.path) }
        guard exchange(tree, other) == 0 else { return false }
        return exchange(tree, other) == 0
    }

    private static func exchangeUnsupported(_ code: Int32) -> Bool {
        code == EINVAL || code == ENOSYS || code == EOPNOTSUPP || code == ENOTSUP
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2` (2.28 and later), looked up at run time: Swift's
    /// Glibc module does not declare it. `COURSEC_NO_RENAME_EXCHANGE=1`
    /// hides it, to exercise the link fallback.
    private static let renameat2: RenameAt2? = {
        if ProcessInfo.processInfo.environment["COURSEC_NO_RENAME_EXCHANGE"] == "1" { return nil }
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// `RENAME_EXCHANGE` from <linux/fs.h>.
    private static let renameExchange: UInt32 = 1 << 1

    private static func exchange(_ a: URL, _ b: URL) -> Int32 {
        guard let renameat2 else {
            errno = ENOSYS
            return -1
        }
        return renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, renameExchange)
    }

    private static func check(_ status: Int32, _ what: String, _ url: URL) throws {
        guard status == 0 else { throw BuildError.output("\(what) \(url.path): \(String(cString: strerror(errno)))") }
    }
}
