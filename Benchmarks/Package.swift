// swift-tools-version:6.1
import PackageDescription

// Benchmarks for Sitrep, kept out of the root package so that building Sitrep never pulls in ordo-one/benchmark.
// Run: cd Benchmarks && swift package benchmark
let package = Package(
    name: "SitrepBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Sitrep", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StatsBenchmarks",
            dependencies: [
                .product(name: "SitrepStats", package: "Sitrep"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/StatsBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "IngestBenchmarks",
            dependencies: [
                .product(name: "SitrepCore", package: "Sitrep"),
                .product(name: "SitrepIngest", package: "Sitrep"),
                .product(name: "SitrepTimeSeries", package: "Sitrep"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/IngestBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
