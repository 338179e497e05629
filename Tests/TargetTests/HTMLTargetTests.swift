import CourseBuild
import CourseKit
import Foundation
import Testing

/// The offline course of the example repository: layout, navigation,
/// self-containment (every page reference resolves inside the site) and
/// the ZIP holding the same files.
@Suite struct HTMLTargetTests {
    static let course = "matematicas-1"

    static func site() throws -> (CourseBuilder.Result, URL) {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        #expect(built.result.built, "\(built.result.diagnostics)")
        return (built.result, built.output.appendingPathComponent("html/\(course)"))
    }

    @Test func siteHasIndexLessonsQuizzesAndBothAssessments() throws {
        let (result, site) = try Self.site()
        let files = HTMLTestSupport.files(under: site)
        #expect(files.contains("index.html"))
        #expect(files.contains("lecciones/01-naturales-y-enteros.html"))
        #expect(files.contains("lecciones/20-ecuacion-cuadratica.html"))
        #expect(files.contains("practicas/01-practica-numeros.html"))
        #expect(files.contains("evaluacion/diagnostica.html"))
        #expect(files.contains("evaluacion/final.html"))
        #expect(files.filter { $0.hasPrefix("lecciones/") }.count == 20)
        #expect(files.filter { $0.hasPrefix("practicas/") }.count == 8)
        #expect(files.contains("quiz.js") && files.contains("progress.js") && files.contains("coursec.css"))
        #expect(files.contains("katex/katex.min.js"))
        #expect(!files.contains { $0.contains("scorm12") })

        let folder = try #require(result.artifacts.first { $0.path == "html/\(Self.course)" })
        #expect(folder.isDirectory)
        let total = try files.reduce(0) { sum, path in
            sum + ((try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.size] as? Int) ?? 0)
        }
        #expect(folder.bytes == total)
        #expect(result.artifacts.contains { $0.path == "html/\(Self.course).zip" && !$0.isDirectory })
    }

    @Test func previousAndNextFollowTheOutlineWithTheExamLast() throws {
        let (_, site) = try Self.site()
        func read(_ path: String) throws -> String {
            try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        }
        let diagnostic = try read("evaluacion/diagnostica.html")
        #expect(!diagnostic.contains("rel=\"prev\""))
        #expect(diagnostic.contains("href=\"../lecciones/01-naturales-y-enteros.html\" rel=\"next\""))
        let first = try read("lecciones/01-naturales-y-enteros.html")
        #expect(first.contains("href=\"../evaluacion/diagnostica.html\" rel=\"prev\""))
        #expect(first.contains("href=\"../lecciones/02-racionales-y-decimales.html\" rel=\"next\""))
        let final = try read("evaluacion/final.html")
        #expect(final.contains("href=\"../practicas/08-practica-sistemas-y-cuadraticas.html\" rel=\"prev\""))
        #expect(!final.contains("rel=\"next\""))
        // The two publications of the assessment have identical forms.
        func form(_ html: String) -> Substring? {
            guard let a = html.range(of: "<form"), let b = html.range(of: "</form>") else { return nil }
            return html[a.lowerBound..<b.upperBound]
        }
        #expect(form(diagnostic) != nil && form(diagnostic) == form(final))
        let index = try read("index.html")
        let diagnosticAt = try #require(index.range(of: "evaluacion/diagnostica.html"))
        let finalAt = try #require(index.range(of: "evaluacion/final.html"))
        let lessonAt = try #require(index.range(of: "lecciones/01-naturales-y-enteros.html"))
        #expect(diagnosticAt.lowerBound < lessonAt.lowerBound && lessonAt.lowerBound < finalAt.lowerBound)
    }

    /// No page loads anything from outside the site: every `src` and every
    /// local `href` resolves to a file of the site; web addresses appear
    /// only as links that open in a new window.
    @Test func everyPageReferenceResolvesInsideTheSite() throws {
        let (_, site) = try Self.site()
        let files = Set(HTMLTestSupport.files(under: site))
        for page in files where page.hasSuffix(".html") {
            let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
            let folder = (page as NSString).deletingLastPathComponent
            for value in HTMLTestSupport.attributeValues("src", in: html) + HTMLTestSupport.attributeValues("href", in: html) {
                if value.hasPrefix("#") { continue }
                if value.hasPrefix("https://") || value.hasPrefix("http://") {
                    #expect(!HTMLTestSupport.attributeValues("src", in: html).contains(value), "\(page) loads \(value)")
                    continue
                }
                #expect(!value.contains(":"), "\(page): \(value)")
                let path = String(value.prefix { $0 != "#" && $0 != "?" })
                guard case .success(let resolved) = RepositoryPath.resolve(path, relativeTo: folder) else {
                    Issue.record("\(page): \(value) leaves the site"); continue
                }
                let found = files.contains(resolved)
                #expect(found, "\(page) refers to missing \(value)")
            }
            #expect(!html.contains("<iframe"), "\(page) embeds a frame")
            #expect(html.contains("<html lang=\"es-MX\">"))
        }
    }

    @Test func zipHoldsTheSameFilesUnderTheCourseFolder() throws {
        let (_, site) = try Self.site()
        let zip = site.deletingLastPathComponent().appendingPathComponent("\(Self.course).zip")
        let zipinfo = try #require(HTMLTestSupport.executable("zipinfo"), "zipinfo is not installed")
        let listing = try HTMLTestSupport.run(zipinfo, ["-1", zip.path])
        #expect(listing.status == 0)
        let entries = listing.output.split(separator: "\n").map(String.init).filter { !$0.hasSuffix("/") }.sorted()
        #expect(entries == HTMLTestSupport.files(under: site).map { "\(Self.course)/\($0)" })
    }

    @Test func mediaAreCopiedOnceByContent() throws {
        let (_, site) = try Self.site()
        let media = HTMLTestSupport.files(under: site).filter { $0.hasPrefix("media/") }
        #expect(media.contains { $0.hasSuffix("-recta-numerica.png") })
        #expect(media.contains { $0.hasSuffix("-formulario-algebra.pdf") })
        #expect(media.allSatisfy { $0.split(separator: "/")[1].prefix(13).last == "-" })
        #expect(Set(media).count == media.count)
    }
}
