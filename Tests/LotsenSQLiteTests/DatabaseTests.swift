import Foundation
import LotsenSQLite
import Testing

private func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-sqlite-\(UUID().uuidString).db").path
}

@Suite struct DatabaseTests {
    @Test func valuesRoundTripThroughBoundParameters() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB)")
        let values: [(Int64, Double, String?, [UInt8])] = [
            (Int64.max, 0.1, "Föreningslokal på Åhus", [0, 1, 255]),
            (Int64.min, -2.5, "", []),
            (0, 1e300, nil, [42]),
            (7, 3, "Robert'); DROP TABLE t;--", [1]),
        ]
        for (i, d, s, b) in values {
            try database.run("INSERT INTO t VALUES (?, ?, ?, ?)", [i, d, s, b])
        }
        let rows = try database.query("SELECT i, d, s, b FROM t ORDER BY rowid") {
            ($0.int64(0), $0.double(1), $0.optionalText(2), $0.blob(3))
        }
        #expect(rows.count == 4)
        for (row, value) in zip(rows, values) {
            #expect(row.0 == value.0)
            #expect(row.1 == value.1)
            #expect(row.2 == value.2)
            #expect(row.3 == value.3)
        }
        // An empty string is stored as text, not NULL.
        #expect(try database.queryFirst("SELECT count(*) FROM t WHERE s = ''") { $0.int(0) } == 1)
        #expect(try database.queryFirst("SELECT count(*) FROM t WHERE s IS NULL") { $0.int(0) } == 1)
    }

    @Test func wrongParameterCountIsAnError() throws {
        let database = try Database(path: ":memory:")
        #expect(throws: SQLiteError.self) { try database.run("SELECT ?, ?", [1]) }
    }

    @Test func errorsCarryTheSQLThatFailed() throws {
        let database = try Database(path: ":memory:")
        do {
            try database.run("SELECT * FROM missing_table")
            Issue.record("expected an error")
        } catch let error as SQLiteError {
            #expect(error.sql == "SELECT * FROM missing_table")
            #expect(error.message.contains("missing_table"))
        }
    }

    @Test func failedTransactionRollsBackEverything() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)")
        try database.run("INSERT INTO t VALUES (1)")
        #expect(throws: SQLiteError.self) {
            try database.transaction {
                try database.run("INSERT INTO t VALUES (2)")
                try database.run("INSERT INTO t VALUES (1)")  // violates UNIQUE
            }
        }
        #expect(try database.query("SELECT v FROM t") { $0.int(0) } == [1])
    }

    @Test func constraintViolationsAreRecognised() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (v INTEGER NOT NULL)")
        do {
            try database.run("INSERT INTO t VALUES (NULL)")
            Issue.record("expected a constraint error")
        } catch let error as SQLiteError {
            #expect(error.isConstraintViolation)
        }
    }

    @Test func fileDatabasesUseWALAndForeignKeys() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try Database(path: path)
        #expect(try database.queryFirst("PRAGMA journal_mode") { $0.text(0) } == "wal")
        #expect(try database.queryFirst("PRAGMA foreign_keys") { $0.int(0) } == 1)
    }

    @Test func migrationsRunOnceInOrderFromAnEmptyFile() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let migrator = Migrator([
            .init("a", sql: "CREATE TABLE a (x INTEGER)"),
            .init("b", sql: "ALTER TABLE a ADD COLUMN y TEXT"),
        ])
        let database = try Database(path: path)
        #expect(try migrator.migrate(database) == ["a", "b"])
        #expect(try database.userVersion() == 2)
        #expect(try migrator.migrate(database) == [])
        try database.run("INSERT INTO a (x, y) VALUES (1, 'ok')")
    }

    @Test func failedMigrationLeavesTheVersionAsItWas() throws {
        let database = try Database(path: ":memory:")
        let migrator = Migrator([
            .init("good", sql: "CREATE TABLE a (x INTEGER)"),
            .init("bad", sql: "CREATE TABLE b (x INTEGER); CREATE TABLE a (x INTEGER)"),
        ])
        #expect(throws: SQLiteError.self) { try migrator.migrate(database) }
        #expect(try database.userVersion() == 1)
        #expect(try database.queryFirst("SELECT count(*) FROM sqlite_master WHERE name = 'b'") { $0.int(0) } == 0)
    }

    @Test func newerSchemaThanKnownIsRefused() throws {
        let database = try Database(path: ":memory:")
        try database.execute("PRAGMA user_version = 9")
        #expect(throws: SQLiteError.self) { try Migrator([.init("a", sql: "SELECT 1")]).migrate(database) }
    }

    @Test func poolReadersSeeCommittedWrites() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pool = try DatabasePool(path: path)
        try pool.write { try $0.execute("CREATE TABLE t (v INTEGER)") }
        try pool.write { try $0.run("INSERT INTO t VALUES (?)", [5]) }
        #expect(try pool.read { try $0.queryFirst("SELECT sum(v) FROM t") { $0.int(0) } } == 5)
    }
}
