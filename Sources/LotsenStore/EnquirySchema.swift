import Foundation
import LotsenSQLite

/// The enquiry database's schema (see ``EnquiryStore``), as ordered migrations. Add a migration; never edit a released one.
public enum EnquirySchema {
    public static let migrator = Migrator([
        .init("enquiries, staff tokens and sessions", sql: Schema.enquiries + Schema.staffSessions + meta),
        .init("where an enquiry is about (Open311 location and media)", sql: location),
        .init("the editor role", sql: editorRole),
    ])

    /// Staff tokens may also be `editor` (may change the catalogue). SQLite cannot widen a CHECK in place, so the table
    /// is rebuilt; open staff page sessions end with it (staff sign in again).
    static let editorRole = """
    CREATE TABLE staff_tokens_new (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('staff', 'editor', 'admin')),
        token_hash  TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL,
        revoked_at  TEXT
    ) WITHOUT ROWID;
    INSERT INTO staff_tokens_new(id, name, role, token_hash, created_at, revoked_at)
        SELECT id, name, role, token_hash, created_at, revoked_at FROM staff_tokens;
    DELETE FROM staff_sessions;
    DROP TABLE staff_tokens;
    ALTER TABLE staff_tokens_new RENAME TO staff_tokens;
    """

    /// A position, an address and a picture's link, as Open311 requests carry them; erased with the personal data.
    static let location = """
    ALTER TABLE enquiries ADD COLUMN latitude REAL;
    ALTER TABLE enquiries ADD COLUMN longitude REAL;
    ALTER TABLE enquiries ADD COLUMN address TEXT;
    ALTER TABLE enquiries ADD COLUMN media_url TEXT;
    """

    /// What the enquiry database knows about itself: `moved_from_catalogue` once an older catalogue's enquiries were moved in.
    static let meta = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """

    /// The personal tables that move out of an older catalogue, in the order rows can be copied (a row's references
    /// first), with their key and columns. Staff page sessions are not moved: staff sign in once more.
    static let tables: [(name: String, key: String, columns: [String])] = [
        ("staff_tokens", "id", ["id", "name", "role", "token_hash", "created_at", "revoked_at"]),
        ("enquiries", "seq", [
            "seq", "reference", "text", "topic", "channel", "name", "email", "phone", "association", "organisation_number", "status",
            "routed_unit", "confidence", "assigned_unit", "created_at", "updated_at", "closed_at", "personal_data_erased_at",
        ]),
        ("enquiry_events", "id", ["id", "enquiry_seq", "at", "actor", "action", "from_value", "to_value", "note"]),
    ]

    /// Every personal table an older catalogue may hold, sessions included, in the order they can be dropped.
    static let catalogueTables = ["staff_sessions", "enquiry_events", "enquiries", "staff_tokens"]
}

extension EnquiryStore {
    /// Moves the enquiries, their history and staff tokens that versions before the split kept in the catalogue into
    /// this database, then drops them (and the staff sessions) from the catalogue.
    ///
    /// Safe to stop at any point and to run again: the copy adds only the rows this file lacks, in one transaction,
    /// and refuses (changing nothing) when a row with the same key differs here, so two different enquiries can never
    /// be merged. The drop runs under the catalogue's write lock and only when every row is here; otherwise, or when
    /// the catalogue is busy (an import), the old tables stay until the next start.
    func moveOut(of catalogue: Store) throws {
        guard try catalogue.holdsEnquiryTables() else { return }
        let rows = try catalogue.enquiryRows()
        try pool.write { database in
            try database.transaction(.immediate) {
                for table in EnquirySchema.tables {
                    try copy(rows[table.name] ?? [], into: table, database)
                }
            }
        }
        try catalogue.dropEnquiryTables(keeping: { table, keyColumn, key in
            try self.pool.read { database in
                try database.queryFirst("SELECT 1 FROM \(table) WHERE \(keyColumn) = ?", [key], { $0.int(0) }) != nil
            }
        })
    }

    /// Inserts the rows this file lacks; a row whose key is here with other values stops the move.
    private func copy(_ rows: [[SQLValue]], into table: (name: String, key: String, columns: [String]), _ database: Database) throws {
        let columns = table.columns.joined(separator: ", ")
        let placeholders = table.columns.map { _ in "?" }.joined(separator: ", ")
        for row in rows {
            // Names are this file's constants; values are bound.
            if let existing = try database.queryFirst("SELECT \(columns) FROM \(table.name) WHERE \(table.key) = ?", [row[0]], { stored in
                (0..<table.columns.count).map { stored.value($0) }
            }) {
                guard existing == row else {
                    throw StoreError("""
                        cannot move \(table.name) \(table.key) \(row[0]) out of the catalogue: the enquiry database already holds a \
                        different row with that key; nothing was moved (move the catalogue's enquiries by hand, or start with an empty enquiry database)
                        """)
                }
                continue
            }
            try database.run("INSERT INTO \(table.name)(\(columns)) VALUES (\(placeholders))", row)
        }
    }
}

extension Store {
    /// Whether the catalogue still has the enquiry tables of versions before the split.
    func holdsEnquiryTables() throws -> Bool {
        try pool.read { database in
            try database.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'enquiries'", [], { $0.int(0) }) != nil
        }
    }

    /// The rows of the old enquiry tables, by table, each in ``EnquirySchema/tables``' column order.
    func enquiryRows() throws -> [String: [[SQLValue]]] {
        try pool.read { database in
            var rows: [String: [[SQLValue]]] = [:]
            for table in EnquirySchema.tables {
                rows[table.name] = try database.query("SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name) ORDER BY \(table.key)") { row in
                    (0..<table.columns.count).map { row.value($0) }
                }
            }
            return rows
        }
    }

    /// Drops the old enquiry tables from the catalogue when every row is kept elsewhere (`keeping(table, key)`), or,
    /// without `keeping`, only when they are empty. Runs under the catalogue's write lock, so no row can arrive between
    /// the check and the drop; freed pages are overwritten (`secure_delete`) and the write-ahead log truncated, so the
    /// file holds no trace of the personal data. When the catalogue is busy (an import), it is left for the next start.
    func dropEnquiryTables(keeping: ((_ table: String, _ keyColumn: String, _ key: SQLValue) throws -> Bool)? = nil) throws {
        guard try holdsEnquiryTables() else { return }  // read first: the usual case takes no write lock
        do {
            try pool.write { database in
                try database.execute("PRAGMA secure_delete = ON")
                defer { try? database.execute("PRAGMA secure_delete = OFF") }
                let dropped = try database.transaction(.immediate) { () -> Bool in
                    guard try database.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'enquiries'", [], { $0.int(0) }) != nil
                    else { return false }
                    for table in EnquirySchema.tables {
                        let keys = try database.query("SELECT \(table.key) FROM \(table.name)") { $0.value(0) }
                        if let keeping {
                            guard try keys.allSatisfy({ try keeping(table.name, table.key, $0) }) else { return false }
                        } else if !keys.isEmpty {
                            return false
                        }
                    }
                    for table in EnquirySchema.catalogueTables { try database.execute("DROP TABLE IF EXISTS \(table)") }
                    return true
                }
                if dropped { try database.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
            }
        } catch let error as SQLiteError where error.isBusy {
            return
        }
    }
}
