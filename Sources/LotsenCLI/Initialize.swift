import ArgumentParser
import Foundation
import LotsenStore

extension LotsenCommand {
    struct Initialize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the database if needed, apply the seed and import every profile in importers/ (safe to repeat).",
            aliases: ["seed"])

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try Store(path: store.db)
            let report = try Bootstrap.seed(opened, seedDirectory: store.seedDirectory, importersDirectory: store.importersDirectory)
            print("Filled \(store.db) from \(store.seedDirectory.path) and \(store.importersDirectory.path):\n\(report)")
        }
    }
}
