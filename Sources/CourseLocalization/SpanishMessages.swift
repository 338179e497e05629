/// The Spanish side of the message catalog, one list per area of the
/// sources (`SpanishMessages+Loading.swift`, `+Checks`, …): pairs of an
/// English template, exactly as the message literal in the sources gives
/// it (interpolations as `{0}`, `{1}`…), and its Spanish template.
///
/// Spanish here is written for the course's authors and teachers: short,
/// with "tú", concrete, saying what to do. Ids, field names, paths and code
/// in backticks stay as they are.
enum SpanishMessages {
    static var all: [(String, String)] {
        diagnostics + reporting + source + loading + questions + checks + math + alignment + results + build + archive + release + authoring + cli
    }
}
