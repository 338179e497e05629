import Foundation
import Testing
@testable import CourseArchive
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ArchiveOutputTests {
    @Test func failedFinishLeavesNoDestinationAndNoTempFile() throws {
        let sources = try TempFolder("src")
        let output = try TempFolder("out")
        defer { sources.cleanup(); output.cleanup() }
        let doomed = try sources.write("doomed.txt", "soon gone")
        let writer = DeterministicZipWriter(destination: output.file("pkg/course.zip"))
        try writer.addData(Data("first".utf8), as: "a.txt")
        try writer.addFile(at: doomed, as: "z.txt") // written last, after a.txt is in the temp file
        try FileManager.default.removeItem(at: doomed)

        #expect(throws: ArchiveError.self) { try writer.finish() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.file("pkg").path).isEmpty)
    }

    @Test func failedFinishKeepsAnExistingDestinationIntact() throws {
        let output = try TempFolder("out")
        defer { output.cleanup() }
        let destination = output.file("course.zip")
        try Data("previous release".utf8).write(to: destination)
        let missing = try output.write("gone.txt", "x")
        let writer = DeterministicZipWriter(destination: destination)
        try writer.addFile(at: missing, as: "gone.txt")
        try FileManager.default.removeItem(at: missing)

        #expect(throws: ArchiveError.self) { try writer.finish() }
        #expect(try output.contents() == ["course.zip"])
        #expect(try Data(contentsOf: destination) == Data("previous release".utf8))
    }

    @Test func successLeavesOnlyTheDestination() throws {
        let output = try TempFolder("out")
        defer { output.cleanup() }
        let writer = DeterministicZipWriter(destination: output.file("made/here/course.zip"))
        try writer.addData(Data("x".utf8), as: "x.txt")
        try writer.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.file("made/here").path) == ["course.zip"])
    }

    @Test func sourcesThatAreNotRegularFilesAreRefusedEarly() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        let writer = DeterministicZipWriter(destination: folder.file("x.zip"))
        #expect(throws: ArchiveError.self) { try writer.addFile(at: folder.url, as: "dir") }
        #expect(throws: ArchiveError.self) { try writer.addFile(at: folder.file("missing"), as: "missing") }
    }

    /// 1 GiB sparse file, stored (.mp4): memory must stay flat because the
    /// writer streams in fixed-size chunks.
    @Test func largeFilesAreStreamedNotLoaded() throws {
        let folder = try TempFolder("big", inMemory: true)
        defer { folder.cleanup() }
        let big = folder.file("lecture.mp4")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()

        let writer = DeterministicZipWriter(destination: folder.file("out/big.zip"))
        try writer.addFile(at: big, as: "video/lecture.mp4")
        try writer.addData(Data("<manifest/>".utf8), as: "imsmanifest.xml")
        // Peak memory is measured in a process of its own (other tests run in
        // parallel in this one): see StreamingMemoryTests in CoursecCLITests.
        let summary = try writer.finish()
        #expect(summary.byteSize > 1 << 30)
        #expect(summary.entryCount == 3)

        let info = try runTool("zipinfo", [summary.path, "video/lecture.mp4"])
        #expect(info.stdout.contains("1073741824") && info.stdout.contains("stor"), "\(info.stdout)")
    }
}
