// swift-tools-version:6.1
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "SitrepCore", targets: ["SitrepCore"]),
        .library(name: "SitrepIngest", targets: ["SitrepIngest"]),
        .library(name: "SitrepTimeSeries", targets: ["SitrepTimeSeries"]),
        .library(name: "SitrepStats", targets: ["SitrepStats"]),
        .library(name: "SitrepReport", targets: ["SitrepReport"]),
        .library(name: "SitrepStore", targets: ["SitrepStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "SitrepCore", swiftSettings: strictness),
        .target(name: "SitrepIngest", dependencies: ["SitrepCore"], swiftSettings: strictness),
        .target(name: "CMemoryHints"),
        .target(name: "SitrepTimeSeries", dependencies: ["SitrepCore", "CMemoryHints"], swiftSettings: strictness),
        .target(
            name: "SitrepStore",
            dependencies: [
                "SitrepCore", "SitrepIngest", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictness
        ),
        .target(name: "SitrepStats", dependencies: ["CGSL"], swiftSettings: strictness),
        .target(
            name: "SitrepReport",
            dependencies: ["SitrepCore", "SitrepIngest", "SitrepTimeSeries", "SitrepStats", "SitrepStore"],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore", "SitrepIngest", "SitrepTimeSeries", "SitrepStats", "SitrepReport", "SitrepStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        // Temporary files for the test targets (not a product).
        .target(name: "SitrepTestSupport", path: "Tests/SitrepTestSupport", swiftSettings: strictness),
        .testTarget(
            name: "SitrepCoreTests",
            dependencies: ["SitrepCore", .product(name: "Numerics", package: "swift-numerics")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SitrepIngestTests",
            dependencies: ["SitrepIngest", "SitrepTimeSeries", "SitrepTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SitrepStatsTests",
            dependencies: ["SitrepStats", .product(name: "Numerics", package: "swift-numerics")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SitrepReportTests",
            dependencies: ["SitrepReport", "SitrepIngest", "SitrepTimeSeries", "SitrepCore", "SitrepTestSupport"],
            exclude: ["Fixtures"],  // the script that computed the reference values
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SitrepStoreTests",
            dependencies: [
                "SitrepStore", "SitrepIngest", "SitrepCore", "SitrepReport", "SitrepTimeSeries", "SitrepTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SitrepEndToEndTests",
            dependencies: ["sitrep", "SitrepTestSupport"],
            resources: [.copy("Snapshots")],
            swiftSettings: strictness
        ),
    ]
)
