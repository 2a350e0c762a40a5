import Foundation
import LotsenImport
import LotsenStore

/// Where the database, the seed and the import profiles live, and how a first run fills an empty store.
public enum Bootstrap {
    /// `$LOTSEN_DB`, else `lotsen.db` in the working directory.
    public static var defaultDatabasePath: String {
        ProcessInfo.processInfo.environment["LOTSEN_DB"] ?? "lotsen.db"
    }

    /// `$LOTSEN_SEED`, else `seed/` in the working directory, else beside the binary (`seed/` or
    /// `../share/lotsen/seed/`, for a copied or installed binary), else the source checkout it was built from.
    public static var defaultSeedDirectory: URL {
        directory(environment: "LOTSEN_SEED", name: "seed", marker: "units.json")
    }

    /// `$LOTSEN_IMPORTERS`, else `importers/` in the working directory, else the checkout's `importers/`.
    public static var defaultImportersDirectory: URL {
        directory(environment: "LOTSEN_IMPORTERS", name: "importers", marker: nil)
    }

    private static func directory(environment: String, name: String, marker: String?) -> URL {
        if let path = ProcessInfo.processInfo.environment[environment] { return URL(fileURLWithPath: path) }
        let local = URL(fileURLWithPath: name)
        var isDirectory: ObjCBool = false
        let probe = marker.map { local.appendingPathComponent($0).path } ?? local.path
        if FileManager.default.fileExists(atPath: probe, isDirectory: &isDirectory), marker != nil || isDirectory.boolValue {
            return local
        }
        if let binary = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            for candidate in [binary.appendingPathComponent(name),
                              binary.deletingLastPathComponent().appendingPathComponent("share/lotsen/\(name)")] {
                let probe = marker.map { candidate.appendingPathComponent($0).path } ?? candidate.path
                if FileManager.default.fileExists(atPath: probe) { return candidate }
            }
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(name)
    }

    /// Fills the store with the default data (see ``DefaultData``).
    public static func seed(_ store: Store, seedDirectory: URL, importersDirectory: URL) throws -> String {
        try DefaultData.fill(store, seedDirectory: seedDirectory, importersDirectory: importersDirectory).joined(separator: "\n")
    }

    /// Opens the store at `path`; when it holds nothing yet, seeds it first. Returns the seed summary when it seeded.
    public static func openStore(path: String, seedDirectory: URL, importersDirectory: URL) throws -> (Store, String?) {
        let store = try Store(path: path)
        guard try store.isEmpty() else { return (store, nil) }
        return (store, try seed(store, seedDirectory: seedDirectory, importersDirectory: importersDirectory))
    }
}
