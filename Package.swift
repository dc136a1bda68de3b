// swift-tools-version:6.1
import PackageDescription

// The layers, each depending only on those above it (SwiftPM refuses a cycle):
//
//   CCmark → CommonMark        libcmark behind one Swift module (CAtomicFolder: one system call)
//   RunbookCore                the vocabulary, the rules, the inputs, the command facts
//   RunbookBuilders            one builder per task: input → Runbook
//   RunbookRender              catalogs, Markdown, the HTML page, the index
//   RunbookEvidence            pastes → observations → situation → ticket reply
//   RunbookKit                 the umbrella: Pipeline, writing, batches, reports, error categories
//   RunbookServer              the HTTP service (`serve`), on RunbookKit's public API only
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
        // `serve`: the HTTP service (RunbookServer). No traits: swift-configuration is not used,
        // and leaving it out keeps every build shorter.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The service's tests drive it in process through an embedded channel (NIOEmbedded).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The service's zip of every runbook.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // The HTTP service behind `serve`: only RunbookKit's public API; nothing but the CLI depends on it.
        .target(
            name: "RunbookServer",
            dependencies: [
                "RunbookKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Hummingbird's types come through modules it re-exports (HTTPTypes, UnixSignals), which
            // MemberImportVisibility would have this target import by name.
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")],
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(
            name: "privatelink-runbook",
            dependencies: [
                "RunbookKit",
                "RunbookServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
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
        // The service in process, through an embedded channel: no socket and no HTTP client
        // library (HummingbirdTesting would build a second TLS stack and HTTP/2 for the tests).
        .testTarget(
            name: "RunbookServerTests",
            dependencies: [
                "RunbookServer", "RunbookKit", "privatelink-runbook",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
