import CourseKit
import CourseRendering
import CourseXML

/// Turns a package plan and the files each SCO uses into the manifest model
/// that CourseXML writes and validates.
struct SCORMManifestBuilder {
    let fitter: SCORMTextFitter

    func manifest(for plan: SCORMPackagePlan, files: [String: Set<String>]) -> SCORMManifest {
        let course = plan.course
        let scos = plan.scos
        let resources = SCORMResourcePlanner.resources(for: scos.map { sco in
            SCORMResourcePlanner.SCOFiles(identifier: SCORMNaming.resourceIdentifier(sco), href: sco.pagePath,
                                          files: files[sco.pagePath] ?? [])
        })
        let title = fitter.title(plan.title)
        let metadata = LOMMetadata(
            title: title,
            description: fitter.text(plan.description, at: course.range),
            language: course.language,
            keywords: plan.keywords.map { fitter.text($0, at: course.range) },
            version: course.version.value.description)
        let organization = SCORMOrganization(
            identifier: SCORMNaming.organizationIdentifier(course: course),
            title: title,
            items: plan.outline.map { item(for: $0, course: course) })
        return SCORMManifest(identifier: plan.manifestIdentifier, version: course.version.value.description,
                             metadata: metadata, organization: organization, resources: resources)
    }

    private func item(for node: SCORMPackagePlan.Node, course: Course) -> SCORMItem {
        switch node {
        case .unit(let identifier, let title, let children):
            return SCORMItem(identifier: identifier, title: fitter.title(title),
                             children: children.map { item(for: $0, course: course) })
        case .sco(let sco):
            return SCORMItem(identifier: SCORMNaming.itemIdentifier(sco), title: itemTitle(sco, course: course),
                             resourceIdentifier: SCORMNaming.resourceIdentifier(sco), masteryScore: sco.masteryScore)
        }
    }

    /// The assessment appears twice: its two items say which publication
    /// they are, in the course's language, so learners and admins can tell
    /// them apart in the LMS.
    private func itemTitle(_ sco: SCORMSCO, course: Course) -> String {
        guard case .quiz(_, let mode) = sco.content, mode != .practice else {
            return fitter.title(sco.sourceTitle)
        }
        let label = SCORMLabels.assessment(mode, language: course.language)
        var located = sco.sourceTitle
        located.value = "\(located.value) (\(label))"
        return fitter.title(located)
    }
}

/// The few words the SCORM target adds to authors' titles (from
/// `SCORMText`, which the check measures titles with).
enum SCORMLabels {
    static func assessment(_ mode: CourseRendering.QuizPageMode, language: String) -> String {
        switch mode {
        case .diagnostic: SCORMText.assessmentLabel(diagnostic: true, language: language)
        case .final: SCORMText.assessmentLabel(diagnostic: false, language: language)
        case .practice: SCORMText.practiceLabel(language: language)
        }
    }
}
