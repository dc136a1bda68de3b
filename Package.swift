// swift-tools-version:6.0
import PackageDescription

// The layers, each depending only on those above it (SwiftPM refuses a cycle):
//
//   CCmark → CommonMark        libcmark behind one Swift module (CAtomicFolder: one system call)
//   RunbookCore                the vocabulary, the rules, the inputs, the command facts
//   RunbookBuilders            one builder per task: input → Runbook
//   RunbookRender              catalogs, Markdown, the HTML page, the index
//   RunbookEvidence            pastes → observations → situation → ticket reply
//   RunbookKit                 the umbrella: Pipeline, writing, batches, reports, error categories
//   privatelink-runbook        the command line: argument parsing and printing
//
// `package` access marks what only the layers above, the CLI and the tests use.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "privatelink-runbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "privatelink-runbook", targets: ["privatelink-runbook"]),
        .library(name: "RunbookKit", targets: ["RunbookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // SHA-256 for the page's Content-Security-Policy hashes.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only CommonMark imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"], swiftSettings: strict),
        // The atomic exchange of two folders (renameat2), which Swift's Glibc module lacks. Only
        // RunbookKit's writer imports it.
        .target(name: "CAtomicFolder"),
        .target(name: "RunbookCore", swiftSettings: strict),
        .target(name: "RunbookBuilders", dependencies: ["RunbookCore"], swiftSettings: strict),
        .target(
            name: "RunbookRender",
            dependencies: [
                "RunbookCore",
                "CommonMark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict,
            plugins: ["EmbedTemplates"]
        ),
        .target(name: "RunbookEvidence", dependencies: ["RunbookCore", "RunbookBuilders", "RunbookRender"], swiftSettings: strict),
        .target(
            name: "RunbookKit",
            dependencies: ["RunbookCore", "RunbookBuilders", "RunbookRender", "RunbookEvidence", "CAtomicFolder"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "privatelink-runbook",
            dependencies: [
                "RunbookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Build-time tool: turns Templates/ into Swift string literals so that the binary
        // carries its templates wherever it is copied.
        .executableTarget(name: "embed-templates"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"]
        ),
        // One test target per module; what they share (the package root, the article's example)
        // is a small target of its own.
        .target(name: "RunbookTestSupport", dependencies: ["RunbookKit"], path: "Tests/RunbookTestSupport"),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "RunbookCoreTests", dependencies: ["RunbookCore", "RunbookTestSupport"]),
        .testTarget(name: "RunbookBuildersTests", dependencies: ["RunbookBuilders", "RunbookTestSupport"]),
        .testTarget(name: "RunbookRenderTests", dependencies: ["RunbookRender", "CommonMark", "RunbookTestSupport"]),
        .testTarget(name: "RunbookEvidenceTests", dependencies: ["RunbookEvidence", "RunbookTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RunbookKitTests", dependencies: ["RunbookKit", "RunbookTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["privatelink-runbook"]),
    ]
)
