/// Brings a database's schema up to date with named, ordered migrations.
///
/// The applied version is kept in `PRAGMA user_version`; each migration runs in its own
/// transaction together with the version bump, so a failed migration leaves the file as it was.
public struct Migrator: Sendable {
    /// One schema step.
    public struct Migration: Sendable {
        public let name: String
        public let sql: String

        public init(_ name: String, sql: String) {
            self.name = name
            self.sql = sql
        }
    }

    public let migrations: [Migration]

    public init(_ migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The version a fully migrated database has.
    public var latestVersion: Int { migrations.count }

    /// Applies every migration the database has not seen yet. Returns the names applied.
    @discardableResult
    public func migrate(_ database: Database) throws -> [String] {
        let current = try database.userVersion()
        guard current <= latestVersion else {
            throw SQLiteError(
                code: 1,
                message: "database schema version \(current) is newer than this program knows (\(latestVersion))"
            )
        }
        var applied: [String] = []
        for (offset, migration) in migrations.enumerated().dropFirst(current) {
            try database.transaction {
                try database.execute(migration.sql)
                // user_version takes no bound parameter; the value is our own integer.
                try database.execute("PRAGMA user_version = \(offset + 1)")
            }
            applied.append(migration.name)
        }
        return applied
    }
}
