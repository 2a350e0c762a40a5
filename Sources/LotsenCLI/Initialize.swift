import ArgumentParser
import Foundation
import LotsenStore

extension LotsenCommand {
    struct Initialize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the database if needed and apply the seed (safe to repeat: unchanged records stay).",
            aliases: ["seed"])

        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try Store(path: store.db)
            let report = try opened.apply(SeedDataset.load(from: store.seedDirectory))
            print("Seeded \(store.db) from \(store.seedDirectory.path):\n\(report)")
        }
    }
}
