import Foundation
import LotsenStore

/// Where the database and the seed live, and how a first run fills an empty store.
public enum Bootstrap {
    /// `$LOTSEN_DB`, else `lotsen.db` in the working directory.
    public static var defaultDatabasePath: String {
        ProcessInfo.processInfo.environment["LOTSEN_DB"] ?? "lotsen.db"
    }

    /// `$LOTSEN_SEED`, else `seed/` in the working directory, else the `seed/` folder of the
    /// source checkout this binary was built from.
    public static var defaultSeedDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["LOTSEN_SEED"] { return URL(fileURLWithPath: path) }
        let local = URL(fileURLWithPath: "seed")
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("units.json").path) { return local }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seed")
    }

    /// Opens the store at `path`; when it holds nothing yet, seeds it from `seedDirectory` first.
    /// Returns the seed report when it seeded.
    public static func openStore(path: String, seedDirectory: URL) throws -> (Store, SeedReport?) {
        let store = try Store(path: path)
        guard try store.isEmpty() else { return (store, nil) }
        let report = try store.apply(SeedDataset.load(from: seedDirectory))
        return (store, report)
    }
}
