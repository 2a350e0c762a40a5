import Synchronization

/// A set of connections to one database file, lent out one task at a time.
///
/// Readers each get a connection of their own, so concurrent requests never share a
/// prepared statement. Writes go through a single writer connection.
public final class DatabasePool: Sendable {
    public let path: String
    private let idle: Mutex<[Database]>
    private let writer: Mutex<Database>

    /// Opens the writer connection now; reader connections are opened when first needed.
    public init(path: String) throws {
        self.path = path
        self.writer = Mutex(try Database(path: path))
        self.idle = Mutex([])
    }

    /// Runs `body` with a reader connection of its own.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        let database = try idle.withLock { $0.popLast() } ?? Database(path: path, mode: .readOnly)
        defer { idle.withLock { $0.append(database) } }
        return try database.transaction(.deferred) { try body(database) }
    }

    /// Runs `body` on the writer connection, one writer at a time.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.withLock { database in try body(database) }
    }
}
