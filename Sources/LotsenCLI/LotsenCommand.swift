import ArgumentParser
import Foundation
import LotsenImport
import LotsenStore

/// `lotsen`: the command-line entry point.
public struct LotsenCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lotsen",
        abstract: "Lotsen – en väg in: lokaler, bidrag och kontaktvägar för föreningar i Kristianstads kommun.",
        discussion: "Start the service with `lotsen serve`. On first run it creates the database and fills it from the seed folder. Search from the terminal with `lotsen search premises scen`.",
        subcommands: [Serve.self, Initialize.self, Search.self, Import.self, Export.self, CalendarCommand.self, DeadlineCommand.self, Route.self, Token.self, Enquiries.self],
        defaultSubcommand: nil
    )

    public init() {}
}

/// Options every command that opens the store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $LOTSEN_DB or ./lotsen.db).")
    var db: String = Bootstrap.defaultDatabasePath

    @Option(name: .long, help: "Seed folder used when the database is new (default: $LOTSEN_SEED or ./seed).")
    var seed: String?

    @Option(name: .long, help: "Import profiles used when the database is new (default: $LOTSEN_IMPORTERS or ./importers).")
    var importers: String?

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
}
