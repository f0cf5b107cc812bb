// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parole",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ParoleKit", targets: ["ParoleKit"]),
        .executable(name: "parole", targets: ["parole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Analysis: Foundation only, no UI.
        .target(
            name: "ParoleKit",
            resources: [.copy("Resources/fr")]
        ),
        .executableTarget(
            name: "parole",
            dependencies: [
                "ParoleKit",
                "ParoleSources",
                "ParoleLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParoleKitTests", dependencies: ["ParoleKit"]),
        // Inputs from the wild: HTML pages, RSS/Atom feeds, http(s) URLs (libxml2).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ParoleSources", dependencies: ["ParoleKit", "CLibXML2"]),
        .testTarget(name: "ParoleSourcesTests", dependencies: ["ParoleSources"]),
        // The library of analysed articles: SQLite through GRDB.
        .target(
            name: "ParoleLibrary",
            dependencies: ["ParoleKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ParoleLibraryTests", dependencies: ["ParoleLibrary", "ParoleSources"]),
    ],
    swiftLanguageModes: [.v6]
)
