// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "lotsen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lotsen", targets: ["lotsen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // System C libraries, linked through pkg-config (apt: libsqlite3-dev, libxml2-dev).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // A small, safe wrapper over the SQLite C API.
        .target(name: "LotsenSQLite", dependencies: ["CSQLite"], swiftSettings: strict),
        // Domain types: premises, grants, units, contact channels, opening hours, Swedish text folding.
        .target(name: "LotsenModel", swiftSettings: strict),
        // The normalized store: schema, migrations, repositories, full-text search, seeding.
        .target(name: "LotsenStore", dependencies: ["LotsenSQLite", "LotsenModel"], swiftSettings: strict),
        // The grant calendar: Swedish deadline wording → rules → dates, working days, iCalendar.
        .target(name: "LotsenCalendar", dependencies: ["LotsenModel"], swiftSettings: strict),
        // En väg in: Swedish text analysis (stemmer, compounds, synonyms) and the enquiry router.
        .target(name: "LotsenRouting", dependencies: ["LotsenModel"], swiftSettings: strict),
        // Importers: HTML/XML (libxml2), CSV, JSON and text readers, field mapping, normalization, import runs.
        .target(name: "LotsenImport", dependencies: ["LotsenStore", "LotsenModel", "LotsenCalendar", "CLibXML2"], swiftSettings: strict),
        // En väg in as a service: answers enquiries (route, contact, direct answers from the catalogue) and validates
        // enquiries and search filters, for the API, the pages and the command line alike. Knows nothing of HTTP.
        .target(name: "LotsenGuide", dependencies: ["LotsenStore", "LotsenModel", "LotsenCalendar", "LotsenRouting"], swiftSettings: strict),
        // The HTTP query API (Hummingbird 2).
        .target(
            name: "LotsenAPI",
            dependencies: [
                "LotsenGuide", "LotsenStore", "LotsenModel", "LotsenCalendar", "LotsenRouting", "LotsenImport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        // The web pages (server-rendered HTML, Swedish first): premises, grants, calendar, contact form, staff queue.
        .target(
            name: "LotsenWeb",
            dependencies: [
                "LotsenGuide", "LotsenStore", "LotsenModel", "LotsenCalendar", "LotsenRouting",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Assets")],
            swiftSettings: strict
        ),
        // The command-line interface (serve, init, search).
        .target(
            name: "LotsenCLI",
            dependencies: [
                "LotsenAPI", "LotsenWeb", "LotsenGuide", "LotsenStore", "LotsenModel", "LotsenImport", "LotsenCalendar", "LotsenRouting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "lotsen",
            dependencies: ["LotsenCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),

        // Benchmarks: `swift run -c release lotsen-bench`.
        .executableTarget(
            name: "lotsen-bench",
            dependencies: [
                "LotsenStore", "LotsenAPI", "LotsenGuide", "LotsenModel", "LotsenImport", "LotsenSQLite", "LotsenCalendar", "LotsenRouting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Benchmarks/lotsen-bench",
            swiftSettings: strict
        ),

        .testTarget(name: "LotsenSQLiteTests", dependencies: ["LotsenSQLite"], swiftSettings: strict),
        .testTarget(name: "LotsenModelTests", dependencies: ["LotsenModel"], swiftSettings: strict),
        .testTarget(name: "LotsenRoutingTests", dependencies: ["LotsenRouting", "LotsenModel"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "LotsenCalendarTests", dependencies: ["LotsenCalendar", "LotsenModel"], swiftSettings: strict),
        .testTarget(name: "LotsenStoreTests", dependencies: ["LotsenStore", "LotsenModel", "LotsenSQLite", "LotsenImport"], swiftSettings: strict),
        .testTarget(
            name: "LotsenAPITests",
            dependencies: [
                "LotsenAPI", "LotsenGuide", "LotsenStore", "LotsenModel", "LotsenImport", "LotsenSQLite", "LotsenRouting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LotsenWebTests",
            dependencies: [
                "LotsenWeb", "LotsenAPI", "LotsenGuide", "LotsenStore", "LotsenModel", "LotsenImport", "LotsenRouting", "LotsenSQLite",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "LotsenGuideTests", dependencies: ["LotsenGuide", "LotsenStore", "LotsenModel"], swiftSettings: strict),
        .testTarget(name: "LotsenCLITests", dependencies: ["LotsenCLI", "LotsenGuide", "LotsenStore", "LotsenModel", "LotsenImport"], swiftSettings: strict),
        .testTarget(name: "LotsenImportTests", dependencies: ["LotsenImport", "LotsenStore", "LotsenModel"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
