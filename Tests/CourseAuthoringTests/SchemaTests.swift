import CoursecTestSupport
import CourseKit
import Foundation
import Testing
@testable import CourseAuthoring

/// The JSON Schemas in schemas/ are what the field tables generate, and an
/// independent validator (python-jsonschema over PyYAML read with YAML 1.2's
/// core schema) accepts every file of the example repositories and of a new
/// repository, and rejects what coursec rejects.
@Suite struct SchemaTests {
    @Test func committedSchemasMatchTheFieldTables() throws {
        let generated = SchemaGenerator.all()
        #expect(generated.count == 6)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: AuthoringTestSupport.schemas.path).sorted()
        #expect(onDisk == generated.map(\.name).sorted(), "schemas/ has other files: run coursec schema --out schemas")
        for (name, schema) in generated {
            let committed = try String(contentsOf: AuthoringTestSupport.schemas.appendingPathComponent(name), encoding: .utf8)
            #expect(committed == schema.text(), "schemas/\(name) differs from the field tables: run coursec schema --out schemas")
        }
    }

    @Test func schemasDescribeEveryField() throws {
        for table in FieldTables.documents {
            guard case .object(let members) = SchemaGenerator.schema(for: table),
                  case .object(let properties)? = members["properties"] else {
                Issue.record("\(table.name): no properties")
                continue
            }
            #expect(properties.keys.sorted() == table.names.sorted())
            let required = table.fields.filter(\.required).map { JSONValue.string($0.name) }
            #expect(members["required"] == (required.isEmpty ? nil : .array(required)))
            #expect(members["additionalProperties"] == .bool(false))
        }
    }

    @Test func exampleRepositoriesValidate() throws {
        let out = try AuthoringTestSupport.validate(AuthoringTestSupport.exampleRepositories)
        #expect(out.status == 0, "\(out.stdout)")
        // Every course of every example repository was read (more courses will come).
        let passed = Int(out.stdout.split(separator: "\n").last?.split(separator: " ").first ?? "") ?? 0
        #expect(passed >= 10, "\(out.stdout)")
    }

    @Test func aNewRepositoryValidates() throws {
        let folder = try ScratchFolder.make("schema-init").appendingPathComponent("repo")
        try RepositoryScaffold.create(at: folder)
        // init writes the schemas the files name: validate with those.
        let out = try AuthoringTestSupport.validate(schemas: folder.appendingPathComponent("schemas"), [folder])
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.stdout.hasSuffix("6 passed, 0 failed\n"), "\(out.stdout)")
    }

    @Test func theValidatorRejectsWhatCoursecRejects() throws {
        let folder = try ScratchFolder.make("schema-bad").appendingPathComponent("repo")
        try RepositoryScaffold.create(at: folder)
        let lesson = folder.appendingPathComponent("curso/lecciones/01-bienvenida.md")
        var text = try String(contentsOf: lesson, encoding: .utf8)
        text = text.replacingOccurrences(of: "minutes: 10", with: "minutes: diez\ndraft: no\nobjetives: [C1]")
        try text.write(to: lesson, atomically: true, encoding: .utf8)
        let course = folder.appendingPathComponent("curso/course.yaml")
        let courseText = try String(contentsOf: course, encoding: .utf8).replacingOccurrences(of: "enrollment: self", with: "enrollment: libre")
        try courseText.write(to: course, atomically: true, encoding: .utf8)

        let out = try AuthoringTestSupport.validate([folder])
        #expect(out.status == 1)
        #expect(out.stdout.contains("minutes: 'diez' is not of type 'integer'"), "\(out.stdout)")
        #expect(out.stdout.contains("draft: 'no' is not of type 'boolean'"), "\(out.stdout)")
        #expect(out.stdout.contains("'objetives' was unexpected"), "\(out.stdout)")
        #expect(out.stdout.contains("platform/enrollment: 'libre' is not one of"), "\(out.stdout)")

        // coursec reports the same four problems.
        let result = try CourseCompiler(root: folder).check()
        let messages = result.diagnostics.map(\.message.description)
        #expect(messages.contains { $0.contains("`minutes` must be a whole number") })
        #expect(messages.contains { $0.contains("`draft` must be `true` or `false`") })
        #expect(messages.contains { $0.contains("unknown field `objetives`") })
        #expect(messages.contains { $0.contains("enrollment 'libre' must be one of auto, self, admin") })
    }
}
