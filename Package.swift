// swift-tools-version:6.0
import PackageDescription

// Linux only (built and tested on Debian 12 with Swift 6): the store calls Glibc (write, fsync, flock),
// fetching links the system libcurl, the REPL the system libedit. No other platform is declared because
// none is built or tested.
let package = Package(
    name: "claimcheck",
    products: [
        .executable(name: "claimcheck", targets: ["claimcheck"]),
        .executable(name: "claimcheck-merge-file", targets: ["claimcheck-merge-file"]),
        .library(name: "ClaimCore", targets: ["ClaimCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // System libraries, each with a small header of typed wrappers where C is variadic or macro-heavy.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),

        // Model, extraction and the JSON claim store. Imports nothing else of the project.
        .target(name: "ClaimCore"),
        // libcurl fetching, HTML and PDF to text, snapshots, evidence matching.
        .target(name: "SourceFetch", dependencies: ["ClaimCore", "CCurl", "CLibXML2", "CPoppler", "CZlib"]),
        // HTML report, ClaimReview JSON-LD, exports.
        .target(
            name: "ClaimReport", dependencies: ["ClaimCore", .product(name: "Mustache", package: "swift-mustache")],
            resources: []),
        // One job per command, the evidence use case and the REPL session: typed input, text out, no terminal calls.
        .target(name: "Workbench", dependencies: ["ClaimCore", "SourceFetch", "ClaimReport"]),
        // The thin executable: argument parsing and terminal I/O only.
        .executableTarget(
            name: "claimcheck",
            dependencies: [
                "Workbench", "CEditLine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // git's merge driver alone (the merge of `claimcheck merge-file`), linking only ClaimCore: git starts it
        // once per claim file changed on both sides, and the full executable's many libraries take longer to load.
        .executableTarget(name: "claimcheck-merge-file", dependencies: ["ClaimCore"]),
        // Release-mode benchmarks that print figures (never run by the test suite).
        .executableTarget(
            name: "claimcheck-bench",
            dependencies: ["ClaimCore", "SourceFetch", "ClaimReport", "Workbench", "ClaimTestSupport"]),

        // The reliability suite of crash, concurrency, corruption and hostile-input cases (scripts/reliability).
        .executableTarget(
            name: "claimcheck-stress", dependencies: ["ClaimCore", "SourceFetch", "Workbench", "ClaimTestSupport"]),
        // libFuzzer target for every untrusted input: article text, fetched bodies, evidence matching
        // (scripts/fuzz builds it with -sanitize=fuzzer).
        .executableTarget(
            name: "InputFuzz", dependencies: ["ClaimCore", "SourceFetch"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),

        // Shared test support (temporary workspaces, fixtures, the loopback server, running the built tool),
        // linked by the test targets and by the bench and stress executables.
        .target(name: "ClaimTestSupport", dependencies: ["ClaimCore"]),
        .testTarget(name: "ClaimCoreTests", dependencies: ["ClaimCore", "ClaimTestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["ClaimTestSupport"]),
        .testTarget(name: "SourceFetchTests", dependencies: ["SourceFetch", "ClaimCore", "ClaimTestSupport"]),
        .testTarget(name: "ClaimReportTests", dependencies: ["ClaimReport", "ClaimCore", "ClaimTestSupport"]),
        .testTarget(
            name: "WorkbenchTests", dependencies: ["Workbench", "ClaimCore", "SourceFetch", "ClaimTestSupport"]),
    ]
)
