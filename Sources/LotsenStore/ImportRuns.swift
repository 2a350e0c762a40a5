import Foundation
import LotsenModel
import LotsenSQLite

/// What kind of record an import writes.
public enum RecordKind: String, Sendable, Codable, CaseIterable {
    case premises, grants
}

/// One logged import: which source, when, with what checksum, and what it did.
public struct ImportRun: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case id, source, profile, kind, status, startedAt = "started_at", finishedAt = "finished_at", checksum
        case added, updated, unchanged, withdrawn, rejected, error
    }

    public var id: Int64
    public var source: String
    public var profile: String?
    public var kind: RecordKind
    /// `running` (never seen outside its transaction), `succeeded` or `failed`.
    public var status: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var checksum: String
    public var added = 0, updated = 0, unchanged = 0, withdrawn = 0, rejected = 0
    public var error: String?
}

/// The counts an import run ends with.
public struct ImportCounts: Sendable, Equatable, Codable {
    public var added = 0, updated = 0, unchanged = 0, withdrawn = 0, rejected = 0

    public init() {}

    public mutating func count(_ outcome: WriteOutcome) {
        switch outcome {
        case .added: added += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }
}

extension StoreTransaction {
    /// Logs the start of an import of `sourceId`; the records written afterwards in this transaction point at it.
    public func beginImportRun(sourceId: Int64, profile: String?, kind: RecordKind, checksum: String) throws -> Int64 {
        try database.run(
            """
            INSERT INTO import_runs(source_id, profile, kind, status, started_at, checksum)
            VALUES (?, ?, ?, 'running', ?, ?)
            """,
            [sourceId, profile, kind.rawValue, now, checksum])
        let id = database.lastInsertRowID
        importRunId = id
        return id
    }

    /// Marks withdrawn (never deletes) every record of `sourceId` that the run `runId` did not see.
    public func withdrawMissing(kind: RecordKind, sourceId: Int64, runId: Int64) throws -> Int {
        if kind == .premises { try logImportedPremises(runId: runId) }
        // The table name is one of two constants, never user input.
        try database.run(
            """
            INSERT INTO changes(at, record_type, record_id, name, change)
            SELECT ?1, ?4, id, name, 'withdrawn' FROM \(kind.rawValue)
            WHERE source_id = ?2 AND import_run_id IS NOT ?3 AND withdrawn_at IS NULL
            """,
            [now, sourceId, runId, kind == .premises ? "premises" : "grant"])
        try database.run(
            """
            UPDATE \(kind.rawValue) SET withdrawn_at = ?1, updated_at = ?1
            WHERE source_id = ?2 AND import_run_id IS NOT ?3 AND withdrawn_at IS NULL
            """,
            [now, sourceId, runId])
        let count = database.changes
        if count > 0 { markChanged() }
        return count
    }

    /// Logs what this run did to premises in one statement (a row each would cost an import of 100,000 rows seconds):
    /// rows the run wrote now are added (created now) or changed, or withdrawn when its source marks them so; records
    /// withdrawn by hand are not news again.
    func logImportedPremises(runId: Int64) throws {
        try database.run(
            """
            INSERT INTO changes(at, record_type, record_id, name, change)
            SELECT ?1, 'premises', p.id, p.name,
                   CASE WHEN p.created_at = ?1 THEN 'added' WHEN p.withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE 'changed' END
            FROM premises p
            WHERE p.import_run_id = ?2 AND p.updated_at = ?1
              AND NOT EXISTS (SELECT 1 FROM hand_fields h WHERE h.record_type = 'premises' AND h.record_id = p.id AND h.field = 'withdrawn_at')
            ORDER BY p.seq
            """,
            [now, runId])
    }

    /// Stores the run's counts and marks it succeeded.
    public func finishImportRun(_ runId: Int64, counts: ImportCounts) throws {
        try database.run(
            """
            UPDATE import_runs SET status = 'succeeded', finished_at = ?, added = ?, updated = ?, unchanged = ?,
                withdrawn = ?, rejected = ? WHERE id = ?
            """,
            [Timestamp.string(Date()), counts.added, counts.updated, counts.unchanged, counts.withdrawn, counts.rejected, runId])
    }
}

extension Store {
    /// Logs an import that failed and was rolled back, so the log shows every attempt. Writes no records.
    public func logFailedImport(
        source uri: String, profile: String?, kind: RecordKind, checksum: String, startedAt: Date, error: String
    ) throws {
        _ = try write { database in
            try database.run(
                "INSERT INTO sources(uri, title, fetched_at, checksum) VALUES (?, NULL, ?, ?) ON CONFLICT(uri) DO NOTHING",
                [uri, Timestamp.string(startedAt), checksum])
            let sourceId = try database.queryFirst("SELECT id FROM sources WHERE uri = ?", [uri]) { $0.int64(0) }!
            try database.run(
                """
                INSERT INTO import_runs(source_id, profile, kind, status, started_at, finished_at, checksum, error)
                VALUES (?, ?, ?, 'failed', ?, ?, ?, ?)
                """,
                [sourceId, profile, kind.rawValue, Timestamp.string(startedAt), Timestamp.string(Date()), checksum, error])
            return ((), false)
        }
    }

    /// The import log, newest first.
    public func importRuns(limit: Int = 50) throws -> [ImportRun] {
        try pool.read { database in
            try database.query(
                """
                SELECT r.id, s.uri, r.profile, r.kind, r.status, r.started_at, r.finished_at, r.checksum,
                    r.added, r.updated, r.unchanged, r.withdrawn, r.rejected, r.error
                FROM import_runs r JOIN sources s ON s.id = r.source_id
                ORDER BY r.id DESC LIMIT ?
                """,
                [limit]
            ) { row in
                ImportRun(
                    id: row.int64(0), source: row.text(1), profile: row.optionalText(2),
                    kind: RecordKind(rawValue: row.text(3)) ?? .premises, status: row.text(4),
                    startedAt: Timestamp.date(row.text(5)) ?? Date(timeIntervalSince1970: 0),
                    finishedAt: row.optionalText(6).flatMap(Timestamp.date), checksum: row.text(7),
                    added: row.int(8), updated: row.int(9), unchanged: row.int(10), withdrawn: row.int(11),
                    rejected: row.int(12), error: row.optionalText(13))
            }
        }
    }
}
