import Foundation
import LotsenModel
import LotsenStore

/// The stages of a CSV import run on their own, so the benchmark can say where the time goes.
/// Not part of the public API: `@_spi(Benchmarks) import LotsenImport`.
@_spi(Benchmarks)
public enum ImportPhases {
    /// Reads every row of a CSV file (decoding, checksum, field splitting); returns the number of rows.
    public static func readCSV(_ path: String) throws -> Int {
        let next = try Importer.csvStream(CSVReader(path: path, file: path))
        var rows = 0
        while try next() != nil { rows += 1 }
        return rows
    }

    /// Reads and builds every premises record (mapping, normalization, vocabulary) without writing;
    /// returns the number of records built.
    public static func buildPremises(_ path: String, store: Store) throws -> Int {
        var built = 0
        try eachPremises(path, store: store) { _, _ in built += 1 }
        return built
    }

    /// Builds every record and computes its content digest, as the store does before it writes.
    public static func buildAndDigestPremises(_ path: String, store: Store) throws -> Int {
        var built = 0
        try eachPremises(path, store: store) { premises, origin in
            _ = ContentDigest.hex(premises, extra: origin)
            built += 1
        }
        return built
    }

    /// Reads and builds each premises record of a CSV file, as an import without a profile does.
    static func eachPremises(_ path: String, store: Store, _ body: (Premises, String?) throws -> Void) throws {
        let context = BuildContext(
            profile: ImportProfile(name: "", kind: .premises), matcher: VocabularyMatcher(try store.vocabulary()),
            units: try store.units(), now: Date(), sourceURL: nil)
        let next = try Importer.csvStream(CSVReader(path: path, file: path))
        while let record = try next() {
            var builder = RecordBuilder(record, context: context)
            if let (premises, origin) = try? builder.premises() { try body(premises, origin) }
        }
    }
}

@_spi(Benchmarks)
extension ImportPhases {
    /// Builds every record first, then times only writing them in one transaction (the store's share).
    public static func writeOnly(_ path: String, store: Store) throws -> (records: Int, seconds: Double) {
        var records: [Premises] = []
        try eachPremises(path, store: store) { premises, _ in records.append(premises) }
        let clock = ContinuousClock()
        let start = clock.now
        try store.transaction { transaction in
            for premises in records { try transaction.put(premises) }
        }
        let elapsed = clock.now - start
        return (records.count, Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
    }
}
