import Testing
@testable import CourseRelease

@Suite struct ReleaseDiffTests {
    typealias Item = ContentSnapshot.Item

    static func lesson(_ id: String, _ title: String? = nil, unit: String = "u1", content: String? = nil,
                       resources: [ContentSnapshot.Resource]? = nil) -> Item {
        Item(kind: .lesson, id: id, title: title ?? id.uppercased(), unit: unit,
             digest: (title ?? id) + (content ?? id), contentDigest: content ?? id, questions: nil, resources: resources)
    }

    static func assessment(_ questions: [(String, String)]) -> Item {
        Item(kind: .assessment, id: "ev", title: "Evaluación", unit: nil, digest: questions.map { $0.0 + $0.1 }.joined(),
             contentDigest: questions.map { $0.0 + $0.1 }.joined(),
             questions: questions.map { .init(id: $0.0, digest: $0.1) }, resources: nil)
    }

    static func course(_ items: [Item], assessment: Item? = nil, version: String = "1.0.0", details: String = "d") -> ContentSnapshot {
        ContentSnapshot(id: "c", title: "Curso", version: version, language: "es-MX",
                        digest: items.map(\.digest).joined(separator: ",") + (assessment?.digest ?? "") + details,
                        detailsDigest: details,
                        units: [.init(id: "u1", title: "Unidad 1"), .init(id: "u2", title: "Unidad 2")],
                        items: items, assessment: assessment)
    }

    @Test func identicalSnapshotsHaveNoChanges() {
        let c = Self.course([Self.lesson("a"), Self.lesson("b")])
        let changes = ReleaseDiff.compare(old: [c], new: [c], from: "fase-1", to: "fase-2")
        #expect(changes.isEmpty)
        #expect(changes.courses.first?.status == .unchanged)
    }

    @Test func insertingALessonIsAnAdditionNotAMoveOfEverythingAfterIt() {
        let old = Self.course([Self.lesson("a"), Self.lesson("b"), Self.lesson("c")])
        let new = Self.course([Self.lesson("a"), Self.lesson("x"), Self.lesson("b"), Self.lesson("c")])
        let change = ReleaseDiff.compare(old: [old], new: [new], from: nil, to: "p").courses[0]
        #expect(change.added.map(\.id) == ["x"])
        #expect(change.added.first?.position == 2)
        #expect(change.added.first?.unit == "Unidad 1")
        #expect(change.moved.isEmpty)
        #expect(change.removed.isEmpty)
    }

    @Test func movedRetitledEditedAndRemovedAreToldApart() {
        let old = Self.course([Self.lesson("a"), Self.lesson("b"), Self.lesson("c"), Self.lesson("d"), Self.lesson("gone")])
        let new = Self.course([Self.lesson("c"), Self.lesson("a", "Nuevo título"), Self.lesson("b", content: "edited"),
                               Self.lesson("d", unit: "u2")])
        let change = ReleaseDiff.compare(old: [old], new: [new], from: nil, to: "p").courses[0]
        #expect(change.removed.map(\.id) == ["gone"])
        #expect(Set(change.moved.map(\.item.id)) == ["c", "d"])
        #expect(change.moved.first { $0.item.id == "d" }?.fromUnit == "Unidad 1")
        #expect(change.moved.first { $0.item.id == "d" }?.item.unit == "Unidad 2")
        #expect(change.retitled.map(\.id) == ["a"])
        #expect(change.retitled.first?.oldTitle == "A")
        // A new title alone is not an edit of the content.
        #expect(change.edited.map(\.id) == ["b"])
    }

    @Test func assessmentItemChangesAreCalledOut() {
        let old = Self.course([Self.lesson("a")], assessment: Self.assessment([("q1", "1"), ("q2", "2"), ("q3", "3")]))
        let new = Self.course([Self.lesson("a")], assessment: Self.assessment([("q1", "1"), ("q2", "2*"), ("q4", "4")]))
        let change = ReleaseDiff.compare(old: [old], new: [new], from: "fase-1", to: "fase-2").courses[0]
        let a = try! #require(change.assessment)
        #expect(a.itemsChanged)
        #expect(a.added == ["q4"])
        #expect(a.removed == ["q3"])
        #expect(a.edited == ["q2"])
        let markdown = ChangesRenderer.markdown(.init(from: "fase-1", to: "fase-2", courses: [change]), title: "Fase 2", language: "es-MX")
        #expect(markdown.contains("⚠ Cambiaron preguntas de la evaluación"))
        #expect(markdown.contains("Preguntas modificadas: `q2`"))
    }

    @Test func reorderedAssessmentItemsAreAChangeToo() {
        let old = Self.course([], assessment: Self.assessment([("q1", "1"), ("q2", "2")]))
        let new = Self.course([], assessment: Self.assessment([("q2", "2"), ("q1", "1")]))
        let a = ReleaseDiff.compare(old: [old], new: [new], from: nil, to: "p").courses[0].assessment
        #expect(a?.reordered == true)
        #expect(a?.itemsChanged == true)
    }

    @Test func resourceURLChangesAreReportedWithBothAddresses() {
        let r1 = ContentSnapshot.Resource(title: "Recta", provider: "geogebra", url: "https://www.geogebra.org/m/old")
        let r2 = ContentSnapshot.Resource(title: "Recta", provider: "geogebra", url: "https://www.geogebra.org/m/new")
        let old = Self.course([Self.lesson("a", content: "1", resources: [r1])])
        let new = Self.course([Self.lesson("a", content: "2", resources: [r2])])
        let change = ReleaseDiff.compare(old: [old], new: [new], from: nil, to: "p").courses[0]
        #expect(change.resources == [.init(lesson: "a", lessonTitle: "A", title: "Recta",
                                           oldURL: "https://www.geogebra.org/m/old", newURL: "https://www.geogebra.org/m/new")])
        let english = ChangesRenderer.markdown(.init(from: "x", to: "y", courses: [change]), title: "Y", language: "en")
        #expect(english.contains("<https://www.geogebra.org/m/old> → <https://www.geogebra.org/m/new>"))
    }

    @Test func addedAndRemovedCourses() {
        var other = Self.course([Self.lesson("z")])
        other.id = "otro"
        let changes = ReleaseDiff.compare(old: [other], new: [Self.course([Self.lesson("a")])], from: nil, to: "p")
        #expect(changes.courses.map(\.status) == [.added, .removed])
    }

    @Test func sectionsAreInTheCoursesLanguageWithEnglishAsFallback() {
        let old = Self.course([Self.lesson("a")]), new = Self.course([Self.lesson("a"), Self.lesson("b")])
        var change = ReleaseDiff.compare(old: [old], new: [new], from: "f1", to: "f2").courses[0]
        #expect(ChangesRenderer.markdown(.init(from: "f1", to: "f2", courses: [change]), title: "F2", language: "es")
            .contains("### Añadidas"))
        change.language = "qu"
        #expect(ChangesRenderer.markdown(.init(from: "f1", to: "f2", courses: [change]), title: "F2", language: "es")
            .contains("### Added"))
    }
}
