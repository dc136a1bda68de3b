// swift-tools-version:6.0
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
        .executableTarget(
            name: "privatelink-runbook",
            dependencies: [
                "RunbookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
    ]
)
