import LotsenModel
import LotsenSQLite

/// A search for grants. Every filter that is set must match.
public struct GrantQuery: Sendable, Equatable {
    public var text: String?
    /// An `applicant` code: who may apply.
    public var applicant: String?
    /// A `grant_category` code: what the grant can be used for.
    public var category: String?
    /// A unit id: who owns the grant.
    public var unit: String?
    public var limit: Int
    public var offset: Int

    public init(text: String? = nil, applicant: String? = nil, category: String? = nil, unit: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.text = text
        self.applicant = applicant
        self.category = category
        self.unit = unit
        self.limit = limit
        self.offset = offset
    }
}

public struct GrantSearchResult: Sendable {
    public let total: Int
    public let grants: [Stored<Grant>]
}

extension Store {
    /// Finds grants matching `query`, best text match first (by name when there is no text).
    public func searchGrants(_ query: GrantQuery) throws -> GrantSearchResult {
        try pool.read { database in
            try validate(query, database)
            let words = SwedishText.words(query.text ?? "")
            let filters = """
                g.withdrawn_at IS NULL
                AND (?1 IS NULL OR EXISTS (SELECT 1 FROM grant_applicants a WHERE a.grant_seq = g.seq AND a.applicant = ?1))
                AND (?2 IS NULL OR EXISTS (SELECT 1 FROM grant_category_links c WHERE c.grant_seq = g.seq AND c.category = ?2))
                AND (?3 IS NULL OR g.owner_unit_id = ?3)
                """
            var parameters: [any SQLBindable] = [query.applicant, query.category, query.unit]
            let total: Int
            let seqs: [Int64]
            if words.isEmpty {
                total = try database.queryFirst("SELECT count(*) FROM grants g WHERE \(filters)", parameters) { $0.int(0) } ?? 0
                seqs = try database.query(
                    "SELECT g.seq FROM grants g WHERE \(filters) ORDER BY g.name COLLATE NOCASE, g.seq LIMIT ?4 OFFSET ?5",
                    parameters + [query.limit, query.offset]) { $0.int64(0) }
            } else {
                parameters.append(PremisesSearchPlan.ftsExpression(words))
                let from = "grants_fts f JOIN grants g ON g.seq = f.rowid WHERE grants_fts MATCH ?4 AND \(filters)"
                total = try database.queryFirst("SELECT count(*) FROM \(from)", parameters) { $0.int(0) } ?? 0
                seqs = try database.query(
                    "SELECT g.seq FROM \(from) ORDER BY bm25(grants_fts, 10.0, 4.0, 1.0, 2.0, 1.0, 1.0), g.name LIMIT ?5 OFFSET ?6",
                    parameters + [query.limit, query.offset]) { $0.int64(0) }
            }
            return GrantSearchResult(total: total, grants: try Reader(database: database).grants(seqs: seqs))
        }
    }

    private func validate(_ query: GrantQuery, _ database: Database) throws {
        guard PremisesQuery.limitRange.contains(query.limit) else {
            throw InvalidQuery("limit", "måste vara 1–100 / must be between 1 and 100")
        }
        guard PremisesQuery.offsetRange.contains(query.offset) else {
            throw InvalidQuery("offset", "måste vara 0–10000 / must be between 0 and 10000")
        }
        try Self.checkGrantFilters(applicant: query.applicant, category: query.category, unit: query.unit, database)
    }

    /// Throws ``InvalidQuery`` naming the parameter when an applicant type, category or unit is not a known code.
    /// The grant list and the calendar both filter grants by them, and answer an unknown one alike.
    public func checkGrantFilters(applicant: String?, category: String?, unit: String?) throws {
        try pool.read { try Self.checkGrantFilters(applicant: applicant, category: category, unit: unit, $0) }
    }

    private static func checkGrantFilters(applicant: String?, category: String?, unit: String?, _ database: Database) throws {
        let checks: [(String, String?, String)] = [
            ("applicant", applicant, "applicant_types"),
            ("category", category, "grant_categories"),
            ("unit", unit, "units"),
        ]
        for (parameter, value, table) in checks {
            guard let value else { continue }
            let column = table == "units" ? "id" : "code"
            let known = try database.query("SELECT \(column) FROM \(table) ORDER BY \(column)") { $0.text(0) }
            guard known.contains(value) else {
                throw InvalidQuery(parameter, "okänt värde '\(value)' / unknown value; expected one of \(known.joined(separator: ", "))")
            }
        }
    }
}
