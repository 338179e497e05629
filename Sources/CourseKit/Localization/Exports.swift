// Messages, languages and the catalog are part of CourseKit's interface:
// every stage reports `Message`s, and every client renders them.
@_exported import CourseLocalization
