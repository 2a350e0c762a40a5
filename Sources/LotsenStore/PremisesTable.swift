import Foundation
import LotsenModel
import LotsenSQLite

/// The `premises` table's own columns, spelled once: the upsert is built from them, a record's values are keyed
/// by them, and rows are read by their names.
enum PremisesColumn: String, TableColumn {
    case seq, id, name, kind, venue, ownerUnitId = "owner_unit_id", street, postalCode = "postal_code", district
    case latitude, longitude, capacity, capacityEstimated = "capacity_estimated", areaM2 = "area_m2"
    case stepFree = "step_free", accessibleToilet = "accessible_toilet"
    case rentAssociations = "rent_associations", rentPrivate = "rent_private", rentYouth = "rent_youth"
    case bookingPhone = "booking_phone", bookingEmail = "booking_email", bookingUrl = "booking_url", bookingNote = "booking_note"
    case description, originUrl = "origin_url", contentHash = "content_hash", sourceId = "source_id"
    case withdrawnAt = "withdrawn_at", createdAt = "created_at", updatedAt = "updated_at", lastSeenAt = "last_seen_at"
    case importRunId = "import_run_id"

    /// Every column a write sets (`seq` is SQLite's).
    static let written = allCases.filter { $0 != .seq }
    /// Adds a premises or replaces its values; a write without a source or run keeps the ones it had.
    static let upsertSQL = Upsert.sql(
        table: "premises", written: written, key: .id, insertOnly: [.createdAt], keepWhenNull: [.sourceId, .importRunId])
    /// The table's columns and its source's, for ``decode(_:)``.
    static let select = "SELECT p.*, \(ProvenanceColumn.sourceSelect) FROM premises p LEFT JOIN sources s ON s.id = p.source_id"

    /// The values a premises writes, in ``written``'s order.
    static func values(
        _ premises: Premises, originUrl: String?, contentHash: String, sourceId: Int64?, importRunId: Int64?, now: String
    ) -> [any SQLBindable] {
        let values: [PremisesColumn: any SQLBindable] = [
            .id: premises.id, .name: premises.name, .kind: premises.kind, .venue: premises.venue, .ownerUnitId: premises.ownerUnitId,
            .street: premises.address.street, .postalCode: premises.address.postalCode, .district: premises.address.district,
            .latitude: premises.location?.latitude, .longitude: premises.location?.longitude,
            .capacity: premises.capacity, .capacityEstimated: premises.capacityEstimated, .areaM2: premises.areaSquareMetres,
            .stepFree: premises.accessibility.stepFree, .accessibleToilet: premises.accessibility.accessibleToilet,
            .rentAssociations: premises.rentableBy.associations, .rentPrivate: premises.rentableBy.privatePersons,
            .rentYouth: premises.rentableBy.youth,
            .bookingPhone: premises.booking.phone, .bookingEmail: premises.booking.email, .bookingUrl: premises.booking.url,
            .bookingNote: premises.booking.note, .description: premises.description, .originUrl: originUrl,
            .contentHash: contentHash, .sourceId: sourceId, .withdrawnAt: premises.withdrawnAt.map(Timestamp.string),
            .createdAt: now, .updatedAt: now, .lastSeenAt: now, .importRunId: importRunId,
        ]
        return Upsert.values(values, in: written)
    }

    /// A premises row (from ``select``) without its facilities and prices, which live in their own tables.
    static func decode(_ row: Row) -> Stored<Premises> {
        let location: GeoPoint? = row.optionalDouble(latitude).flatMap { latitude in
            row.optionalDouble(longitude).map { GeoPoint(latitude: latitude, longitude: $0) }
        }
        let premises = Premises(
            id: row.text(id), name: row.text(name), kind: row.text(kind), venue: row.optionalText(venue),
            ownerUnitId: row.optionalText(ownerUnitId),
            address: Address(street: row.optionalText(street), postalCode: row.optionalText(postalCode), district: row.optionalText(district)),
            location: location, capacity: row.optionalInt(capacity), capacityEstimated: row.bool(capacityEstimated),
            areaSquareMetres: row.optionalDouble(areaM2),
            accessibility: Accessibility(stepFree: row.optionalBool(stepFree), accessibleToilet: row.optionalBool(accessibleToilet)),
            rentableBy: RentableBy(associations: row.bool(rentAssociations), privatePersons: row.bool(rentPrivate), youth: row.bool(rentYouth)),
            booking: Booking(phone: row.optionalText(bookingPhone), email: row.optionalText(bookingEmail), url: row.optionalText(bookingUrl),
                             note: row.optionalText(bookingNote)),
            description: row.text(description),
            withdrawnAt: row.optionalText(withdrawnAt).flatMap(Timestamp.date))
        return Stored(item: premises, provenance: ProvenanceColumn.provenance(row))
    }
}

/// The `grants` table's own columns, spelled once (see ``PremisesColumn``).
enum GrantColumn: String, TableColumn {
    case seq, id, name, summary, description, ownerUnitId = "owner_unit_id", maxAmount = "max_amount", currency
    case applicationUrl = "application_url", deadlineText = "deadline_text", deadlineRules = "deadline_rules"
    case originUrl = "origin_url", contentHash = "content_hash", sourceId = "source_id", withdrawnAt = "withdrawn_at"
    case createdAt = "created_at", updatedAt = "updated_at", lastSeenAt = "last_seen_at", importRunId = "import_run_id"
    case funder

    static let written = allCases.filter { $0 != .seq }
    /// Adds a grant or replaces its values; a grant written again is listed again (`withdrawn_at` NULL).
    static let upsertSQL = Upsert.sql(
        table: "grants", written: written, key: .id, insertOnly: [.createdAt], keepWhenNull: [.sourceId, .importRunId])
    static let select = "SELECT g.*, \(ProvenanceColumn.sourceSelect) FROM grants g LEFT JOIN sources s ON s.id = g.source_id"

    static func values(
        _ grant: Grant, rulesJSON: String?, originUrl: String?, contentHash: String, sourceId: Int64?, importRunId: Int64?, now: String
    ) -> [any SQLBindable] {
        let values: [GrantColumn: any SQLBindable] = [
            .id: grant.id, .name: grant.name, .summary: grant.summary, .description: grant.description, .ownerUnitId: grant.ownerUnitId,
            .maxAmount: grant.maxAmount?.amount, .currency: grant.maxAmount?.currency, .applicationUrl: grant.applicationUrl,
            .deadlineText: grant.deadlineText, .deadlineRules: rulesJSON, .originUrl: originUrl, .contentHash: contentHash,
            .sourceId: sourceId, .withdrawnAt: SQLValue.null, .createdAt: now, .updatedAt: now, .lastSeenAt: now, .importRunId: importRunId,
            .funder: grant.funder,
        ]
        return Upsert.values(values, in: written)
    }

    /// A grant row (from ``select``) without its applicants, categories, conditions and apply methods.
    static func decode(_ row: Row) -> Stored<Grant> {
        Stored(
            item: Grant(
                id: row.text(id), name: row.text(name), summary: row.text(summary), description: row.text(description),
                ownerUnitId: row.optionalText(ownerUnitId),
                maxAmount: row.optionalDouble(maxAmount).map { Money(amount: $0, currency: row.optionalText(currency) ?? "SEK") },
                applicationUrl: row.optionalText(applicationUrl), deadlineText: row.optionalText(deadlineText),
                deadlineRules: row.optionalText(deadlineRules).flatMap { try? JSONDecoder().decode([DeadlineRule].self, from: Data($0.utf8)) } ?? [],
                funder: row.optionalText(funder)),
            provenance: ProvenanceColumn.provenance(row))
    }
}
