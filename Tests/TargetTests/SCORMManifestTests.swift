import CourseArchive
import CourseBuild
import CourseKit
import CourseXML
import Foundation
import Testing

/// Each example course's SCORM package: schema validity (libxml2 and
/// xmllint), manifest ⇔ ZIP consistency, identifiers, organization.
@Suite struct SCORMManifestTests {
    func examplePackage(_ id: String) throws -> (package: URL, manifest: Data, result: CourseBuilder.Result, course: Course) {
        let built = try #require(SCORMTestSupport.example, "the example course did not build")
        #expect(built.result.built, "\(built.result.diagnostics.filter { $0.severity == .error })")
        let packages = SCORMTestSupport.packages(in: built.result, output: built.output)
        let package = try #require(packages.first { $0.lastPathComponent == "\(id).zip" }, "\(packages)")
        let course = try #require(built.result.repository?.courses.first { $0.id.value == id })
        return (package, try SCORMTestSupport.manifest(of: package), built.result, course)
    }

    @Test func packageIsWhereTheIssueSays() throws {
        let built = try #require(SCORMTestSupport.example)
        let phase = try #require(built.result.phase)
        #expect(built.result.repository?.courses.map(\.id.value) == HTMLTestSupport.exampleCourses)
        #expect(built.result.artifacts.filter { $0.target == "scorm12" }.map(\.path)
                == HTMLTestSupport.exampleCourses.map { "scorm12/\(phase.id)/\($0).zip" })
    }

    @Test(arguments: HTMLTestSupport.exampleCourses)
    func manifestValidatesWithLibxml2AgainstThePublishedSchemas(_ id: String) throws {
        let validator = try #require(SCORMTestSupport.validator, "cannot compile \(SCORMTestSupport.schemaEntry.path)")
        let (_, manifest, _, _) = try examplePackage(id)
        let issues = validator.validate(manifest, documentName: "imsmanifest.xml")
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test(arguments: HTMLTestSupport.exampleCourses)
    func manifestValidatesWithXmllint(_ id: String) throws {
        let xmllint = try #require(SCORMTestSupport.executable("xmllint"), "xmllint (libxml2-utils) is not installed")
        let (_, manifest, _, _) = try examplePackage(id)
        let folder = try SCORMTestSupport.temporaryFolder("xmllint")
        let file = folder.appendingPathComponent("imsmanifest.xml")
        try manifest.write(to: file)
        let run = try SCORMTestSupport.run(xmllint, ["--noout", "--schema", SCORMTestSupport.schemaEntry.path, file.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("validates"), "\(run.output)")
    }

    /// Every file in the ZIP is listed, every listed file is in the ZIP; only
    /// the manifest itself is unlisted. Read back from the written ZIP.
    @Test(arguments: HTMLTestSupport.exampleCourses)
    func everyFileIsListedAndEveryListedFileIsPresent(_ id: String) throws {
        let (package, manifest, _, _) = try examplePackage(id)
        let entries = try SafeArchiveReader(url: package).entries().filter { $0.type == .file }.map(\.path)
        let listed = try SCORMTestSupport.checker(manifest).strings("//cp:resource/cp:file/@href")
        #expect(Set(listed).count == listed.count, "a file is listed twice")
        #expect(Set(entries).subtracting(listed) == ["imsmanifest.xml"])
        #expect(Set(listed).subtracting(entries).isEmpty, "\(Set(listed).subtracting(entries))")
        #expect(entries.contains("scorm12-runtime.js"))
        #expect(entries.contains { $0.hasPrefix("media/") }, "the course's images are packaged")
    }

    @Test(arguments: HTMLTestSupport.exampleCourses)
    func identifiersAreUniqueAndStable(_ id: String) throws {
        let (_, manifest, _, _) = try examplePackage(id)
        let xml = try SCORMTestSupport.checker(manifest)
        let ids = try xml.strings("//@identifier")
        #expect(Set(ids).count == ids.count, "duplicates: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys)")
        #expect(try xml.string("/cp:manifest/@identifier") == "\(id)-v1.0.0")
        // Every reference points at something that exists.
        let resources = Set(try xml.strings("//cp:resource/@identifier"))
        for ref in try xml.strings("//cp:item/@identifierref") + xml.strings("//cp:dependency/@identifierref") {
            #expect(resources.contains(ref), "\(ref)")
        }
        #expect(try xml.string("/cp:manifest/cp:organizations/@default")
                == xml.string("/cp:manifest/cp:organizations/cp:organization/@identifier"))
    }

    /// The organization mirrors the outline: diagnostic, units with their
    /// items in order, final; the two assessments are distinct SCOs with the
    /// pass percentage as mastery score.
    @Test(arguments: HTMLTestSupport.exampleCourses)
    func organizationMirrorsTheCourse(_ id: String) throws {
        let (_, manifest, _, course) = try examplePackage(id)
        let assessment = try #require(course.assessment)
        let xml = try SCORMTestSupport.checker(manifest)
        let org = "/cp:manifest/cp:organizations/cp:organization"
        let top = try xml.strings("\(org)/cp:item/@identifier")
        #expect(top.first == "item-diagnostic-\(assessment.id.value)")
        #expect(top.last == "item-final-\(assessment.id.value)")
        #expect(top.count == course.units.count + 2)
        for (n, unit) in course.units.enumerated() {
            let path = "\(org)/cp:item[\(n + 2)]"
            #expect(try xml.string("\(path)/cp:title") == unit.title.value)
            #expect(try xml.strings("\(path)/cp:item/cp:title") == unit.items.map(\.title))
        }
        for mode in ["diagnostic", "final"] {
            let item = "\(org)/cp:item[@identifier='item-\(mode)-\(assessment.id.value)']"
            #expect(try xml.string("\(item)/adlcp:masteryscore") == String(assessment.settings.passPercentage))
            let ref = try #require(try xml.string("\(item)/@identifierref"))
            #expect(try xml.string("//cp:resource[@identifier='\(ref)']/@href") == "assessment/\(mode).html")
        }
        #expect(try xml.string("\(org)/cp:item[1]/cp:title")?.contains("diagnóstico") == true)
    }

    @Test(arguments: HTMLTestSupport.exampleCourses)
    func resourcesAreSCOsWithSharedFilesAsDependencies(_ id: String) throws {
        let (_, manifest, _, course) = try examplePackage(id)
        let xml = try SCORMTestSupport.checker(manifest)
        let scos = try xml.strings("//cp:resource[@adlcp:scormtype='sco']/@identifier")
        #expect(scos.count == course.items.count + 2)
        #expect(try xml.count("//cp:resource[@adlcp:scormtype='sco' and not(@href)]") == 0)
        #expect(try xml.count("//cp:resource[not(@adlcp:scormtype='sco') and not(@adlcp:scormtype='asset')]") == 0)
        // The runtime, styles and scripts are shared by every SCO: one asset
        // resource that every SCO depends on.
        let runtimeOwner = try #require(try xml.string("//cp:resource[cp:file/@href='scorm12-runtime.js']/@identifier"))
        #expect(try xml.string("//cp:resource[@identifier='\(runtimeOwner)']/@adlcp:scormtype") == "asset")
        #expect(try xml.count("//cp:resource[@adlcp:scormtype='sco' and cp:dependency/@identifierref='\(runtimeOwner)']")
                == scos.count)
        // Each SCO lists its own page first and launches it.
        for sco in scos {
            let href = try xml.string("//cp:resource[@identifier='\(sco)']/@href")
            #expect(try xml.string("//cp:resource[@identifier='\(sco)']/cp:file[1]/@href") == href)
        }
    }

    @Test(arguments: HTMLTestSupport.exampleCourses)
    func metadataCarriesTheCourse(_ id: String) throws {
        let (_, manifest, _, course) = try examplePackage(id)
        let xml = try SCORMTestSupport.checker(manifest)
        let general = "//imsmd:lom/imsmd:general"
        #expect(try xml.string("\(general)/imsmd:title/imsmd:langstring") == course.title.value)
        #expect(try xml.string("\(general)/imsmd:language") == course.language)
        #expect(try xml.string("\(general)/imsmd:title/imsmd:langstring/@xml:lang") == course.language)
        #expect(try xml.string("\(general)/imsmd:description/imsmd:langstring") == course.description)
        #expect(try xml.strings("\(general)/imsmd:keyword/imsmd:langstring").contains(course.subject))
        #expect(try xml.string("//imsmd:lom/imsmd:lifecycle/imsmd:version/imsmd:langstring") == "1.0.0")
        #expect(try xml.string("/cp:manifest/cp:metadata/cp:schemaversion") == "1.2")
    }
}
