import Foundation
import LotsenModel
import LotsenSQLite

/// One change to the catalogue, as the Atom feed and the newsletter tell it: a grant added, a deadline moved,
/// premises withdrawn, an årshjul event entered.
public struct CatalogueChange: Sendable, Equatable {
    public enum Record: String, Sendable, CaseIterable { case premises, grant, event }
    public enum Kind: String, Sendable, CaseIterable { case added, changed, deadlineMoved = "deadline_moved", withdrawn }

    public var id: Int64
    public var at: Date
    public var record: Record
    public var recordId: String
    /// The record's name when it changed.
    public var name: String
    public var kind: Kind
    /// What moved, e.g. the new deadline wording.
    public var detail: String?
}

/// Which changes to list: a period, record types, and the calendar's filters (a grant's applicant, category, unit;
/// with `applicant` or `category` only grants are listed).
public struct ChangeQuery: Sendable {
    public var since: Date?
    public var until: Date?
    public var records: Set<CatalogueChange.Record> = []
    public var applicant: String?
    public var category: String?
    public var unit: String?
    public var limit = 50

    public init(since: Date? = nil, until: Date? = nil, records: Set<CatalogueChange.Record> = [], applicant: String? = nil,
                category: String? = nil, unit: String? = nil, limit: Int = 50) {
        self.since = since
        self.until = until
        self.records = records
        self.applicant = applicant
        self.category = category
        self.unit = unit
        self.limit = limit
    }
}

extension StoreTransaction {
    /// Notes a change for the feed. Writes of the store's first fill are not logged (see ``Store/forgetChanges()``).
    func logChange(_ record: CatalogueChange.Record, id: String, name: String, change: CatalogueChange.Kind, detail: String? = nil) throws {
        try database.run(
            "INSERT INTO changes(at, record_type, record_id, name, change, detail) VALUES (?, ?, ?, ?, ?, ?)",
            [now, record.rawValue, id, name, change.rawValue, detail])
    }
}

extension Store {
    /// The changes matching `query`, newest first.
    public func changes(_ query: ChangeQuery) throws -> [CatalogueChange] {
        var conditions: [String] = []
        var values: [any SQLBindable] = []
        if let since = query.since { conditions.append("c.at >= ?"); values.append(Timestamp.string(since)) }
        if let until = query.until { conditions.append("c.at < ?"); values.append(Timestamp.string(until)) }
        if !query.records.isEmpty {
            let types = query.records.map(\.rawValue).sorted()
            conditions.append("c.record_type IN (\(types.map { _ in "?" }.joined(separator: ", ")))")
            values += types as [any SQLBindable]
        }
        if let unit = query.unit {
            conditions.append("""
                coalesce((SELECT owner_unit_id FROM premises WHERE id = c.record_id AND c.record_type = 'premises'),
                         (SELECT owner_unit_id FROM grants WHERE id = c.record_id AND c.record_type = 'grant'),
                         (SELECT unit_id FROM calendar_events WHERE id = c.record_id AND c.record_type = 'event')) = ?
                """)
            values.append(unit)
        }
        for (table, column, code) in [("grant_applicants", "applicant", query.applicant), ("grant_category_links", "category", query.category)] {
            guard let code else { continue }
            // Table and column names are constants of this function, never input.
            conditions.append("""
                c.record_type = 'grant' AND EXISTS (SELECT 1 FROM \(table) l JOIN grants g ON g.seq = l.grant_seq
                                                    WHERE g.id = c.record_id AND l.\(column) = ?)
                """)
            values.append(code)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        values.append(max(0, min(query.limit, 1000)))
        return try pool.read { database in
            try database.query(
                "SELECT c.id, c.at, c.record_type, c.record_id, c.name, c.change, c.detail FROM changes c \(filter) ORDER BY c.id DESC LIMIT ?",
                values
            ) { row in
                CatalogueChange(
                    id: row.int64(0), at: Timestamp.date(row.text(1)) ?? Date(timeIntervalSince1970: 0),
                    record: CatalogueChange.Record(rawValue: row.text(2)) ?? .premises, recordId: row.text(3), name: row.text(4),
                    kind: CatalogueChange.Kind(rawValue: row.text(5)) ?? .changed, detail: row.optionalText(6))
            }
        }
    }

    /// Empties the change log: the store's first fill is where the catalogue starts, not news.
    public func forgetChanges() throws {
        _ = try write { database in
            try database.run("DELETE FROM changes")
            return ((), false)
        }
    }
}
