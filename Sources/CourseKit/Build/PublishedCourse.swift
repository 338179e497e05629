/// A course as a whole build knows it while it holds some courses' lessons
/// only (`CourseBatches`): its id and title, in publication order. What
/// spans courses in a target's output reads these (mct numbers the courses
/// and lists them all in one ZIP).
public struct PublishedCourse: Sendable, Equatable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    public init(_ course: Course) {
        self.init(id: course.id.value, title: course.title.value)
    }
}
