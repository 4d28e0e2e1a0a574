// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per layer, each depending only on those below it:
// assay (CLI) -> AssaySite (files, output) -> AssayRender (cmark, page models) -> AssayTemplates (Mustache) and AssayCore (pure).
let package = Package(
    name: "Assay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "assay", targets: ["assay"]),
        .executable(name: "assay-synth", targets: ["assay-synth"]),
        .executable(name: "assay-warm", targets: ["assay-warm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // libyaml's event parser, read by one file of the core (Parsing/YAMLReader.swift).
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "AssayCore",
            dependencies: ["CYaml"]
        ),
        // A Mustache engine of its own: templates compiled once and bound to typed page models.
        .target(name: "AssayTemplates"),
        .target(
            name: "AssayRender",
            dependencies: ["AssayCore", "CCmark", "AssayTemplates"]
        ),
        // The one system call Glibc does not expose to Swift: renameat2's exchange, for swapping in a new report.
        .target(name: "CAssaySystem"),
        .target(
            name: "AssaySite",
            dependencies: ["AssayCore", "AssayRender", "CAssaySystem"]
        ),
        .executableTarget(
            name: "assay",
            dependencies: ["AssaySite", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["BuildInfo"]
        ),
        // Writes the commit being built into the CLI, for `assay --version`.
        .plugin(name: "BuildInfo", capability: .buildTool()),
        // Synthetic content for benchmarks and stress tests; depends on nothing.
        .executableTarget(name: "assay-synth"),
        // Times rebuilds through a build session kept in memory, as `watch` keeps it, for `make bench`.
        .executableTarget(name: "assay-warm", dependencies: ["AssaySite", "AssayCore"]),
        .testTarget(
            name: "AssayCoreTests",
            dependencies: ["AssayCore"]
        ),
        .testTarget(
            name: "AssayTemplatesTests",
            dependencies: ["AssayTemplates"]
        ),
        .testTarget(
            name: "AssayRenderTests",
            dependencies: ["AssayRender"]
        ),
        .testTarget(
            name: "AssaySiteTests",
            dependencies: ["AssaySite"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
