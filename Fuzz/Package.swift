// swift-tools-version:6.0
// The libFuzzer target for `diagnose`, in a package of its own so that the normal `swift build`
// and `make test` never see it: it only links with `-sanitize=fuzzer`. Built and run by `make fuzz`.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which depends on where the project was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "privatelink-runbook-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "diagnose-fuzzer",
            dependencies: ["CFuzzerDriver", .product(name: "RunbookKit", package: root.lastPathComponent.lowercased())]
        ),
    ]
)
