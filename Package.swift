// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parole",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ParoleKit", targets: ["ParoleKit"]),
        .executable(name: "parole", targets: ["parole"]),
        .executable(name: "parole-train", targets: ["parole-train"]),
        .library(name: "ParoleTraining", targets: ["ParoleTraining"]),
        .library(name: "ParoleReader", targets: ["ParoleReader"]),
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
                "ParoleReader",
                "ParoleTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .target(name: "CLazyCurl", condition: .when(platforms: [.linux])),
            ],
            // Release on Linux: Swift's runtime and Foundation linked into the binary, so that each
            // start does not bind the symbols of fifteen shared libraries, and libcurl (with its
            // 29 libraries) loaded only when a URL is fetched (CLazyCurl): together 40 % of the CPU
            // time of `parole analyze` (docs/performance.md).
            swiftSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-Xfrontend", "-disable-autolink-library", "-Xfrontend", "curl"],
                    .when(platforms: [.linux], configuration: .release))
            ],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
                // Debug: the CLazyCurl functions stand in front of the dynamic Foundation's libcurl, so
                // the tests that fetch through `parole` go through them too.
                .unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux], configuration: .debug)),
            ]
        ),
        // libcurl loaded on first use, for `parole` (see lazy_curl.c).
        // DWARF 4, as the Swift objects: valgrind (scripts/bench-startup --instructions) reads no DWARF 5.
        .target(name: "CLazyCurl", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // Training, corpus readers and evaluation of the entity model; not linked into `parole`.
        .target(name: "ParoleTraining", dependencies: ["ParoleKit"]),
        // Rebuilds and evaluates the French entity model (issue 4).
        .executableTarget(
            name: "parole-train",
            dependencies: [
                "ParoleKit",
                "ParoleTraining",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures are read from the source tree by path (#filePath), not bundled.
        .testTarget(name: "ParoleKitTests", dependencies: ["ParoleKit"], exclude: ["Fixtures"]),
        .testTarget(name: "ParoleTrainingTests", dependencies: ["ParoleTraining", "ParoleKit", "parole-train"]),
        // Runs the built `parole` executable as a process; depending on it makes `swift test` build it.
        .testTarget(name: "ParoleCLITests", dependencies: ["ParoleKit", "parole", "ParoleTestSupport", "ParoleLibrary"]),
        // The reader: state, keys, layout and rendering into a grid of cells; no curses.
        .target(name: "ParoleReader", dependencies: ["ParoleKit"]),
        // ncursesw, the system library (Debian: libncursesw5-dev); no pkgConfig on purpose.
        .systemLibrary(
            name: "CNcursesw", path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal layer: draws a reader grid with ncursesw and reads keys.
        .target(name: "ParoleTerminal", dependencies: ["ParoleReader", "CNcursesw"]),
        .testTarget(
            name: "ParoleReaderTests",
            dependencies: ["ParoleReader", "ParoleTerminal", "ParoleKit", "CNcursesw", "ParoleTestSupport"]
        ),
        // Inputs from the wild: HTML pages, RSS/Atom feeds, http(s) URLs (libxml2).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ParoleSources", dependencies: ["ParoleKit", "CLibXML2"],
            resources: [.copy("Resources/stopwords"), .copy("Resources/boilerplate"), .copy("Resources/author-prefixes.txt")],
            // Release: no link to libcurl itself; `parole` loads it on first use (CLazyCurl).
            swiftSettings: [
                .unsafeFlags(
                    ["-Xfrontend", "-disable-autolink-library", "-Xfrontend", "curl"],
                    .when(platforms: [.linux], configuration: .release))
            ]),
        .testTarget(name: "ParoleSourcesTests", dependencies: ["ParoleSources", "ParoleTestSupport"]),
        // The library of analysed articles: SQLite through GRDB.
        .target(
            name: "ParoleLibrary",
            dependencies: ["ParoleKit", "ParoleSources", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ParoleLibraryTests", dependencies: ["ParoleLibrary", "ParoleSources", "ParoleTestSupport"]),
        // Test helpers shared by test targets: a loopback feed server.
        .target(name: "ParoleTestSupport", path: "Tests/ParoleTestSupport"),
    ],
    swiftLanguageModes: [.v6]
)
