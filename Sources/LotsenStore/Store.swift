import Foundation
import LotsenModel
import LotsenSQLite
import Synchronization

/// The normalized Lotsen store (the catalogue): premises, grants, units and their provenance in one SQLite file,
/// with no personal data (enquiries and staff tokens live in an ``EnquiryStore``).
///
/// ```swift
/// let store = try Store(path: "lotsen.db")
/// let hits = try store.searchPremises(PremisesQuery(text: "scen", minCapacity: 50))
/// ```
public final class Store: Sendable {
    let pool: DatabasePool
    let premisesIndex = Mutex<PremisesIndex?>(nil)

    /// Opens the database at `path`, creating it and bringing its schema up to date.
    public init(path: String) throws {
        pool = try DatabasePool(path: path)
        _ = try pool.write { database in
            try Schema.migrator.migrate(database)
        }
        // Personal data lives in the ``EnquiryStore``'s own file; a catalogue keeps the old tables only until their
        // rows have been moved there.
        try dropEnquiryTables()
    }

    public var path: String { pool.path }

    /// What the store holds now: a revision bumped by every change, and when the last change was made.
    public struct Version: Sendable, Equatable {
        public let revision: Int
        public let modifiedAt: Date
    }

    public func version() throws -> Version {
        try pool.read { try Self.version($0) }
    }

    static func version(_ database: Database) throws -> Version {
        let values = try database.query("SELECT key, value FROM meta WHERE key IN ('revision', 'modified_at')") {
            ($0.text(0), $0.text(1))
        }
        let map = Dictionary(uniqueKeysWithValues: values)
        return Version(
            revision: Int(map["revision"] ?? "") ?? 0,
            modifiedAt: Timestamp.date(map["modified_at"] ?? "") ?? Date(timeIntervalSince1970: 0)
        )
    }

    /// True when the store holds no units, premises or grants yet.
    public func isEmpty() throws -> Bool {
        try pool.read { database in
            try database.queryFirst(
                "SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM premises) + (SELECT count(*) FROM grants)"
            ) { $0.int(0) } == 0
        }
    }

    /// Counts of what the store holds, for `/healthz` and the CLI.
    public func counts() throws -> [String: Int] {
        try pool.read { database in
            var counts: [String: Int] = [:]
            for table in ["units", "premises", "grants", "sources"] {
                // Table names are our own constants, never user input.
                counts[table] = try database.queryFirst("SELECT count(*) FROM \(table)") { $0.int(0) } ?? 0
            }
            return counts
        }
    }

    /// Runs `body` in one write transaction and marks the store changed when it returns true.
    func write<T>(_ body: (Database) throws -> (result: T, changed: Bool)) throws -> T {
        let result = try pool.write { database in
            try database.transaction(.immediate) { () -> T in
                let (result, changed) = try body(database)
                if changed {
                    try database.run("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
                    try database.run("UPDATE meta SET value = ? WHERE key = 'modified_at'", [Timestamp.string(Date())])
                }
                return result
            }
        }
        return result
    }
}
