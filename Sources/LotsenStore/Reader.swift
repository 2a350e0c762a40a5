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

    static let premisesColumns = """
        p.seq, p.id, p.name, p.kind, p.venue, p.owner_unit_id, p.street, p.postal_code, p.district,
        p.latitude, p.longitude, p.capacity, p.capacity_estimated, p.area_m2, p.step_free, p.accessible_toilet,
        p.rent_associations, p.rent_private, p.rent_youth, p.booking_phone, p.booking_email, p.booking_url,
        p.booking_note, p.description, p.withdrawn_at, p.origin_url, p.created_at, p.updated_at, p.last_seen_at,
        s.uri, s.title, s.fetched_at, s.checksum, p.import_run_id
        """

    func premises(id: String) throws -> Stored<Premises>? {
        guard let seq = try database.queryFirst("SELECT seq FROM premises WHERE id = ?", [id], { $0.int64(0) }) else {
            return nil
        }
        return try premises(seqs: [seq]).first
    }

    /// The premises with these sequence numbers, in the order given.
    func premises(seqs: [Int64]) throws -> [Stored<Premises>] {
        try seqs.compactMap { seq in
            guard var stored = try database.queryFirst(
                "SELECT \(Self.premisesColumns) FROM premises p LEFT JOIN sources s ON s.id = p.source_id WHERE p.seq = ?",
                [seq], Self.premisesRow
            ) else { return nil }
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

    private static func premisesRow(_ row: Row) -> Stored<Premises> {
        let location: GeoPoint? = row.isNull(9) || row.isNull(10)
            ? nil : GeoPoint(latitude: row.double(9), longitude: row.double(10))
        let premises = Premises(
            id: row.text(1), name: row.text(2), kind: row.text(3), venue: row.optionalText(4),
            ownerUnitId: row.optionalText(5),
            address: Address(street: row.optionalText(6), postalCode: row.optionalText(7), district: row.optionalText(8)),
            location: location, capacity: row.optionalInt(11), capacityEstimated: row.bool(12),
            areaSquareMetres: row.optionalDouble(13),
            accessibility: Accessibility(stepFree: row.optionalBool(14), accessibleToilet: row.optionalBool(15)),
            rentableBy: RentableBy(associations: row.bool(16), privatePersons: row.bool(17), youth: row.bool(18)),
            booking: Booking(phone: row.optionalText(19), email: row.optionalText(20), url: row.optionalText(21), note: row.optionalText(22)),
            description: row.text(23),
            withdrawnAt: row.optionalText(24).flatMap(Timestamp.date)
        )
        return Stored(item: premises, provenance: provenance(row, from: 25))
    }

    /// Reads origin_url, created_at, updated_at, last_seen_at, the source's uri, title, fetched_at, checksum,
    /// then the import run id.
    private static func provenance(_ row: Row, from first: Int) -> Provenance {
        let epoch = Date(timeIntervalSince1970: 0)
        return Provenance(
            source: row.optionalText(first + 4), sourceTitle: row.optionalText(first + 5),
            fetchedAt: row.optionalText(first + 6).flatMap(Timestamp.date), checksum: row.optionalText(first + 7),
            originUrl: row.optionalText(first),
            createdAt: Timestamp.date(row.text(first + 1)) ?? epoch,
            updatedAt: Timestamp.date(row.text(first + 2)) ?? epoch,
            lastSeenAt: Timestamp.date(row.text(first + 3)) ?? epoch,
            importRunId: row.optionalInt64(first + 8)
        )
    }

    // MARK: Grants

    static let grantColumns = """
        g.seq, g.id, g.name, g.summary, g.description, g.owner_unit_id, g.max_amount, g.currency,
        g.application_url, g.deadline_text, g.origin_url, g.created_at, g.updated_at, g.last_seen_at,
        s.uri, s.title, s.fetched_at, s.checksum, g.import_run_id, g.deadline_rules
        """

    func grant(id: String) throws -> Stored<Grant>? {
        guard let seq = try database.queryFirst("SELECT seq FROM grants WHERE id = ?", [id], { $0.int64(0) }) else {
            return nil
        }
        return try grants(seqs: [seq]).first
    }

    func grants(seqs: [Int64]) throws -> [Stored<Grant>] {
        try seqs.compactMap { seq in
            guard var stored = try database.queryFirst(
                "SELECT \(Self.grantColumns) FROM grants g LEFT JOIN sources s ON s.id = g.source_id WHERE g.seq = ?",
                [seq], { row in
                    Stored(
                        item: Grant(
                            id: row.text(1), name: row.text(2), summary: row.text(3), description: row.text(4),
                            ownerUnitId: row.optionalText(5),
                            maxAmount: row.optionalDouble(6).map { Money(amount: $0, currency: row.optionalText(7) ?? "SEK") },
                            applicationUrl: row.optionalText(8), deadlineText: row.optionalText(9),
                            deadlineRules: row.optionalText(19).flatMap {
                                try? JSONDecoder().decode([DeadlineRule].self, from: Data($0.utf8))
                            } ?? []),
                        provenance: Self.provenance(row, from: 10))
                }
            ) else { return nil }
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
