import Foundation
import LotsenModel
import LotsenSQLite

/// What a caller submits: the enquiry and, optionally, who asks.
public struct NewEnquiry: Sendable, Equatable {
    public var text: String
    public var topic: String?
    public var channel: String
    public var person: EnquiryRecord.Person
    public var location: EnquiryRecord.Location?

    public init(text: String, topic: String? = nil, channel: String = "web", person: EnquiryRecord.Person = .init(),
                location: EnquiryRecord.Location? = nil) {
        self.text = text
        self.topic = topic
        self.channel = channel
        self.person = person
        self.location = location
    }

    /// The longest an enquiry's text and personal fields may be, in characters; the API and the form check the same.
    public static let maxTextLength = 4_000, maxNameLength = 200, maxEmailLength = 254, maxPhoneLength = 40, maxAssociationLength = 200

    /// The first field (by its API name) holding a control character (NUL, escape, …), or nil when there is none.
    /// The API, Open311, the form and the store refuse such an enquiry.
    public var fieldWithControlCharacters: String? {
        let fields: [(String, String?)] = [
            ("text", text), ("topic", topic), ("channel", channel), ("name", person.name), ("email", person.email), ("phone", person.phone),
            ("association", person.association), ("organisation_number", person.organisationNumber),
            ("address_string", location?.address), ("media_url", location?.mediaURL),
        ]
        return fields.first { $0.1?.hasControlCharacters ?? false }?.0
    }
}

/// A staff member's change to an enquiry.
public struct EnquiryChange: Sendable, Equatable {
    public var assignedUnit: String?
    public var status: EnquiryRecord.Status?
    public var note: String?

    public init(assignedUnit: String? = nil, status: EnquiryRecord.Status? = nil, note: String? = nil) {
        self.assignedUnit = assignedUnit
        self.status = status
        self.note = note
    }

    /// The longest a staff note may be, in characters.
    public static let maxNoteLength = 4_000

    /// `note` or `assigned_unit` when it holds a control character, else nil.
    public var fieldWithControlCharacters: String? {
        if note?.hasControlCharacters ?? false { return "note" }
        return assignedUnit?.hasControlCharacters ?? false ? "assigned_unit" : nil
    }
}

/// A staff member's bearer token, as stored (the secret itself is never kept).
public struct StaffToken: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        /// Reads and handles enquiries.
        case staff
        /// Also edits the catalogue: premises, grants, units' channels and hours, årshjul events, samverkan.
        case editor
        /// Also grants roles, exports and erases personal data.
        case admin

        /// Whether this role may do what `required` may.
        public func includes(_ required: Role) -> Bool {
            switch required {
            case .staff: true
            case .editor: self == .editor || self == .admin
            case .admin: self == .admin
            }
        }
    }
    public var id: String
    public var name: String
    public var role: Role
    public var createdAt: Date
    public var revokedAt: Date?
}

/// A correction staff made: the router sent an enquiry to one unit, staff moved it to another.
public struct RoutingCorrection: Sendable, Equatable {
    public var text: String
    public var routedTo: String
    public var correctedTo: String

    public init(text: String, routedTo: String, correctedTo: String) {
        self.text = text
        self.routedTo = routedTo
        self.correctedTo = correctedTo
    }
}

/// Enquiries (ärenden), their history, staff tokens and staff page sessions: everything personal Lotsen holds, in a
/// SQLite file of its own beside the catalogue.
///
/// Kept apart so that a long import transaction on the catalogue never makes a person's enquiry wait, and so that
/// the catalogue file holds no personal data and can be published as open data as it is.
///
/// ```swift
/// let catalogue = try Store(path: "lotsen.db")
/// let enquiries = try EnquiryStore(path: "lotsen-enquiries.db", catalogue: catalogue)
/// ```
public final class EnquiryStore: Sendable {
    let pool: DatabasePool
    /// The catalogue, for checking that a unit staff assign an enquiry to exists.
    let catalogue: Store?

    /// Opens (creating it when needed) the enquiry database at `path` and brings its schema up to date. Given the
    /// catalogue, enquiries and tokens an earlier version kept in it are moved here first (see ``moveOut(of:)``), and
    /// reassignments are checked against its units; without one, every reassignment is refused.
    public init(path: String, catalogue: Store? = nil) throws {
        pool = try DatabasePool(path: path)
        self.catalogue = catalogue
        _ = try pool.write { database in try EnquirySchema.migrator.migrate(database) }
        if let catalogue { try moveOut(of: catalogue) }
    }

    public var path: String { pool.path }

    /// The conventional path of the enquiry database beside a catalogue: `lotsen.db` → `lotsen-enquiries.db`.
    public static func defaultPath(besideCatalogue catalogue: String) -> String {
        let slash = catalogue.lastIndex(of: "/").map { catalogue.index(after: $0) } ?? catalogue.startIndex
        let name = catalogue[slash...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return catalogue + "-enquiries.db" }
        return catalogue[..<dot] + "-enquiries" + catalogue[dot...]
    }

    /// Stores a new enquiry routed to `routedUnit`: status `routed`, history "created" and "routed".
    public func createEnquiry(_ new: NewEnquiry, routedUnit: String, confidence: Double, at instant: Date = Date()) throws -> EnquiryRecord {
        if let field = new.fieldWithControlCharacters { throw StoreError("\(field): control characters are not allowed") }
        let now = Timestamp.string(instant)
        let year = Calendar(identifier: .gregorian).component(.year, from: instant)
        let reference: String = try pool.write { database in
            try database.transaction(.immediate) {
                let next = (try database.queryFirst("SELECT coalesce(max(seq), 0) + 1 FROM enquiries") { $0.int64(0) }) ?? 1
                let reference = "KRS-\(year)-" + String(next).leftPadded(to: 6)
                let person = new.person
                try database.run(
                    """
                    INSERT INTO enquiries(seq, reference, text, topic, channel, name, email, phone, association, organisation_number,
                        status, routed_unit, confidence, assigned_unit, created_at, updated_at, latitude, longitude, address, media_url)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'routed', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [next, reference, new.text, new.topic, new.channel, person.name, person.email, person.phone, person.association,
                     person.organisationNumber, routedUnit, confidence, routedUnit, now, now, new.location?.latitude,
                     new.location?.longitude, new.location?.address, new.location?.mediaURL])
                try Self.log(database, next, at: now, actor: "allmänheten", action: "created", to: EnquiryRecord.Status.received.rawValue)
                try Self.log(database, next, at: now, actor: "lotsen", action: "routed", to: routedUnit,
                             note: String(format: "säkerhet %.2f", confidence))
                return reference
            }
        }
        guard let stored = try enquiry(reference: reference) else { throw StoreError("enquiry \(reference) was not found after storing it") }
        return stored
    }

    /// One enquiry with its history, or nil.
    public func enquiry(reference: String) throws -> EnquiryRecord? {
        try pool.read { database in
            guard let seq = try database.queryFirst("SELECT seq FROM enquiries WHERE reference = ?", [reference], { $0.int64(0) }) else { return nil }
            return try Self.records(database, seqs: [seq]).first
        }
    }

    /// Enquiries, newest first, filtered by status (or just closed or not), assigned unit, topic, when they came in
    /// (`since` inclusive, `olderThan` exclusive) and e-mail.
    public func enquiries(
        status: EnquiryRecord.Status? = nil, closed: Bool? = nil, unit: String? = nil, topic: String? = nil, since: Date? = nil,
        olderThan: Date? = nil, email: String? = nil, limit: Int = 50, offset: Int = 0
    ) throws -> (total: Int, items: [EnquiryRecord]) {
        try enquiries(status: status, closed: closed, unit: unit, topics: topic.map { [$0] }, since: since, olderThan: olderThan,
                      email: email, limit: limit, offset: offset)
    }

    /// The same, with any of several topics (nil: any topic).
    public func enquiries(
        status: EnquiryRecord.Status? = nil, closed: Bool? = nil, unit: String? = nil, topics: [String]?, since: Date? = nil,
        olderThan: Date? = nil, email: String? = nil, limit: Int = 50, offset: Int = 0
    ) throws -> (total: Int, items: [EnquiryRecord]) {
        let topicList = try topics.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        return try pool.read { database in
            let filter = """
                FROM enquiries WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR assigned_unit = ?2)
                AND (?3 IS NULL OR created_at < ?3) AND (?4 IS NULL OR lower(email) = lower(?4))
                AND (?5 IS NULL OR created_at >= ?5) AND (?6 IS NULL OR topic IN (SELECT value FROM json_each(?6)))
                AND (?7 IS NULL OR (status = 'closed') = ?7)
                """
            let parameters: [any SQLBindable] = [
                status?.rawValue, unit, olderThan.map(Timestamp.string), email, since.map(Timestamp.string), topicList, closed,
            ]
            let total = try database.queryFirst("SELECT count(*) " + filter, parameters) { $0.int(0) } ?? 0
            let seqs = try database.query("SELECT seq " + filter + " ORDER BY seq DESC LIMIT ?8 OFFSET ?9", parameters + [limit, offset]) { $0.int64(0) }
            return (total, try Self.records(database, seqs: seqs))
        }
    }

    /// Applies a staff member's change; every change is logged with who made it. A closed enquiry only takes notes;
    /// status moves forward only (received → routed → forwarded → answered → closed).
    public func changeEnquiry(reference: String, _ change: EnquiryChange, by actor: String, at instant: Date = Date()) throws -> EnquiryRecord? {
        if let field = change.fieldWithControlCharacters { throw StoreError("\(field): control characters are not allowed") }
        let now = Timestamp.string(instant)
        let found: Bool = try pool.write { database in
            try database.transaction(.immediate) {
                guard let (seq, statusText, assigned) = try database.queryFirst(
                    "SELECT seq, status, assigned_unit FROM enquiries WHERE reference = ?", [reference], { ($0.int64(0), $0.text(1), $0.text(2)) })
                else { return false }
                let status = EnquiryRecord.Status(rawValue: statusText) ?? .received
                if status == .closed, change.assignedUnit != nil || change.status != nil {
                    throw StoreError("enquiry \(reference) is closed; only notes can be added")
                }
                if let unit = change.assignedUnit, unit != assigned {
                    guard try catalogue?.unit(id: unit) != nil else {
                        throw StoreError("assigned_unit: unknown unit '\(unit)'")
                    }
                    try database.run("UPDATE enquiries SET assigned_unit = ?, updated_at = ? WHERE seq = ?", [unit, now, seq])
                    try Self.log(database, seq, at: now, actor: actor, action: "reassigned", from: assigned, to: unit)
                }
                if let next = change.status, next != status {
                    guard next > status else {
                        throw StoreError("status: cannot go back from \(status.rawValue) to \(next.rawValue)")
                    }
                    try database.run(
                        "UPDATE enquiries SET status = ?, updated_at = ?, closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END WHERE seq = ?",
                        [next.rawValue, now, next.rawValue, now, seq])
                    try Self.log(database, seq, at: now, actor: actor, action: "status", from: status.rawValue, to: next.rawValue)
                }
                if let note = change.note?.trimmed, !note.isEmpty {
                    try database.run("UPDATE enquiries SET updated_at = ? WHERE seq = ?", [now, seq])
                    try Self.log(database, seq, at: now, actor: actor, action: "note", note: note)
                }
                return true
            }
        }
        return found ? try enquiry(reference: reference) : nil
    }

    /// Every enquiry staff moved away from the unit the router chose, with where it went in the end.
    public func routingCorrections() throws -> [RoutingCorrection] {
        try pool.read { database in
            try database.query(
                """
                SELECT text, routed_unit, assigned_unit FROM enquiries
                WHERE assigned_unit <> routed_unit AND EXISTS (SELECT 1 FROM enquiry_events e WHERE e.enquiry_seq = seq AND e.action = 'reassigned')
                ORDER BY seq
                """
            ) { RoutingCorrection(text: $0.text(0), routedTo: $0.text(1), correctedTo: $0.text(2)) }
        }
    }

    /// Changes whenever a correction is made: the id of the newest reassignment (0 for none).
    public func correctionsVersion() throws -> Int64 {
        try pool.read { database in
            try database.queryFirst("SELECT coalesce(max(id), 0) FROM enquiry_events WHERE action = 'reassigned'") { $0.int64(0) } ?? 0
        }
    }

    /// Erases the personal fields (and staff notes, which may repeat them) of enquiries closed before `cutoff`.
    /// The text and routing stay, for statistics. Returns how many enquiries were erased.
    @discardableResult
    public func purgePersonalData(closedBefore cutoff: Date, at instant: Date = Date()) throws -> Int {
        try erase(where: "status = 'closed' AND closed_at < ?", [Timestamp.string(cutoff)], reason: "lagringstiden har gått ut", at: instant)
    }

    /// Erases everything personal held about one e-mail address (a data subject's request). Returns the count.
    @discardableResult
    public func erasePersonalData(email: String, at instant: Date = Date()) throws -> Int {
        try erase(where: "lower(email) = lower(?)", [email], reason: "radering på begäran", at: instant)
    }

    private func erase(where condition: String, _ parameters: [any SQLBindable], reason: String, at instant: Date) throws -> Int {
        let now = Timestamp.string(instant)
        return try pool.write { database in
            try database.transaction(.immediate) {
                // `condition` is one of this file's constants; values are bound.
                let seqs = try database.query(
                    "SELECT seq FROM enquiries WHERE personal_data_erased_at IS NULL AND " + condition, parameters) { $0.int64(0) }
                for seq in seqs {
                    try database.run(
                        """
                        UPDATE enquiries SET name = NULL, email = NULL, phone = NULL, association = NULL, organisation_number = NULL,
                            latitude = NULL, longitude = NULL, address = NULL, media_url = NULL,
                            personal_data_erased_at = ?, updated_at = ? WHERE seq = ?
                        """, [now, now, seq])
                    try database.run("UPDATE enquiry_events SET note = '[raderad]' WHERE enquiry_seq = ? AND action = 'note'", [seq])
                    try Self.log(database, seq, at: now, actor: "lotsen", action: "personal_data_erased", note: reason)
                }
                return seqs.count
            }
        }
    }

    // MARK: Staff tokens

    /// Creates a token and returns it with its secret; only the secret's SHA-256 is stored, so it is shown once.
    public func createToken(name: String, role: StaffToken.Role, at instant: Date = Date()) throws -> (token: StaffToken, secret: String) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("token name must not be empty") }
        var generator = SystemRandomNumberGenerator()
        let id = "t" + (0..<8).map { _ in String(Int.random(in: 0..<36, using: &generator), radix: 36) }.joined()
        let secret = Self.randomSecret(prefix: "lotsen_")
        try pool.write { database in
            try database.run(
                "INSERT INTO staff_tokens(id, name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                [id, name, role.rawValue, SHA256.hex(Array(secret.utf8)), Timestamp.string(instant)])
        }
        return (StaffToken(id: id, name: name, role: role, createdAt: Date(timeIntervalSince1970: instant.timeIntervalSince1970.rounded(.down)), revokedAt: nil), secret)
    }

    /// The token a secret belongs to, revoked or not; nil for an unknown secret.
    public func token(secret: String) throws -> StaffToken? {
        let hash = SHA256.hex(Array(secret.utf8))
        return try pool.read { database in
            try database.queryFirst("SELECT id, name, role, created_at, revoked_at FROM staff_tokens WHERE token_hash = ?", [hash], Self.token)
        }
    }

    public func tokens() throws -> [StaffToken] {
        try pool.read { database in
            try database.query("SELECT id, name, role, created_at, revoked_at FROM staff_tokens ORDER BY created_at, id", [], Self.token)
        }
    }

    /// Revokes a token; returns false when there is no such token.
    @discardableResult
    public func revokeToken(id: String, at instant: Date = Date()) throws -> Bool {
        try pool.write { database in
            try database.run("UPDATE staff_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", [Timestamp.string(instant), id])
            return try database.queryFirst("SELECT 1 FROM staff_tokens WHERE id = ?", [id]) { $0.int(0) } != nil
        }
    }

    /// Gives a token another role (an admin grants `editor`); false when there is no such token.
    public func setRole(_ role: StaffToken.Role, tokenId id: String) throws -> Bool {
        try pool.write { database in
            try database.run("UPDATE staff_tokens SET role = ? WHERE id = ?", [role.rawValue, id])
            return database.changes > 0
        }
    }

    /// `prefix` and 32 random bytes in hex, from the system's secure generator.
    private static func randomSecret(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return prefix + (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16).leftPadded(to: 2) }.joined()
    }

    // MARK: Staff page sessions

    /// Opens a staff page session for a token and returns its secret for the browser's cookie (only its SHA-256 is
    /// stored); it ends after `lifetime` seconds. Sessions already ended are deleted on the way.
    public func openStaffSession(tokenId: String, lifetime: Int, at instant: Date = Date()) throws -> String {
        let secret = Self.randomSecret(prefix: "session_")
        try pool.write { database in
            try database.run("DELETE FROM staff_sessions WHERE expires_at <= ?", [Timestamp.string(instant)])
            try database.run(
                "INSERT INTO staff_sessions(session_hash, token_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                [SHA256.hex(Array(secret.utf8)), tokenId, Timestamp.string(instant), Timestamp.string(instant + TimeInterval(lifetime))])
        }
        return secret
    }

    /// The token behind an open session; nil for an unknown, signed-out or expired session or a revoked token.
    public func staffSession(secret: String, at instant: Date = Date()) throws -> StaffToken? {
        try pool.read { database in
            try database.queryFirst(
                """
                SELECT t.id, t.name, t.role, t.created_at, t.revoked_at FROM staff_sessions s JOIN staff_tokens t ON t.id = s.token_id
                WHERE s.session_hash = ? AND s.expires_at > ? AND t.revoked_at IS NULL
                """, [SHA256.hex(Array(secret.utf8)), Timestamp.string(instant)], Self.token)
        }
    }

    /// Ends a session (signing out); an unknown secret changes nothing.
    public func closeStaffSession(secret: String) throws {
        try pool.write { database in
            try database.run("DELETE FROM staff_sessions WHERE session_hash = ?", [SHA256.hex(Array(secret.utf8))])
        }
    }

    private static func token(_ row: Row) -> StaffToken {
        StaffToken(
            id: row.text(0), name: row.text(1), role: StaffToken.Role(rawValue: row.text(2)) ?? .staff,
            createdAt: Timestamp.date(row.text(3)) ?? Date(timeIntervalSince1970: 0), revokedAt: row.optionalText(4).flatMap(Timestamp.date))
    }

    // MARK: Rows

    private static func log(
        _ database: Database, _ seq: Int64, at now: String, actor: String, action: String, from: String? = nil, to: String? = nil, note: String? = nil
    ) throws {
        try database.run(
            "INSERT INTO enquiry_events(enquiry_seq, at, actor, action, from_value, to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, now, actor, action, from, to, note])
    }

    private static func records(_ database: Database, seqs: [Int64]) throws -> [EnquiryRecord] {
        try seqs.compactMap { seq in
            let history = try database.query(
                "SELECT at, actor, action, from_value, to_value, note FROM enquiry_events WHERE enquiry_seq = ? ORDER BY id", [seq]
            ) { row in
                EnquiryRecord.Event(
                    at: Timestamp.date(row.text(0)) ?? Date(timeIntervalSince1970: 0), actor: row.text(1), action: row.text(2),
                    from: row.optionalText(3), to: row.optionalText(4), note: row.optionalText(5))
            }
            return try database.queryFirst(
                """
                SELECT reference, text, topic, channel, name, email, phone, association, organisation_number, status, routed_unit,
                    confidence, assigned_unit, created_at, updated_at, closed_at, personal_data_erased_at, latitude, longitude, address,
                    media_url
                FROM enquiries WHERE seq = ?
                """, [seq]
            ) { row in
                let location = EnquiryRecord.Location(
                    latitude: row.optionalDouble(17), longitude: row.optionalDouble(18), address: row.optionalText(19), mediaURL: row.optionalText(20))
                return EnquiryRecord(
                    reference: row.text(0), text: row.text(1), topic: row.optionalText(2), channel: row.text(3),
                    person: .init(name: row.optionalText(4), email: row.optionalText(5), phone: row.optionalText(6),
                                  association: row.optionalText(7), organisationNumber: row.optionalText(8)),
                    status: EnquiryRecord.Status(rawValue: row.text(9)) ?? .received, routedUnit: row.text(10), confidence: row.double(11),
                    assignedUnit: row.text(12), createdAt: Timestamp.date(row.text(13)) ?? Date(timeIntervalSince1970: 0),
                    updatedAt: Timestamp.date(row.text(14)) ?? Date(timeIntervalSince1970: 0),
                    closedAt: row.optionalText(15).flatMap(Timestamp.date), personalDataErasedAt: row.optionalText(16).flatMap(Timestamp.date),
                    history: history, location: location.isEmpty ? nil : location)
            }
        }
    }
}
