import CourseBuild
import CourseKit
import CoursecTestSupport
import Foundation
import TargetHTML
import TargetSyllabus
import Testing

/// Shared by the html/syllabus tests: the example course, temporary
/// folders, the built binary and child processes.
enum HTMLTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let courses = repositoryRoot.appendingPathComponent("Courses")
    /// The courses of the example repository, in `coursec.yaml`'s order.
    static let exampleCourses = ["matematicas-1", "quimica-1"]

    static func temporaryFolder(_ label: String) throws -> URL {
        try ScratchFolder.make("html-\(label)")
    }

    /// Debian's `chromium`, for the browser test (skipped without it).
    static let chromium = executable("chromium")

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"])
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The `coursec` binary built next to the test bundle (or in a scratch folder).
    static func binary() -> URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [beside, beside.deletingLastPathComponent()].map { $0.appendingPathComponent("coursec") }
        candidates += [".build-render", ".build"].map { repositoryRoot.appendingPathComponent("\($0)/debug/coursec") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs a program, stdout and stderr together.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Builds the html and syllabus targets of a repository in process.
    static func build(_ repository: URL = courses) throws -> (result: CourseBuilder.Result, output: URL) {
        let out = try temporaryFolder("out")
        let builder = CourseBuilder(fileSystem: LocalFileSystem(root: repository), output: out,
                                    options: BuildOptions(targets: ["html", "syllabus"]),
                                    targets: [HTMLTarget(), SyllabusTarget()])
        return (try builder.build(), out)
    }

    /// The example course built once for the tests that only read it.
    static let example: (result: CourseBuilder.Result, output: URL)? = try? build()

    /// Relative paths of every regular file under `folder`, sorted.
    static func files(under folder: URL) -> [String] {
        let root = folder.resolvingSymlinksInPath().path
        var result: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    /// Values of an attribute (`src`, `href`) in an HTML page.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
