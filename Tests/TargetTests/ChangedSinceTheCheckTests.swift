import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import Testing

/// A file the check read and a target then cannot read (deleted or replaced
/// while the build ran) fails the build with the file and where it is used,
/// in the reader's language, and publishes nothing.
@Suite struct ChangedSinceTheCheckTests {
    /// The example repository, except that one image can no longer be read
    /// whole (as when it is deleted after the check looked at it): its
    /// status and first bytes are still there, its contents are not.
    struct VanishingImage: CourseFileSystem {
        let base: LocalFileSystem
        let path: String
        func contents(of path: String) throws -> [UInt8] {
            if path == self.path { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
            return try base.contents(of: path)
        }
        func status(of path: String) -> FileStatus { base.status(of: path) }
        func directoryEntries(_ path: String) -> [String] { base.directoryEntries(path) }
        func url(for path: String) -> URL? { path == self.path ? nil : base.url(for: path) }
        func read(_ path: String) -> FileRead { base.read(path) }
        func open(_ path: String) -> FileOpening { base.open(path) }
    }

    @Test func aMediumThatCannotBeReadAnyMoreFailsTheBuildInBothLanguages() throws {
        let image = "matematicas-1/media/recta-numerica.png"
        let fileSystem = VanishingImage(base: LocalFileSystem(root: CheckBuildAgreementTests.root.appendingPathComponent("Courses")),
                                        path: image)
        let out = try ScratchFolder.make("changed-since").appendingPathComponent("out")
        var options = BuildOptions()
        options.targets = ["html"]
        do {
            _ = try CourseBuilder(fileSystem: fileSystem, output: out, options: options).build()
            Issue.record("the build succeeded without the image")
        } catch let error as BuildError {
            let lesson = "matematicas-1/lecciones/03-irracionales-y-recta-numerica.md:42"
            #expect(error.message.text(in: .en).contains("cannot read '\(image)' (\(lesson)), which the check read: it changed since"),
                    "\(error.message.text(in: .en))")
            // The image is also the lesson's fallback (line 12): both uses are named.
            let spanish = error.message.text(in: .es)
            #expect(spanish.hasPrefix("la construcción falló: no se puede leer '\(image)' (\(lesson)), que la revisión sí leyó: cambió desde entonces"),
                    "\(spanish)")
            #expect(!spanish.contains("cannot") && !spanish.contains("changed"), "\(spanish)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed build published an output folder")
    }
}
