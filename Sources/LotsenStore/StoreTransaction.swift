import Foundation
import LotsenModel
import LotsenSQLite

/// What a write did to one record.
public enum WriteOutcome: String, Sendable {
    case added, updated, unchanged
}

/// Writes inside one store transaction; handed to the closure of ``Store/transaction(_:)``.
///
/// Records are matched by their id: a new id is added, a changed record is updated in place
/// (children and search index rewritten), an identical record only has `last_seen_at` touched.
public final class StoreTransaction {
    let database: Database
    let now: String
    private(set) var changed = false
    /// The import run that writes through this transaction, if any: records remember the run that last saw them.
    public var importRunId: Int64?
    /// Whether writes keep the fields a person set (``keepingHandEdits(_:_:id:)``): on, except for the edits themselves.
    var protectsHandEdits = true
    /// The fields this transaction's imports or seeds would have changed but a person had set.
    public internal(set) var conflicts: [HandEditConflict] = []
    var handFieldCache: [String: Set<String>]?
    private var vocabularyCache: [Vocabulary.Scheme: Set<String>] = [:]
    private var labelCache: [Vocabulary.Scheme: [String: String]] = [:]
    func markChanged() { changed = true }

    init(database: Database, now: Date) {
        self.database = database
        self.now = Timestamp.string(now)
    }

    // MARK: Sources

    /// Records (or refreshes) a source and returns its id.
    public func source(uri: String, title: String?, fetchedAt: Date, checksum: String) throws -> Int64 {
        try database.run(
            """
            INSERT INTO sources(uri, title, fetched_at, checksum) VALUES (?, ?, ?, ?)
            ON CONFLICT(uri) DO UPDATE SET title = excluded.title, fetched_at = excluded.fetched_at, checksum = excluded.checksum
            """,
            [uri, title, Timestamp.string(fetchedAt), checksum]
        )
        return try database.queryFirst("SELECT id FROM sources WHERE uri = ?", [uri]) { $0.int64(0) }!
    }

    // MARK: Vocabulary

    static func table(for scheme: Vocabulary.Scheme) -> String {
        switch scheme {
        case .premisesKind: "premises_kinds"
        case .facility: "facilities"
        case .tariff: "tariffs"
        case .applicant: "applicant_types"
        case .grantCategory: "grant_categories"
        }
    }

    /// Adds or relabels every term of `vocabulary`. Terms are never deleted: records refer to them.
    public func put(_ vocabulary: Vocabulary) throws {
        for scheme in Vocabulary.Scheme.allCases {
            let table = Self.table(for: scheme)
            for term in vocabulary.terms(scheme) {
                try database.run(
                    """
                    INSERT INTO \(table)(code, sv, en, synonyms) VALUES (?, ?, ?, ?)
                    ON CONFLICT(code) DO UPDATE SET sv = excluded.sv, en = excluded.en, synonyms = excluded.synonyms
                    WHERE (sv, en, synonyms) IS NOT (excluded.sv, excluded.en, excluded.synonyms)
                    """,
                    [term.code, term.sv, term.en, term.synonyms.joined(separator: "|")]
                )
                if database.changes > 0 { changed = true }
            }
        }
        vocabularyCache.removeAll()
        labelCache.removeAll()
    }

    private func codes(_ scheme: Vocabulary.Scheme) throws -> Set<String> {
        if let cached = vocabularyCache[scheme] { return cached }
        let codes = Set(try database.query("SELECT code FROM \(Self.table(for: scheme))") { $0.text(0) })
        vocabularyCache[scheme] = codes
        return codes
    }

    private func label(_ code: String, _ scheme: Vocabulary.Scheme) throws -> String {
        if labelCache[scheme] == nil {
            let pairs = try database.query("SELECT code, sv FROM \(Self.table(for: scheme))") { ($0.text(0), $0.text(1)) }
            labelCache[scheme] = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        }
        return labelCache[scheme]?[code] ?? code
    }

    private func check(_ values: [String], in scheme: Vocabulary.Scheme, record: String, field: String) throws {
        let known = try codes(scheme)
        if let unknown = values.first(where: { !known.contains($0) }) {
            throw StoreError("\(record): field '\(field)' has unknown \(scheme.rawValue) code '\(unknown)'")
        }
    }

    // MARK: Units

    /// Adds or replaces a unit with its contact channels and opening hours.
    @discardableResult
    public func put(_ unit: MunicipalUnit, sourceId: Int64? = nil) throws -> WriteOutcome {
        let unit = try keepingHandEdits(unit, .unit, id: unit.id)
        let existing = try database.queryFirst("SELECT 1 FROM units WHERE id = ?", [unit.id]) { _ in true } ?? false
        if existing, try self.unit(unit.id) == unit { return .unchanged }
        try database.run(
            """
            INSERT INTO units(id, name, description, parent_id, source_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
                parent_id = excluded.parent_id, source_id = excluded.source_id, updated_at = excluded.updated_at
            """,
            [unit.id, unit.name, unit.description, unit.parentId, sourceId, now]
        )
        try database.run("DELETE FROM contact_channels WHERE unit_id = ?", [unit.id])
        for (position, channel) in unit.channels.enumerated() {
            try database.run(
                """
                INSERT INTO contact_channels(unit_id, position, kind, value, label, has_hours, closed_on_public_holidays)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [unit.id, position, channel.kind.rawValue, channel.value, channel.label,
                 channel.hours != nil, channel.hours?.closedOnPublicHolidays ?? true]
            )
            let channelId = database.lastInsertRowID
            for interval in channel.hours?.regular ?? [] {
                guard interval.opens < interval.closes, (1...7).contains(interval.weekday) else {
                    throw StoreError("unit \(unit.id): channel \(position) has an invalid interval \(interval.opens)–\(interval.closes) on weekday \(interval.weekday)")
                }
                try database.run(
                    "INSERT INTO opening_hours(channel_id, weekday, opens, closes, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)",
                    [channelId, interval.weekday, interval.opens.description, interval.closes.description,
                     interval.validFrom?.description, interval.validTo?.description]
                )
            }
            for exception in channel.hours?.exceptions ?? [] {
                if exception.intervals.isEmpty {
                    try database.run(
                        "INSERT INTO opening_exceptions(channel_id, date, note) VALUES (?, ?, ?)",
                        [channelId, exception.date.description, exception.note]
                    )
                }
                for range in exception.intervals {
                    try database.run(
                        "INSERT INTO opening_exceptions(channel_id, date, opens, closes, note) VALUES (?, ?, ?, ?, ?)",
                        [channelId, exception.date.description, range.opens.description, range.closes.description, exception.note]
                    )
                }
            }
        }
        changed = true
        return existing ? .updated : .added
    }

    /// The grant as stored now, within this transaction (after hand-set fields were kept).
    public func storedGrant(id: String) throws -> Grant? {
        try Reader(database: database).grant(id: id)?.item
    }

    func unit(_ id: String) throws -> MunicipalUnit? {
        try Reader(database: database).unit(id: id)
    }

    // MARK: Premises

    /// Adds or updates one premises record. `originUrl` is the published page its facts come from.
    @discardableResult
    public func put(_ premises: Premises, originUrl: String? = nil, sourceId: Int64? = nil) throws -> WriteOutcome {
        let premises = try keepingHandEdits(premises, .premises, id: premises.id)
        let record = "premises '\(premises.id)'"
        guard !premises.id.isEmpty, !premises.name.isEmpty else { throw StoreError("\(record): id and name are required") }
        try check([premises.kind], in: .premisesKind, record: record, field: "kind")
        try check(premises.facilities, in: .facility, record: record, field: "facilities")
        try check(premises.prices.map(\.tariff), in: .tariff, record: record, field: "prices.tariff")
        if let location = premises.location, !(-90...90).contains(location.latitude) || !(-180...180).contains(location.longitude) {
            throw StoreError("\(record): location \(location.latitude),\(location.longitude) is not a valid WGS 84 position")
        }
        let contentHash = ContentDigest.hex(premises, extra: originUrl)
        let existing = try database.queryFirst("SELECT seq, content_hash, withdrawn_at FROM premises WHERE id = ?", [premises.id]) {
            (seq: $0.int64(0), hash: $0.text(1), withdrawn: !$0.isNull(2))
        }
        if let existing, existing.hash == contentHash {
            // Same content. A record an import had withdrawn is back in its source: restore it.
            let restore = existing.withdrawn && premises.withdrawnAt == nil
            try database.run(
                """
                UPDATE premises SET last_seen_at = ?1, source_id = coalesce(?2, source_id),
                    import_run_id = coalesce(?3, import_run_id),
                    withdrawn_at = CASE WHEN ?4 THEN NULL ELSE withdrawn_at END,
                    updated_at = CASE WHEN ?4 THEN ?1 ELSE updated_at END
                WHERE seq = ?5
                """,
                [now, sourceId, importRunId, restore, existing.seq])
            if restore {
                changed = true
                // An import run logs its premises' changes at its end, set-based (``logImportedPremises(runId:)``).
                if importRunId == nil { try logChange(.premises, id: premises.id, name: premises.name, change: .added) }
            }
            return restore ? .updated : .unchanged
        }
        if importRunId == nil, !(existing?.withdrawn == true && premises.withdrawnAt != nil) {
            try logChange(.premises, id: premises.id, name: premises.name, change: existing == nil ? .added
                : (premises.withdrawnAt != nil && existing?.withdrawn == false) ? .withdrawn : .changed)
        }
        try database.run(PremisesColumn.upsertSQL, PremisesColumn.values(
            premises, originUrl: originUrl, contentHash: contentHash, sourceId: sourceId, importRunId: importRunId, now: now))
        let seq = existing?.seq ?? database.lastInsertRowID
        if existing != nil {
            try database.run("DELETE FROM premises_facilities WHERE premises_seq = ?", [seq])
            try database.run("DELETE FROM premises_prices WHERE premises_seq = ?", [seq])
            try database.run("DELETE FROM premises_fts WHERE rowid = ?", [seq])
        }
        for facility in Set(premises.facilities) {
            try database.run("INSERT INTO premises_facilities(premises_seq, facility) VALUES (?, ?)", [seq, facility])
        }
        for (position, price) in premises.prices.enumerated() {
            try database.run(
                "INSERT INTO premises_prices(premises_seq, position, tariff, amount, currency, unit, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [seq, position, price.tariff, price.amount, price.currency, price.unit.rawValue, price.note]
            )
        }
        try database.run(
            "INSERT INTO premises_fts(rowid, name, venue, kind, district, facilities, description) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, premises.name, premises.venue ?? "", try label(premises.kind, .premisesKind),
             premises.address.district ?? "",
             try premises.facilities.map { try label($0, .facility) }.joined(separator: " "),
             premises.description]
        )
        changed = true
        return existing == nil ? .added : .updated
    }

    // MARK: Grants

    /// The rules as the `deadline_rules` column keeps them: JSON, or NULL when there are none.
    static func rulesJSON(_ rules: [DeadlineRule]) throws -> String? {
        guard !rules.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(rules), as: UTF8.self)
    }

    /// Adds or updates one grant. `originUrl` is the published page its facts come from.
    @discardableResult
    public func put(_ grant: Grant, originUrl: String? = nil, sourceId: Int64? = nil) throws -> WriteOutcome {
        let grant = try keepingHandEdits(grant, .grant, id: grant.id)
        let record = "grant '\(grant.id)'"
        guard !grant.id.isEmpty, !grant.name.isEmpty else { throw StoreError("\(record): id and name are required") }
        try check(grant.applicants, in: .applicant, record: record, field: "applicants")
        try check(grant.categories, in: .grantCategory, record: record, field: "categories")
        if let method = grant.applyMethods.first(where: { !Grant.applyMethodCodes.contains($0) }) {
            throw StoreError("\(record): field 'apply_methods' has unknown method '\(method)' (expected eservice, form, system or email)")
        }
        if let rule = grant.deadlineRules.first(where: { rule in [rule.closes, rule.opens].contains { $0.map { !$0.isValid } ?? false } }) {
            throw StoreError("\(record): field 'deadline_rules' has a rule with an impossible day (\"\(rule.phrase)\")")
        }
        let contentHash = ContentDigest.hex(grant, extra: originUrl)
        let existing = try database.queryFirst(
            "SELECT seq, content_hash, withdrawn_at, deadline_text, deadline_rules FROM grants WHERE id = ?", [grant.id]
        ) {
            (seq: $0.int64(0), hash: $0.text(1), withdrawn: !$0.isNull(2), withdrawnAt: $0.optionalText(2),
             deadline: [$0.optionalText(3), $0.optionalText(4)])
        }
        // A grant withdrawn by hand stays withdrawn: an import does not bring it back, nor does editing it.
        let staysWithdrawn = try existing?.withdrawn == true && (!protectsHandEdits || handFields(.grant, id: grant.id).contains("withdrawn_at"))
        if let existing, existing.hash == contentHash, !staysWithdrawn {
            // Same content. A grant an import had withdrawn is back in its source: restore it.
            try database.run(
                """
                UPDATE grants SET last_seen_at = ?1, source_id = coalesce(?2, source_id),
                    import_run_id = coalesce(?3, import_run_id), withdrawn_at = NULL,
                    updated_at = CASE WHEN ?4 THEN ?1 ELSE updated_at END
                WHERE seq = ?5
                """,
                [now, sourceId, importRunId, existing.withdrawn, existing.seq])
            if existing.withdrawn {
                changed = true
                try logChange(.grant, id: grant.id, name: grant.name, change: .added)
            }
            return existing.withdrawn ? .updated : .unchanged
        }
        if let existing, existing.hash == contentHash {
            try database.run("UPDATE grants SET last_seen_at = ? WHERE seq = ?", [now, existing.seq])
            return .unchanged
        }
        let rulesJSON = try Self.rulesJSON(grant.deadlineRules)
        // A grant that stays withdrawn is no news; a deadline taken away is a change, not a new one.
        let deadlineMoved = grant.deadlineText != nil && existing.map { $0.deadline != [grant.deadlineText, rulesJSON] } ?? false
        if !staysWithdrawn {
            try logChange(.grant, id: grant.id, name: grant.name, change: existing == nil ? .added : deadlineMoved ? .deadlineMoved : .changed,
                          detail: deadlineMoved ? grant.deadlineText : nil)
        }
        try database.run(GrantColumn.upsertSQL, GrantColumn.values(
            grant, rulesJSON: rulesJSON, originUrl: originUrl, contentHash: contentHash,
            sourceId: sourceId, importRunId: importRunId, now: now))
        let seq = existing?.seq ?? database.lastInsertRowID
        if staysWithdrawn { try database.run("UPDATE grants SET withdrawn_at = ?1 WHERE seq = ?2", [existing?.withdrawnAt ?? now, seq]) }
        if existing != nil {
            for table in ["grant_applicants", "grant_category_links", "grant_conditions", "grant_apply_methods"] {
                try database.run("DELETE FROM \(table) WHERE grant_seq = ?", [seq])
            }
            try database.run("DELETE FROM grants_fts WHERE rowid = ?", [seq])
        }
        for applicant in Set(grant.applicants) {
            try database.run("INSERT INTO grant_applicants(grant_seq, applicant) VALUES (?, ?)", [seq, applicant])
        }
        for category in Set(grant.categories) {
            try database.run("INSERT INTO grant_category_links(grant_seq, category) VALUES (?, ?)", [seq, category])
        }
        for (position, condition) in grant.conditions.enumerated() {
            try database.run("INSERT INTO grant_conditions(grant_seq, position, text) VALUES (?, ?, ?)", [seq, position, condition])
        }
        for method in Set(grant.applyMethods) {
            try database.run("INSERT INTO grant_apply_methods(grant_seq, method) VALUES (?, ?)", [seq, method])
        }
        try database.run(
            "INSERT INTO grants_fts(rowid, name, summary, description, categories, applicants, conditions) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, grant.name, grant.summary, grant.description,
             try grant.categories.map { try label($0, .grantCategory) }.joined(separator: " "),
             try grant.applicants.map { try label($0, .applicant) }.joined(separator: " "),
             grant.conditions.joined(separator: "\n")]
        )
        changed = true
        return existing == nil ? .added : .updated
    }
}

extension Store {
    /// Runs `body` in one write transaction: everything it writes lands together, or nothing does.
    @discardableResult
    public func transaction<T>(now: Date = Date(), _ body: (StoreTransaction) throws -> T) throws -> T {
        try write { database in
            let transaction = StoreTransaction(database: database, now: now)
            let result = try body(transaction)
            return (result, transaction.changed)
        }
    }
}
