// swift-tools-version:6.1
import PackageDescription

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
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(
            name: "RunbookKit",
            dependencies: [
                "CommonMark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedTemplates"]
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
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(
            name: "privatelink-runbook",
            dependencies: [
                "RunbookKit",
                "RunbookServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Build-time tool: turns Templates/ into Swift string literals so that the binary
        // carries its templates wherever it is copied.
        .executableTarget(name: "embed-templates"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"]
        ),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "RunbookKitTests", dependencies: ["RunbookKit", "CommonMark"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["privatelink-runbook"]),
        .testTarget(
            name: "RunbookServerTests",
            dependencies: [
                "RunbookServer", "RunbookKit", "privatelink-runbook",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
