import Foundation
@testable import LotsenStore
import LotsenSQLite
import Testing

/// The column enums are the one place the premises and grants tables' columns are spelled: they must be exactly
/// the tables' columns, so the upsert writes every one and a read never asks for one that is not there.
@Suite struct TableColumnsTests {
    func columns(_ table: String) throws -> Set<String> {
        let store = try Store(path: temporaryDatabasePath())
        return try store.pool.read { database in
            Set(try database.query("SELECT name FROM pragma_table_info(?)", [table]) { $0.text(0) })
        }
    }

    @Test func premisesColumnsAreTheTablesColumns() throws {
        #expect(Set(PremisesColumn.allCases.map(\.rawValue)) == (try columns("premises")))
    }

    @Test func grantColumnsAreTheTablesColumns() throws {
        #expect(Set(GrantColumn.allCases.map(\.rawValue)) == (try columns("grants")))
    }

    @Test func theUpsertWritesEveryColumnButSeqAndKeepsTheCreationTime() {
        let sql = PremisesColumn.upsertSQL
        #expect(PremisesColumn.written.allSatisfy { sql.contains($0.rawValue) } && !sql.contains("seq"))
        #expect(!sql.contains("created_at = excluded.created_at"))
        #expect(sql.contains("source_id = coalesce(excluded.source_id, source_id)"))
    }
}
