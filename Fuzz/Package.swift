// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the parsers that read untrusted input. A package of
// its own, so `swift build` and `make test` of coursec never see it: `make
// fuzz` builds it with `--sanitize=fuzzer --sanitize=address` into
// `.build-fuzz` (see docs/fuzzing.md). Each target defines
// `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`, hence
// `-parse-as-library`.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "coursec-fuzz",
    dependencies: [.package(name: "coursec", path: "..")],
    targets: [
        // What more than one target checks: diagnostics stay inside the file.
        .target(name: "FuzzSupport", dependencies: [.product(name: "CourseKit", package: "coursec")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: [
            "FuzzSupport", .product(name: "CourseKit", package: "coursec"),
        ], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzQuiz", dependencies: [
            "FuzzSupport", .product(name: "CourseKit", package: "coursec"),
        ], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzMarkdown", dependencies: [
            .product(name: "CourseMarkdown", package: "coursec"), .product(name: "CourseMath", package: "coursec"),
        ], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzTeX", dependencies: [
            .product(name: "CourseMath", package: "coursec"),
        ], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzArchive", dependencies: [
            .product(name: "CourseArchive", package: "coursec"),
        ], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzMinisign", dependencies: [
            .product(name: "CourseSigning", package: "coursec"),
        ], swiftSettings: fuzzer),
    ],
    swiftLanguageModes: [.v6]
)
