// swift-tools-version:6.0
import PackageDescription

/// Module-wide settings, once: the whole package reads as Swift 6 with explicit existentials.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    // Linux only, so no platforms are claimed: publishing, serving and reading content call glibc
    // directly (renameat2 through CSystemShim, flock, stat, write, close, iconv).
    name: "CreditCity",
    products: [
        .executable(name: "creditcity", targets: ["creditcity"]),
        .library(name: "CreditCityKit", targets: ["CreditCityKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        /// The system libcmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        /// The system libxml2 (Debian: libxml2-dev): its push parser reads a workbook's sheets as they are
        /// inflated, so a sheet's XML is never held whole in memory.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        /// renameat2(RENAME_EXCHANGE) for the atomic swap of Output/: Swift cannot call the variadic syscall(2).
        .target(name: "CSystemShim"),
        /// The pipeline: load → validate → apply rules → plan → render → write → audit.
        .target(
            name: "CreditCityKit",
            dependencies: [
                "CCmarkGFM",
                "CSystemShim",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                // The state database (<state>/state.sqlite); links the system libsqlite3 (libsqlite3-dev).
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["EmbedResourcesPlugin"]
        ),
        /// Builds Templates/ and the example workbook into CreditCityKit (for `creditcity init`) at build
        /// time, with the tool below: no generated source in the tree.
        .plugin(name: "EmbedResourcesPlugin", capability: .buildTool(), dependencies: ["EmbedResources"]),
        .executableTarget(name: "EmbedResources", swiftSettings: swiftSettings),
        /// The thin command line: parses options and calls the library.
        .executableTarget(
            name: "creditcity",
            dependencies: [
                "CreditCityKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Helpers both test targets share (temporary folders, fixtures, rows from field codes, a raw HTTP
        /// client): a test target with no tests of its own, so there is one copy.
        .testTarget(
            name: "CreditCityTestSupport",
            dependencies: ["CreditCityKit"],
            swiftSettings: swiftSettings
        ),
        /// Unit tests: one type or stage at a time, in memory or in a temporary folder; no child process,
        /// no whole site built. `make tsan` runs them under the thread sanitizer.
        .testTarget(
            name: "CreditCityKitTests",
            dependencies: [
                "CreditCityKit",
                "CreditCityTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // Only to check that our template renderer writes what swift-mustache writes.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        /// End-to-end tests: whole builds of Tests/Fixtures and Content/ against expected output, the real
        /// `creditcity` executable, and node, python3 and headless chromium where a person's view is checked.
        .testTarget(
            name: "CreditCityEndToEndTests",
            dependencies: [
                "CreditCityKit",
                "CreditCityTestSupport",
                // They run the real executable: built before them by `swift build --build-tests`.
                "creditcity",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
