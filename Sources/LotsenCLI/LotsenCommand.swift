import ArgumentParser
import Foundation
import LotsenImport
import LotsenStore

/// `lotsen`: the command-line entry point.
public struct LotsenCommand: AsyncParsableCommand {
    /// The release, for `lotsen --version`.
    public static let version = "0.9.0"

    public static let configuration = CommandConfiguration(
        commandName: "lotsen",
        abstract: "Lotsen – en väg in: lokaler, bidrag och kontaktvägar för föreningar i Kristianstads kommun.",
        discussion: "Start the service with `lotsen serve`. On first run it creates the database and fills it from the seed folder. Search from the terminal with `lotsen search premises scen`.",
        version: Self.version,
        subcommands: [Serve.self, Initialize.self, Search.self, Import.self, Export.self, CalendarCommand.self, DeadlineCommand.self, Route.self, Token.self, Enquiries.self, Newsletter.self],
        defaultSubcommand: nil
    )

    public init() {}
}

/// Options every command that opens the store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (default: $LOTSEN_DB or ./lotsen.db).")
    var dbOption: String?

    /// The catalogue file: `--db`, else `$LOTSEN_DB`, else `./lotsen.db` (one default, said once in the help).
    var db: String { dbOption ?? Bootstrap.defaultDatabasePath }

    @Option(name: .long, help: "Seed folder used when the database is new (default: $LOTSEN_SEED or ./seed).")
    var seed: String?

    @Option(name: .long, help: "Import profiles used when the database is new (default: $LOTSEN_IMPORTERS or ./importers).")
    var importers: String?

    @Option(name: .customLong("enquiries-db"), help: "SQLite file for enquiries, staff tokens and sessions, kept apart from the catalogue (default: $LOTSEN_ENQUIRIES_DB or the catalogue's name with -enquiries, e.g. ./lotsen-enquiries.db).")
    var enquiriesDB: String?

    var enquiriesPath: String {
        enquiriesDB ?? ProcessInfo.processInfo.environment["LOTSEN_ENQUIRIES_DB"] ?? EnquiryStore.defaultPath(besideCatalogue: db)
    }

    var seedDirectory: URL { seed.map { URL(fileURLWithPath: $0) } ?? Bootstrap.defaultSeedDirectory }
    var importersDirectory: URL { importers.map { URL(fileURLWithPath: $0) } ?? Bootstrap.defaultImportersDirectory }

    /// Opens the store, seeding a new one, and says so on standard error.
    func open() throws -> Store {
        let (store, report) = try Bootstrap.openStore(path: db, seedDirectory: seedDirectory, importersDirectory: importersDirectory)
        if let report {
            FileHandle.standardError.write(Data("Created \(db) and filled it from \(seedDirectory.path) and \(importersDirectory.path):\n\(report)\n".utf8))
        }
        return store
    }

    /// Opens the catalogue (seeding a new one) and the enquiry database beside it, moving any enquiries an older
    /// version kept in the catalogue.
    func openWithEnquiries() throws -> (Store, EnquiryStore) {
        let catalogue = try open()
        return (catalogue, try EnquiryStore(path: enquiriesPath, catalogue: catalogue))
    }
}
