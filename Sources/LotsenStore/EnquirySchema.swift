import Foundation
import LotsenSQLite

/// The enquiry database's schema (see ``EnquiryStore``), as ordered migrations. Add a migration; never edit a released one.
public enum EnquirySchema {
    public static let migrator = Migrator([
        .init("enquiries, staff tokens and sessions", sql: Schema.enquiries + Schema.staffSessions + meta),
    ])

    /// What the enquiry database knows about itself: `moved_from_catalogue` once an older catalogue's enquiries were moved in.
    static let meta = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """

    /// The personal tables in the order rows can be copied (a row's references first), with their columns.
    static let tables: [(name: String, columns: String)] = [
        ("staff_tokens", "id, name, role, token_hash, created_at, revoked_at"),
        ("enquiries", """
            seq, reference, text, topic, channel, name, email, phone, association, organisation_number, status, routed_unit,
            confidence, assigned_unit, created_at, updated_at, closed_at, personal_data_erased_at
            """),
        ("enquiry_events", "id, enquiry_seq, at, actor, action, from_value, to_value, note"),
        ("staff_sessions", "session_hash, token_id, created_at, expires_at"),
    ]
}

extension EnquiryStore {
    /// Moves the enquiries, their history, staff tokens and sessions that versions before the split kept in the
    /// catalogue into this database, then drops them from the catalogue.
    ///
    /// The copy and a `moved_from_catalogue` mark commit in one transaction here, so a crash before the drop only
    /// means the next start drops (and never copies again: a session signed out since must not come back).
    func moveOut(of catalogue: Store) throws {
        guard try catalogue.holdsEnquiryTables() else { return }
        try pool.write { database in
            let moved = try database.queryFirst("SELECT 1 FROM meta WHERE key = 'moved_from_catalogue'") { $0.int(0) } != nil
            guard !moved else { return }
            try database.run("ATTACH DATABASE ? AS catalogue", [catalogue.path])
            defer { try? database.execute("DETACH DATABASE catalogue") }
            try database.transaction(.immediate) {
                for table in EnquirySchema.tables {
                    // Table and column names are this file's constants.
                    try database.execute(
                        "INSERT OR IGNORE INTO main.\(table.name)(\(table.columns)) SELECT \(table.columns) FROM catalogue.\(table.name)")
                }
                try database.run(
                    "INSERT INTO meta(key, value) VALUES ('moved_from_catalogue', ?)", [Timestamp.string(Date())])
            }
        }
        try catalogue.dropEnquiryTables()
    }
}

extension Store {
    /// Whether the catalogue still has the enquiry tables of versions before the split.
    func holdsEnquiryTables() throws -> Bool {
        try pool.read { database in
            try database.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'enquiries'") { $0.int(0) } != nil
        }
    }

    /// Drops the enquiry tables from the catalogue. Only ``EnquiryStore/moveOut(of:)`` calls it with rows in them,
    /// after their copy has committed; ``init(path:)`` calls it when they are empty.
    func dropEnquiryTables(onlyWhenEmpty: Bool = false) throws {
        guard try holdsEnquiryTables() else { return }  // read first: the usual case takes no write lock
        try pool.write { database in
            try database.transaction(.immediate) {
                guard try database.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'enquiries'", [], { $0.int(0) }) != nil
                else { return }
                if onlyWhenEmpty {
                    for table in EnquirySchema.tables {
                        guard try database.queryFirst("SELECT count(*) FROM \(table.name)", [], { $0.int(0) }) == 0 else { return }
                    }
                }
                for table in EnquirySchema.tables.reversed() { try database.execute("DROP TABLE \(table.name)") }
            }
        }
    }
}
