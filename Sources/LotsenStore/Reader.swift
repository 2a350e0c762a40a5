import Foundation
import LotsenModel
import LotsenSQLite

/// Reads whole records (with their children) from one connection.
struct Reader {
    let database: Database

    // MARK: Units

    func units() throws -> [MunicipalUnit] {
        try database.query("SELECT id FROM units ORDER BY name COLLATE NOCASE") { $0.text(0) }
            .compactMap { try unit(id: $0) }
    }

    func unit(id: String) throws -> MunicipalUnit? {
        guard var unit = try database.queryFirst(
            "SELECT id, name, description, parent_id FROM units WHERE id = ?", [id], {
                MunicipalUnit(id: $0.text(0), name: $0.text(1), description: $0.text(2), parentId: $0.optionalText(3))
            }
        ) else { return nil }
        let channels = try database.query(
            "SELECT id, kind, value, label, has_hours, closed_on_public_holidays FROM contact_channels WHERE unit_id = ? ORDER BY position",
            [id]
        ) { row in
            (id: row.int64(0), kind: row.text(1), value: row.text(2), label: row.optionalText(3),
             hasHours: row.bool(4), closedOnHolidays: row.bool(5))
        }
        unit.channels = try channels.map { channel in
            var hours: OpeningHours?
            if channel.hasHours {
                // A row whose time or date cannot be read (written by hand, or by a future version) is skipped, not trapped on.
                let regular = try database.query(
                    "SELECT weekday, opens, closes, valid_from, valid_to FROM opening_hours WHERE channel_id = ? ORDER BY weekday, opens",
                    [channel.id]
                ) { row -> OpeningHours.Interval? in
                    guard let opens = LocalTime(row.text(1)), let closes = LocalTime(row.text(2)) else { return nil }
                    return OpeningHours.Interval(
                        weekday: row.int(0), opens: opens, closes: closes,
                        validFrom: row.optionalText(3).flatMap { LocalDate(iso: $0) },
                        validTo: row.optionalText(4).flatMap { LocalDate(iso: $0) })
                }.compactMap { $0 }
                let rows = try database.query(
                    "SELECT date, opens, closes, note FROM opening_exceptions WHERE channel_id = ? ORDER BY date, opens",
                    [channel.id]
                ) { row -> (date: LocalDate, opens: LocalTime?, closes: LocalTime?, note: String?)? in
                    guard let date = LocalDate(iso: row.text(0)) else { return nil }
                    return (date: date, opens: row.optionalText(1).flatMap { LocalTime($0) },
                            closes: row.optionalText(2).flatMap { LocalTime($0) }, note: row.optionalText(3))
                }.compactMap { $0 }
                var exceptions: [OpeningHours.Exception] = []
                for row in rows {
                    if exceptions.last?.date != row.date {
                        exceptions.append(.init(date: row.date, intervals: [], note: row.note))
                    }
                    if let opens = row.opens, let closes = row.closes {
                        exceptions[exceptions.count - 1].intervals.append(.init(opens: opens, closes: closes))
                    }
                }
                hours = OpeningHours(regular: regular, exceptions: exceptions, closedOnPublicHolidays: channel.closedOnHolidays)
            }
            return ContactChannel(
                kind: ContactChannel.Kind(rawValue: channel.kind) ?? .web, value: channel.value,
                label: channel.label, hours: hours)
        }
        return unit
    }

    // MARK: Premises

    func premises(id: String) throws -> Stored<Premises>? {
        guard let seq = try database.queryFirst("SELECT seq FROM premises WHERE id = ?", [id], { $0.int64(0) }) else {
            return nil
        }
        return try premises(seqs: [seq]).first.map { try withEditedFields($0, .premises) }
    }

    /// `stored` with the fields a person set on it named in its provenance.
    func withEditedFields<Item>(_ stored: Stored<Item>, _ record: EditableRecord) throws -> Stored<Item> where Item: Identifiable, Item.ID == String {
        var stored = stored
        stored.provenance.editedFields = try database.query(
            "SELECT field FROM hand_fields WHERE record_type = ? AND record_id = ? ORDER BY field", [record.rawValue, stored.item.id]) { $0.text(0) }
        return stored
    }

    /// The premises with these sequence numbers, in the order given.
    func premises(seqs: [Int64]) throws -> [Stored<Premises>] {
        try seqs.compactMap { seq in
            guard var stored = try database.queryFirst("\(PremisesColumn.select) WHERE p.seq = ?", [seq], PremisesColumn.decode)
            else { return nil }
            stored.item.facilities = try database.query(
                "SELECT facility FROM premises_facilities WHERE premises_seq = ? ORDER BY facility", [seq]
            ) { $0.text(0) }
            stored.item.prices = try database.query(
                "SELECT tariff, amount, currency, unit, note FROM premises_prices WHERE premises_seq = ? ORDER BY position", [seq]
            ) { row in
                Price(tariff: row.text(0), amount: row.double(1), currency: row.text(2),
                      unit: Price.Unit(rawValue: row.text(3)) ?? .occasion, note: row.optionalText(4))
            }
            return stored
        }
    }

    // MARK: Grants

    func grant(id: String) throws -> Stored<Grant>? {
        guard let seq = try database.queryFirst("SELECT seq FROM grants WHERE id = ?", [id], { $0.int64(0) }) else {
            return nil
        }
        return try grants(seqs: [seq]).first.map { try withEditedFields($0, .grant) }
    }

    func grants(seqs: [Int64]) throws -> [Stored<Grant>] {
        try seqs.compactMap { seq in
            guard var stored = try database.queryFirst("\(GrantColumn.select) WHERE g.seq = ?", [seq], GrantColumn.decode)
            else { return nil }
            stored.item.applicants = try database.query(
                "SELECT applicant FROM grant_applicants WHERE grant_seq = ? ORDER BY applicant", [seq]) { $0.text(0) }
            stored.item.categories = try database.query(
                "SELECT category FROM grant_category_links WHERE grant_seq = ? ORDER BY category", [seq]) { $0.text(0) }
            stored.item.conditions = try database.query(
                "SELECT text FROM grant_conditions WHERE grant_seq = ? ORDER BY position", [seq]) { $0.text(0) }
            stored.item.applyMethods = try database.query(
                "SELECT method FROM grant_apply_methods WHERE grant_seq = ? ORDER BY method", [seq]) { $0.text(0) }
            return stored
        }
    }

    // MARK: Vocabulary

    func vocabulary() throws -> Vocabulary {
        var vocabulary = Vocabulary()
        func terms(_ scheme: Vocabulary.Scheme) throws -> [Vocabulary.Term] {
            try database.query("SELECT code, sv, en, synonyms FROM \(StoreTransaction.table(for: scheme)) ORDER BY code") { row in
                Vocabulary.Term(code: row.text(0), sv: row.text(1), en: row.text(2),
                                synonyms: row.text(3).split(separator: "|").map(String.init))
            }
        }
        vocabulary.premisesKind = try terms(.premisesKind)
        vocabulary.facility = try terms(.facility)
        vocabulary.tariff = try terms(.tariff)
        vocabulary.applicant = try terms(.applicant)
        vocabulary.grantCategory = try terms(.grantCategory)
        return vocabulary
    }
}

extension Store {
    public func units() throws -> [MunicipalUnit] { try pool.read { try Reader(database: $0).units() } }
    public func unit(id: String) throws -> MunicipalUnit? { try pool.read { try Reader(database: $0).unit(id: id) } }
    public func premises(id: String) throws -> Stored<Premises>? { try pool.read { try Reader(database: $0).premises(id: id) } }
    public func grant(id: String) throws -> Stored<Grant>? { try pool.read { try Reader(database: $0).grant(id: id) } }
    public func vocabulary() throws -> Vocabulary { try pool.read { try Reader(database: $0).vocabulary() } }
}

extension Store {
    /// Every premises, withdrawn ones included, in id order (for exports).
    public func allPremises() throws -> [Stored<Premises>] {
        try pool.read { database in
            let seqs = try database.query("SELECT seq FROM premises ORDER BY id") { $0.int64(0) }
            return try Reader(database: database).premises(seqs: seqs)
        }
    }

    /// Every grant in id order (for exports).
    public func allGrants() throws -> [Stored<Grant>] {
        try pool.read { database in
            let seqs = try database.query("SELECT seq FROM grants ORDER BY id") { $0.int64(0) }
            return try Reader(database: database).grants(seqs: seqs)
        }
    }
}
