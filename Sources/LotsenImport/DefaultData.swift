import Foundation
import LotsenStore

/// The data a new Lotsen starts with: vocabulary and units from `seed/`, premises and grants from
/// the snapshots of the import profiles in `importers/`.
public enum DefaultData {
    /// Applies the seed, then imports every profile. Safe to repeat: unchanged records stay as they are.
    /// Returns one line per step, for the terminal.
    @discardableResult
    public static func fill(_ store: Store, seedDirectory: URL, importersDirectory: URL) throws -> [String] {
        let firstFill = try store.isEmpty()
        defer { if firstFill { try? store.forgetChanges() } }
        let seedReport = try store.apply(SeedDataset.load(from: seedDirectory))
        var lines = ["\(seedReport)"]
        if FileManager.default.fileExists(atPath: importersDirectory.path) {
            let reports = try Importer(store: store).runLocal(importersDirectory.path, options: ImportOptions())
            lines += reports.map { "\($0.source): \($0.summary)" }
        }
        return lines
    }
}
