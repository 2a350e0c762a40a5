import Foundation
import LotsenModel
import LotsenSQLite

/// The records staff can edit by hand.
public enum EditableRecord: String, Sendable, CaseIterable {
    case premises, grant, unit, event, styrgrupp, iop
}

/// The ids of records made by hand: lower-case ASCII letters, digits and dashes, as the importers make them, so they
/// are safe in every URL, file and feed they appear in.
public enum RecordID {
    public static func isValid(_ id: String) -> Bool {
        (1...120).contains(id.utf8.count) && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }
}

/// An edit of one record: the new record whole (`replace`, PUT) or a JSON Merge Patch of it (`merge`, RFC 7396, PATCH).
public struct RecordEdit: Sendable {
    public enum Mode: Sendable { case replace, merge }

    public var mode: Mode
    /// A JSON object.
    public var body: Data
    /// The version the editor last read (an `If-Match` value); required to change a record that exists.
    public var ifMatch: String?
    /// Who edits: the staff token's id.
    public var actor: String

    public init(mode: Mode, body: Data, ifMatch: String?, actor: String) {
        self.mode = mode
        self.body = body
        self.ifMatch = ifMatch
        self.actor = actor
    }
}

/// What an edit did.
public struct EditOutcome: Sendable, Equatable {
    /// The record's version after the edit (its `ETag`).
    public var version: String
    public var created: Bool
    /// The fields whose value changed.
    public var fields: [String]
    /// The record as the edit left it (the JSON its version is of).
    public var json: Data
}

/// Why an edit was refused; nothing was written.
public enum EditFailure: Error, Sendable, Equatable {
    case notFound
    /// The record exists and the edit named no version it was based on (HTTP 428).
    case versionRequired
    /// Somebody changed the record since the editor read it (HTTP 412); `current` is its version now.
    case versionMismatch(current: String)
    /// The edited record is not valid; the message names the field.
    case invalid(String)
}

/// A field an import would have changed but a person had set: the person's value was kept.
public struct HandEditConflict: Sendable, Equatable, Codable {
    public var record: String
    public var id: String
    public var field: String
    /// The value the import brought (JSON).
    public var imported: String
    /// The value kept, set by hand (JSON).
    public var kept: String

    public init(record: String, id: String, field: String, imported: String, kept: String) {
        self.record = record
        self.id = id
        self.field = field
        self.imported = imported
        self.kept = kept
    }
}

/// One audited change of one field.
public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    /// The staff token's id.
    public var actor: String
    public var record: EditableRecord
    public var recordId: String
    public var field: String
    /// The field's value before and after, as JSON (nil: absent).
    public var before: String?
    public var after: String?
}

extension Store {
    /// The record as its editors see it (the JSON of its fields) with its version, or nil when there is none.
    public func editable(_ record: EditableRecord, id: String) throws -> (json: Data, version: String)? {
        try pool.read { database in
            try EditableJSON.read(record, id: id, database).map { ($0, EditableJSON.version($0)) }
        }
    }

    /// Applies `edit` to one record in one transaction: checks the version, validates the result as an import would,
    /// writes it, audits every changed field and marks those fields as set by hand (imports then keep them).
    public func edit(_ record: EditableRecord, id: String, _ edit: RecordEdit, now: Date = Date()) throws -> EditOutcome {
        try transaction(now: now) { transaction in
            transaction.protectsHandEdits = false
            let before = try EditableJSON.read(record, id: id, transaction.database)
            try EditableJSON.check(edit.ifMatch, against: before, mergeNeedsRecord: edit.mode == .merge)
            if before == nil, !RecordID.isValid(id) {
                throw EditFailure.invalid("id: 1–120 lower-case letters a–z, digits and dashes, e.g. \"dialogkonferens-2027\"")
            }
            guard let body = try? JSONSerialization.jsonObject(with: edit.body) as? [String: Any] else {
                throw EditFailure.invalid("The body must be a JSON object.")
            }
            var object = edit.mode == .replace ? body : EditableJSON.mergePatch(EditableJSON.object(before) ?? [:], body)
            object["id"] = id
            try EditableJSON.write(record, object, transaction)
            let after = try EditableJSON.read(record, id: id, transaction.database) ?? Data()
            let fields = EditableJSON.changedFields(EditableJSON.object(before) ?? [:], EditableJSON.object(after) ?? [:])
            try transaction.audit(record, id: id, fields: fields, before: before, after: after, actor: edit.actor)
            return EditOutcome(version: EditableJSON.version(after), created: before == nil, fields: fields.map(\.name), json: after)
        }
    }

    /// Withdraws a record by hand (premises and grants are kept, marked withdrawn; events and samverkan records are
    /// removed), audited like any edit.
    public func withdraw(_ record: EditableRecord, id: String, ifMatch: String?, actor: String, now: Date = Date()) throws {
        try transaction(now: now) { transaction in
            transaction.protectsHandEdits = false
            let before = try EditableJSON.read(record, id: id, transaction.database)
            guard before != nil else { throw EditFailure.notFound }
            try EditableJSON.check(ifMatch, against: before, mergeNeedsRecord: true)
            let name = (EditableJSON.object(before)?["name"] as? String) ?? id
            // Withdrawing what is already withdrawn changes nothing and is not audited again.
            guard try transaction.withdraw(record, id: id, name: name) else { return }
            try transaction.audit(record, id: id, fields: [(name: "withdrawn_at", before: nil, after: "\"\(transaction.now)\"")],
                                  before: before, after: nil, actor: actor)
        }
    }

    /// The audit trail, newest first: of one record, or of every record of a type, or everything.
    public func auditTrail(_ record: EditableRecord? = nil, id: String? = nil, limit: Int = 200) throws -> [AuditEntry] {
        try pool.read { database in
            try database.query(
                """
                SELECT at, actor, record_type, record_id, field, before, after FROM edits
                WHERE (?1 IS NULL OR record_type = ?1) AND (?2 IS NULL OR record_id = ?2) ORDER BY id DESC LIMIT ?3
                """,
                [record?.rawValue, id, max(0, min(limit, 1000))]
            ) { row in
                AuditEntry(at: Timestamp.date(row.text(0)) ?? Date(timeIntervalSince1970: 0), actor: row.text(1),
                           record: EditableRecord(rawValue: row.text(2)) ?? .premises, recordId: row.text(3), field: row.text(4),
                           before: row.optionalText(5), after: row.optionalText(6))
            }
        }
    }
}

extension StoreTransaction {
    /// Writes the audit rows and the hand-set marks for `fields`.
    func audit(_ record: EditableRecord, id: String, fields: [(name: String, before: String?, after: String?)],
               before: Data?, after: Data?, actor: String) throws {
        for field in fields {
            try database.run(
                "INSERT INTO edits(at, actor, record_type, record_id, field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [now, actor, record.rawValue, id, field.name, field.before, field.after])
            try database.run(
                """
                INSERT INTO hand_fields(record_type, record_id, field, edited_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET edited_at = excluded.edited_at
                """,
                [record.rawValue, id, field.name, now])
        }
        if !fields.isEmpty { markChanged() }
        handFieldCache = nil
    }

    /// Withdraws or removes the record; false when it was already withdrawn.
    func withdraw(_ record: EditableRecord, id: String, name: String) throws -> Bool {
        switch record {
        case .premises:
            // Through the record, so its content hash counts the withdrawal (an import then compares like with like).
            guard var premises = try Reader(database: database).premises(id: id)?.item, premises.withdrawnAt == nil else { return false }
            premises.withdrawnAt = Timestamp.date(now)
            try EditableJSON.write(.premises, EditableJSON.object(try JSONEncoder.lotsen.encode(premises)) ?? [:], self)
        case .grant:
            try database.run("UPDATE grants SET withdrawn_at = ?1, updated_at = ?1 WHERE id = ?2 AND withdrawn_at IS NULL", [now, id])
            guard database.changes > 0 else { return false }
            try logChange(.grant, id: id, name: name, change: .withdrawn)
        case .event:
            try database.run("DELETE FROM calendar_events WHERE id = ?", [id])
            try logChange(.event, id: id, name: name, change: .withdrawn)
        case .styrgrupp, .iop:
            try database.run("DELETE FROM samverkan WHERE kind = ? AND id = ?", [record.rawValue, id])
        case .unit:
            throw EditFailure.invalid("Units are not withdrawn by hand; edit their channels and hours instead.")
        }
        markChanged()
        return true
    }

    /// Whether a person removed this record (an event or samverkan record, which are deleted, not marked): a seed
    /// applied again does not bring it back. Editors can still create it anew.
    func removedByHand(_ record: EditableRecord, id: String) throws -> Bool {
        guard protectsHandEdits, try handFields(record, id: id).contains("withdrawn_at") else { return false }
        let table = record == .event ? "calendar_events" : "samverkan"
        // The table name is one of two constants, never input.
        let exists = try database.queryFirst("SELECT 1 FROM \(table) WHERE id = ?", [id]) { _ in true } ?? false
        return !exists
    }

    /// The fields a person set on each record, loaded once per transaction (the table is small).
    func handFields(_ record: EditableRecord, id: String) throws -> Set<String> {
        if handFieldCache == nil {
            var fields: [String: Set<String>] = [:]
            for (type, recordId, field) in try database.query("SELECT record_type, record_id, field FROM hand_fields", [], {
                ($0.text(0), $0.text(1), $0.text(2))
            }) {
                fields["\(type)/\(recordId)", default: []].insert(field)
            }
            handFieldCache = fields
        }
        return handFieldCache?["\(record.rawValue)/\(id)"] ?? []
    }

    /// `incoming` as an import or seed would write it, with every field a person set kept at its stored value;
    /// each field that differed is noted in ``conflicts``.
    func keepingHandEdits<Item: Codable>(_ incoming: Item, _ record: EditableRecord, id: String) throws -> Item {
        guard protectsHandEdits else { return incoming }
        let fields = try handFields(record, id: id)
        guard !fields.isEmpty, let stored = EditableJSON.object(try EditableJSON.read(record, id: id, database)),
              var object = EditableJSON.object(try JSONEncoder.lotsen.encode(incoming)) else { return incoming }
        for field in fields.sorted() {
            guard let (imported, kept) = EditableJSON.keep(field, of: stored, in: &object) else { continue }
            conflicts.append(HandEditConflict(record: record.rawValue, id: id, field: field, imported: imported ?? "null", kept: kept ?? "null"))
        }
        return try JSONDecoder.lotsen.decode(Item.self, from: JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }
}
