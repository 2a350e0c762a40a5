import Foundation
import LotsenModel
import LotsenStore

/// The repository's own `seed/` folder.
let seedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seed")

/// A new store in a temporary file, filled from the real seed.
func seededStore() throws -> Store {
    let store = try Store(path: temporaryDatabasePath())
    try store.apply(SeedDataset.load(from: seedDirectory))
    return store
}

func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-store-\(UUID().uuidString).db").path
}

extension PremisesSearchResult {
    var ids: [String] { hits.map(\.premises.item.id) }
}
