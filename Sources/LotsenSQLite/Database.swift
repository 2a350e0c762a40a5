import CSQLite

/// One SQLite connection.
///
/// A `Database` is used by one thread at a time (it is opened with `SQLITE_OPEN_NOMUTEX`);
/// share connections between tasks through a ``DatabasePool``. Statements are prepared once and
/// cached per SQL text, and every value reaches SQLite as a bound parameter.
public final class Database: @unchecked Sendable {
    /// How a connection is opened.
    public enum Mode: Sendable {
        case readWrite
        case readOnly
    }

    /// The file the connection is open on (`:memory:` for an in-memory database).
    public let path: String
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]

    /// Opens (and with `.readWrite`, creates) the database at `path`, in WAL mode with foreign keys on.
    ///
    /// - Parameter busyTimeout: how long a statement waits for another connection's lock, in
    ///   milliseconds, before failing with `SQLITE_BUSY` (<https://www.sqlite.org/c3ref/busy_timeout.html>).
    public init(path: String, mode: Mode = .readWrite, busyTimeout: Int32 = 5_000) throws {
        var handle: OpaquePointer?
        let flags: Int32 = switch mode {
        case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        case .readOnly: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        }
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: "cannot open \(path): \(message)")
        }
        self.path = path
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeout)
        do {
            if mode == .readWrite {
                // WAL lets readers run while one writer commits. synchronous=FULL keeps the last
                // commit across a power loss: enquiries and imports are rare writes, so the extra
                // fsync per commit costs nothing that matters.
                try execute("PRAGMA journal_mode = WAL")
                try execute("PRAGMA synchronous = FULL")
            }
            try execute("PRAGMA foreign_keys = ON")
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that take no parameters (schema changes, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteError(code: code, message: text, sql: sql)
        }
    }

    /// Returns the cached prepared statement for `sql`, preparing it on first use.
    public func statement(_ sql: String) throws -> Statement {
        if let statement = cache[sql] { return statement }
        let statement = try Statement(connection: handle, sql: sql, persistent: true)
        cache[sql] = statement
        return statement
    }

    /// Runs a statement that returns no rows, with bound parameters.
    public func run(_ sql: String, _ parameters: [any SQLBindable] = []) throws {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// Runs a query and maps every row with `transform`.
    public func query<T>(
        _ sql: String, _ parameters: [any SQLBindable] = [], _ transform: (Row) throws -> T
    ) throws -> [T] {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        var rows: [T] = []
        let row = Row(statement: statement)
        while try statement.step() {
            rows.append(try transform(row))
        }
        return rows
    }

    /// Runs a query and calls `body` for each row, without collecting them.
    public func forEach(
        _ sql: String, _ parameters: [any SQLBindable] = [], _ body: (Row) throws -> Void
    ) throws {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        let row = Row(statement: statement)
        while try statement.step() {
            try body(row)
        }
    }

    /// Runs a query and maps its first row, or returns nil when there is none.
    public func queryFirst<T>(
        _ sql: String, _ parameters: [any SQLBindable] = [], _ transform: (Row) throws -> T
    ) throws -> T? {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return try transform(Row(statement: statement))
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the last INSERT, UPDATE or DELETE changed.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// `PRAGMA user_version`, the schema version the migrations keep.
    public func userVersion() throws -> Int {
        try queryFirst("PRAGMA user_version") { $0.int(0) } ?? 0
    }

    /// How a transaction takes its locks (<https://www.sqlite.org/lang_transaction.html>).
    public enum TransactionKind: String, Sendable {
        /// Takes the write lock at once, so concurrent writers wait in `busy_timeout` instead of failing.
        case immediate = "BEGIN IMMEDIATE"
        /// Reads see one consistent snapshot until the end.
        case deferred = "BEGIN DEFERRED"
    }

    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute(kind.rawValue)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}
