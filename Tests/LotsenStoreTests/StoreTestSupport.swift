import Foundation
import LotsenImport
import LotsenModel
import LotsenStore

/// The repository's own `seed/` folder.
let seedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seed")

/// The repository's own `importers/` folder.
let importersDirectory = seedDirectory.deletingLastPathComponent().appendingPathComponent("importers")

/// A new store in a temporary file, filled with the real default data (seed and import profiles).
func seededStore() throws -> Store {
    let store = try Store(path: temporaryDatabasePath())
    try DefaultData.fill(store, seedDirectory: seedDirectory, importersDirectory: importersDirectory)
    return store
}

/// An enquiry database beside a seeded catalogue, as `lotsen serve` opens them.
func seededEnquiryStore() throws -> (catalogue: Store, enquiries: EnquiryStore) {
    let catalogue = try seededStore()
    return (catalogue, try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: catalogue.path), catalogue: catalogue))
}

func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-store-\(UUID().uuidString).db").path
}

extension PremisesSearchResult {
    var ids: [String] { hits.map(\.premises.item.id) }
}
