import Foundation
import LotsenModel
import LotsenSQLite

/// A table's own columns, spelled once as an enum's cases: the upsert statement is built from them, the values a
/// record writes are keyed by them, and rows are read by their names, never by position.
protocol TableColumn: RawRepresentable, CaseIterable, Hashable where RawValue == String {}

extension Row {
    // A column the statement does not have reads as NULL: a missing name is a programming error, not a crash.
    func isNull<C: TableColumn>(_ column: C) -> Bool { position(of: column.rawValue).map { isNull($0) } ?? true }
    func text<C: TableColumn>(_ column: C) -> String { position(of: column.rawValue).map { text($0) } ?? "" }
    func optionalText<C: TableColumn>(_ column: C) -> String? { isNull(column) ? nil : text(column) }
    func int64<C: TableColumn>(_ column: C) -> Int64 { position(of: column.rawValue).map { int64($0) } ?? 0 }
    func optionalInt64<C: TableColumn>(_ column: C) -> Int64? { isNull(column) ? nil : int64(column) }
    func optionalInt<C: TableColumn>(_ column: C) -> Int? { optionalInt64(column).map { Int(clamping: $0) } }
    func optionalDouble<C: TableColumn>(_ column: C) -> Double? { isNull(column) ? nil : position(of: column.rawValue).map { double($0) } }
    func bool<C: TableColumn>(_ column: C) -> Bool { int64(column) != 0 }
    func optionalBool<C: TableColumn>(_ column: C) -> Bool? { isNull(column) ? nil : bool(column) }
}

/// The columns a record's provenance is read from: the record's own, and its source's under `source_` aliases.
enum ProvenanceColumn: String, TableColumn {
    case originUrl = "origin_url", createdAt = "created_at", updatedAt = "updated_at", lastSeenAt = "last_seen_at"
    case importRunId = "import_run_id"
    case sourceUri = "source_uri", sourceTitle = "source_title", sourceFetchedAt = "source_fetched_at", sourceChecksum = "source_checksum"

    /// The source's columns under their aliases, for a `LEFT JOIN sources s`.
    static let sourceSelect = "s.uri AS source_uri, s.title AS source_title, s.fetched_at AS source_fetched_at, s.checksum AS source_checksum"

    static func provenance(_ row: Row) -> Provenance {
        let epoch = Date(timeIntervalSince1970: 0)
        return Provenance(
            source: row.optionalText(sourceUri), sourceTitle: row.optionalText(sourceTitle),
            fetchedAt: row.optionalText(sourceFetchedAt).flatMap(Timestamp.date), checksum: row.optionalText(sourceChecksum),
            originUrl: row.optionalText(originUrl),
            createdAt: Timestamp.date(row.text(createdAt)) ?? epoch,
            updatedAt: Timestamp.date(row.text(updatedAt)) ?? epoch,
            lastSeenAt: Timestamp.date(row.text(lastSeenAt)) ?? epoch,
            importRunId: row.optionalInt64(importRunId))
    }
}

/// `INSERT … ON CONFLICT(key) DO UPDATE` for a table, from its columns.
enum Upsert {
    /// `written` lists every column the statement writes; on conflict each takes the new value, except `insertOnly`
    /// ones (kept), `keepWhenNull` ones (the old value when the new is NULL) and `onUpdate` ones (set as given).
    static func sql<C: TableColumn>(
        table: String, written: [C], key: C, insertOnly: Set<C> = [], keepWhenNull: Set<C> = [], onUpdate: [C: String] = [:]
    ) -> String {
        let names = written.map(\.rawValue)
        let updates = written.filter { $0 != key && !insertOnly.contains($0) }.map { column -> String in
            if let expression = onUpdate[column] { return "\(column.rawValue) = \(expression)" }
            if keepWhenNull.contains(column) { return "\(column.rawValue) = coalesce(excluded.\(column.rawValue), \(column.rawValue))" }
            return "\(column.rawValue) = excluded.\(column.rawValue)"
        }
        return "INSERT INTO \(table)(\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", "))) "
            + "ON CONFLICT(\(key.rawValue)) DO UPDATE SET \(updates.joined(separator: ", "))"
    }

    /// The values in `written`'s order; a column with no value is written as NULL.
    static func values<C: TableColumn>(_ values: [C: any SQLBindable], in written: [C]) -> [any SQLBindable] {
        written.map { values[$0] ?? SQLValue.null }
    }
}
