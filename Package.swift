// swift-tools-version:6.0
import Foundation
import PackageDescription

// The pipeline lives in CourseKit; the C libraries are wrapped by small
// modules of their own so each real part (Markdown, XML, archives, signing)
// can be built and tested alone. The `coursec` executable is a thin CLI.
let package = Package(
    name: "coursec",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coursec", targets: ["coursec"]),
        .library(name: "CourseKit", targets: ["CourseKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // The messages coursec says to people, as templates, and their
        // Spanish catalog: a leaf, so every stage can say things in both languages.
        .target(name: "CourseLocalization"),

        // System libraries (Debian -dev packages, installed by `make setup`).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libdeflate deflates ZIP entries; zlib streams the very large ones.
        .systemLibrary(name: "CCompression", providers: [.apt(["libdeflate-dev", "zlib1g-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),

        // Thin Swift layers over the C libraries.
        // A per-thread bump allocator for cmark-gfm's trees (see its header).
        .target(name: "CMarkdownArena"),
        // Text primitives every layer shares: the one HTML/XML escaper, byte searches.
        .target(name: "CourseText"),
        .target(name: "CourseMarkdown", dependencies: ["CCmarkGFM", "CMarkdownArena", "CourseText"]),
        .target(name: "CourseXML", dependencies: ["CLibXML2"]),
        // Archive errors are messages, so the leaf CourseLocalization is its one Swift dependency.
        .target(name: "CourseArchive", dependencies: ["CCompression", "CourseLocalization"]),
        // SHA-256 of files and bytes: a leaf that signing, rendering and releases share.
        .target(name: "CourseDigest", dependencies: ["CSodium"]),
        // minisign signatures and keys; it sees every artifact only as a file.
        .target(name: "CourseSigning", dependencies: ["CourseDigest", "CSodium"]),
        // TeX math → MathML Core, typeset at build time (no C library, no JS).
        .target(name: "CourseMath", dependencies: ["CourseText", "CourseLocalization"]),
        // What media files really are (magic numbers), and whether an SVG is inert.
        .target(name: "CourseMedia", dependencies: ["CourseXML", "CourseLocalization"]),

        // The compiler pipeline: source → syntax → model → checks (CourseKit),
        // rendering (CourseRendering), one module per output target, then the
        // build orchestrator and the release (signing) stage.
        .target(name: "CourseKit", dependencies: [
            "CourseLocalization", "CourseText", "CourseMarkdown", "CourseMath", "CourseArchive", "CourseXML", "CourseMedia",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "CourseRendering", dependencies: [
            "CourseKit", "CourseText", "CourseMarkdown", "CourseMath", "CourseArchive", "CourseDigest",
        ]),
        .target(name: "TargetMCT", dependencies: ["CourseKit", "CourseText", "CourseMarkdown", "CourseRendering", "CourseArchive", "CourseDigest"],
                path: "Sources/Targets/MCT"),
        .target(name: "TargetHTML", dependencies: ["CourseKit", "CourseRendering", "CourseArchive"],
                path: "Sources/Targets/HTML"),
        .target(name: "TargetSCORM12", dependencies: ["CourseKit", "CourseRendering", "CourseArchive", "CourseXML"],
                path: "Sources/Targets/SCORM12"),
        .target(name: "TargetSyllabus", dependencies: ["CourseKit", "CourseRendering"],
                path: "Sources/Targets/Syllabus"),
        .target(name: "CourseBuild", dependencies: [
            "CourseKit", "CourseRendering", "CourseArchive", "TargetMCT", "TargetHTML", "TargetSCORM12", "TargetSyllabus",
        ]),
        // The incremental engine behind `coursec serve`: loads reused per
        // file, pages rendered again only when what they are made from changed.
        .target(name: "CourseIncremental", dependencies: [
            "CourseKit", "CourseRendering", "CourseDigest", "CourseArchive", "TargetHTML",
        ]),
        // `coursec serve`: a small HTTP/1.1 server over sockets, an inotify
        // watcher, and the page reload, over the incremental engine.
        .target(name: "CoursePreview", dependencies: [
            "CourseIncremental", "CourseKit", "CourseRendering", "CourseArchive", "CourseText",
        ]),
        .target(name: "CourseRelease", dependencies: ["CourseKit", "CourseBuild", "CourseSigning", "CourseDigest", "CourseArchive"]),
        // The evidence loop: learners' responses scored against the shipped
        // keys (item analysis, pre/post gains, flags on the items' lines).
        .target(name: "CourseResults", dependencies: ["CourseKit", "CourseText"]),
        // The author's way in: `init` and `new` from templates, JSON Schemas
        // generated from the loaders' field tables.
        .target(name: "CourseAuthoring", dependencies: ["CourseKit"]),
        // Questions brought back from the platform's CSV into Markdown (its
        // CSV reader is the one `results` reads responses with).
        .target(name: "CourseImport", dependencies: ["CourseKit", "CourseText", "CourseMarkdown", "CourseResults"]),
        .executableTarget(name: "coursec", dependencies: [
            "CourseKit", "CourseBuild", "CourseRelease", "CourseResults", "CourseAuthoring", "CourseImport",
            "CourseIncremental", "CoursePreview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the
            // executable, as rustc does with jemalloc: a build allocates
            // millions of small nodes and strings on every core, and glibc's
            // arenas made `build --target mct` about 6% slower.
            .linkedLibrary("mimalloc"),
        ]),
        // Deterministic generator of the benchmark corpus (`make bench`).
        .executableTarget(name: "coursec-corpus", dependencies: []),

        .testTarget(name: "CourseTextTests", dependencies: ["CourseText", "CoursecTestSupport"]),
        .testTarget(name: "CourseMarkdownTests", dependencies: ["CourseMarkdown", "CMarkdownArena", "CoursecTestSupport"]),
        // Scratch folders removed when the test process ends (shared by the test targets below).
        .target(name: "CoursecTestSupport", path: "Tests/CoursecTestSupport"),
        .testTarget(name: "CourseMathTests", dependencies: ["CourseMath"], exclude: ["Fixtures"]),
        .testTarget(name: "CourseXMLTests", dependencies: ["CourseXML"]),
        .testTarget(name: "CourseArchiveTests", dependencies: ["CourseArchive", "CourseLocalization", "CoursecTestSupport"]),
        .testTarget(name: "CourseDigestTests", dependencies: ["CourseDigest", "CoursecTestSupport"]),
        .testTarget(name: "CourseMediaTests", dependencies: ["CourseMedia", "CoursecTestSupport"]),
        .testTarget(name: "CourseSigningTests", dependencies: ["CourseSigning"]),
        // Fixture folders are read in place (found from #filePath), not bundled.
        .testTarget(name: "CourseKitTests", dependencies: ["CourseKit", "CourseArchive", "CoursecTestSupport"]),
        // swift-mustache is the reference the typed template renderer is tested against.
        .testTarget(name: "CourseRenderingTests", dependencies: [
            "CourseRendering", "CourseKit", "CoursecTestSupport", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "TargetTests", dependencies: [
            "CourseBuild", "TargetMCT", "TargetHTML", "TargetSCORM12", "TargetSyllabus", "CourseKit", "CourseArchive", "CourseXML",
            "CourseMath", "CoursecTestSupport",
        ], path: "Tests/TargetTests", exclude: ["Fixtures", "Oracle"]),
        // The output folder's one-step replacement (work folders, locks, swaps).
        .testTarget(name: "CourseBuildTests", dependencies: ["CourseBuild", "CoursecTestSupport"]),
        .testTarget(name: "CourseReleaseTests", dependencies: ["CourseRelease", "CourseBuild", "CourseKit", "CourseSigning", "CourseDigest",
                                                             "CoursecTestSupport"]),
        .testTarget(name: "CourseResultsTests", dependencies: ["CourseResults", "CourseKit", "CoursecTestSupport"],
                    exclude: ["Fixtures", "Oracle"]),
        .testTarget(name: "CourseAuthoringTests", dependencies: ["CourseAuthoring", "CourseImport", "CourseKit", "CourseMarkdown", "CoursecTestSupport"],
                    exclude: ["Oracle"]),
        .testTarget(name: "CourseIncrementalTests", dependencies: [
            "CourseIncremental", "CourseKit", "CourseBuild", "CourseRendering", "TargetHTML", "CoursecTestSupport",
        ]),
        .testTarget(name: "CoursePreviewTests", dependencies: ["CoursePreview", "CourseKit", "CoursecTestSupport"]),
        .testTarget(name: "CoursecCLITests", dependencies: ["CourseKit", "CoursecTestSupport"], exclude: ["Fixtures", "Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets for the parsers of untrusted input (Fuzz/, see
// docs/fuzzing.md). Only `make fuzz` declares them (COURSEC_FUZZ=1) and
// builds them, with -sanitize=fuzzer,address, into .build-fuzz: `swift
// build` and `make test` never see them. libFuzzer supplies `main`, hence
// -parse-as-library.
if ProcessInfo.processInfo.environment["COURSEC_FUZZ"] == "1" {
    let libFuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    func fuzzer(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
        .executableTarget(name: name, dependencies: dependencies, path: "Fuzz/Sources/\(name)", swiftSettings: libFuzzer)
    }
    package.targets += [
        // What more than one target checks: diagnostics stay inside the file.
        .target(name: "FuzzSupport", dependencies: ["CourseKit"], path: "Fuzz/Sources/FuzzSupport"),
        fuzzer("FuzzFrontMatter", ["CourseKit", "FuzzSupport"]),
        fuzzer("FuzzQuiz", ["CourseKit", "FuzzSupport"]),
        fuzzer("FuzzMarkdown", ["CourseMarkdown", "CourseMath"]),
        fuzzer("FuzzTeX", ["CourseMath"]),
        fuzzer("FuzzArchive", ["CourseArchive"]),
        fuzzer("FuzzMinisign", ["CourseSigning"]),
    ]
}
