import Foundation
import LotsenModel
import LotsenSQLite

/// Records as their editors see them: the JSON of each record's fields (the API's own shape), read, compared,
/// merged (RFC 7396) and written back through the same checks an import's records pass.
enum EditableJSON {
    /// The record's fields as canonical JSON (sorted keys), or nil when there is no such record.
    static func read(_ record: EditableRecord, id: String, _ database: Database) throws -> Data? {
        let encoder = JSONEncoder.lotsen
        let reader = Reader(database: database)
        switch record {
        case .premises: return try reader.premises(id: id).map { try encoder.encode($0.item) }
        case .grant:
            // A grant's withdrawal is part of what editors see (and of its version), as it is for premises.
            guard let grant = try reader.grant(id: id)?.item, var object = object(try encoder.encode(grant)) else { return nil }
            object["withdrawn_at"] = try database.queryFirst("SELECT withdrawn_at FROM grants WHERE id = ?", [id]) { $0.optionalText(0) } ?? nil
            return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        case .unit: return try reader.unit(id: id).map { try encoder.encode($0) }
        case .event: return try database.queryFirst("\(Store.eventSelect) WHERE id = ?", [id], Store.event).map { try encoder.encode($0) }
        case .styrgrupp, .iop:
            return try database.queryFirst("SELECT body FROM samverkan WHERE kind = ? AND id = ?", [record.rawValue, id]) { Data($0.text(0).utf8) }
        }
    }

    /// Decodes `object` as the record's type and writes it like an import would (vocabulary, ranges, references).
    static func write(_ record: EditableRecord, _ object: [String: Any], _ transaction: StoreTransaction) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        let id = object["id"] as? String ?? ""
        do {
            switch record {
            case .premises:
                let origin = try originAndSource("premises", id: id, transaction.database)
                try transaction.put(try decode(Premises.self, data), originUrl: origin.url, sourceId: origin.source)
            case .grant:
                let origin = try originAndSource("grants", id: id, transaction.database)
                try transaction.put(try decode(Grant.self, data), originUrl: origin.url, sourceId: origin.source)
                // An edit without `withdrawn_at` brings a withdrawn grant back.
                if object["withdrawn_at"] == nil { try transaction.restoreGrant(id: id, name: object["name"] as? String ?? id) }
            case .unit:
                let source = try transaction.database.queryFirst("SELECT source_id FROM units WHERE id = ?", [id]) { $0.optionalInt64(0) }
                try transaction.put(try decode(MunicipalUnit.self, data), sourceId: source ?? nil)
            case .event:
                try transaction.put(try decode(CalendarEvent.self, data))
            case .styrgrupp:
                try transaction.put(try decode(SteeringGroupMember.self, data))
            case .iop:
                try transaction.put(try decode(IOPAgreement.self, data))
            }
        } catch let error as StoreError {
            throw EditFailure.invalid(error.message)
        } catch let error as SQLiteError {
            throw EditFailure.invalid("\(record.rawValue) '\(id)': \(error)")
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        do {
            return try JSONDecoder.lotsen.decode(type, from: data)
        } catch let error as DecodingError {
            throw EditFailure.invalid(error.readableDescription)
        }
    }

    private static func originAndSource(_ table: String, id: String, _ database: Database) throws -> (url: String?, source: Int64?) {
        // The table name is one of two constants, never input.
        try database.queryFirst("SELECT origin_url, source_id FROM \(table) WHERE id = ?", [id]) {
            ($0.optionalText(0), $0.optionalInt64(1))
        } ?? (nil, nil)
    }

    /// Refuses an edit based on a version that is not the record's current one (`If-Match`: a list of entity tags,
    /// `*` for any; a tag's part before a `.` is the record's version, the rest tells representations apart).
    static func check(_ ifMatch: String?, against current: Data?, mergeNeedsRecord: Bool) throws {
        guard let current else {
            if mergeNeedsRecord { throw EditFailure.notFound }
            if ifMatch != nil { throw EditFailure.versionMismatch(current: "") }
            return
        }
        let version = Self.version(current)
        guard let ifMatch else { throw EditFailure.versionRequired }
        // Strong comparison (RFC 9110 13.1.1): a weak tag never matches.
        let tags = ifMatch.split(separator: ",").compactMap { tag -> Substring? in
            let tag = tag.trimmingCharacters(in: .whitespaces)
            guard !tag.hasPrefix("W/") else { return nil }
            return tag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))[...].split(separator: ".", maxSplits: 1).first ?? ""
        }
        guard ifMatch.trimmingCharacters(in: .whitespaces) == "*" || tags.contains(where: { $0 == version }) else {
            throw EditFailure.versionMismatch(current: version)
        }
    }

    /// The record's version: 16 hex digits of the SHA-256 of its canonical JSON.
    static func version(_ json: Data) -> String { String(SHA256.hex(json).prefix(16)) }

    static func object(_ json: Data?) -> [String: Any]? {
        json.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    /// A JSON value as compact, sorted text; nil for an absent value.
    static func text(_ value: Any?) -> String? {
        guard let value, !(value is NSNull) else { return nil }
        return (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// RFC 7396: members of `patch` replace the target's, `null` removes one, objects merge recursively.
    static func mergePatch(_ target: [String: Any], _ patch: [String: Any]) -> [String: Any] {
        var result = target
        for (key, value) in patch {
            if value is NSNull {
                result[key] = nil
            } else if let inner = value as? [String: Any] {
                result[key] = mergePatch(result[key] as? [String: Any] ?? [:], inner)
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// The fields whose value differs, with both values as JSON text: top-level fields, a nested object's fields as
    /// `booking.note`, and a unit's dated exceptions as `channels.exceptions` when nothing else of its channels
    /// changed — so a hand edit keeps only what the person touched from imports, not the whole object around it.
    static func changedFields(_ before: [String: Any], _ after: [String: Any]) -> [(name: String, before: String?, after: String?)] {
        Set(before.keys).union(after.keys).subtracting(["id"]).sorted().flatMap { key -> [(name: String, before: String?, after: String?)] in
            let (old, new) = (before[key], after[key])
            if text(old) == text(new) { return [] }
            if let old = old as? [String: Any], let new = new as? [String: Any] {
                return Set(old.keys).union(new.keys).sorted().compactMap { sub in
                    text(old[sub]) == text(new[sub]) ? nil : ("\(key).\(sub)", text(old[sub]), text(new[sub]))
                }
            }
            if key == "channels", let old = old as? [[String: Any]], let new = new as? [[String: Any]], old.count == new.count,
               text(old.map { exceptions(of: $0, replacedBy: nil) }) == text(new.map { exceptions(of: $0, replacedBy: nil) }) {
                return [("channels.exceptions", text(old.map { exceptions(in: $0) }), text(new.map { exceptions(in: $0) }))]
            }
            return [(key, text(old), text(new))]
        }
    }

    /// A channel's dated exceptions.
    static func exceptions(in channel: [String: Any]) -> Any {
        (channel["hours"] as? [String: Any])?["exceptions"] ?? NSNull()
    }

    /// `channel` with its exceptions replaced (nil: removed), for comparing the rest.
    static func exceptions(of channel: [String: Any], replacedBy exceptions: Any?) -> [String: Any] {
        guard var hours = channel["hours"] as? [String: Any] else { return channel }
        hours["exceptions"] = exceptions
        var channel = channel
        channel["hours"] = hours
        return channel
    }

    /// `incoming`'s value of `field` (a path as ``changedFields(_:_:)`` names them) replaced by `stored`'s; nil when
    /// they were the same already, else the imported and the kept value as JSON text.
    static func keep(_ field: String, of stored: [String: Any], in incoming: inout [String: Any]) -> (imported: String?, kept: String?)? {
        if field == "channels.exceptions" {
            guard var channels = incoming["channels"] as? [[String: Any]], let kept = stored["channels"] as? [[String: Any]] else { return nil }
            let before = text(channels.map { exceptions(in: $0) })
            for index in channels.indices {
                // The stored channel of the same kind and value, else the one in the same place.
                let match = kept.first { text($0["kind"]) == text(channels[index]["kind"]) && text($0["value"]) == text(channels[index]["value"]) }
                    ?? (index < kept.count ? kept[index] : nil)
                channels[index] = exceptions(of: channels[index], replacedBy: match.map { exceptions(in: $0) } ?? [Any]())
            }
            incoming["channels"] = channels
            let after = text(channels.map { exceptions(in: $0) })
            return before == after ? nil : (before, after)
        }
        let path = field.split(separator: ".", maxSplits: 1).map(String.init)
        if path.count == 2 {
            var inner = incoming[path[0]] as? [String: Any] ?? [:]
            let kept = (stored[path[0]] as? [String: Any])?[path[1]]
            guard text(inner[path[1]]) != text(kept) else { return nil }
            let imported = text(inner[path[1]])
            inner[path[1]] = kept
            incoming[path[0]] = inner
            return (imported, text(kept))
        }
        guard text(incoming[field]) != text(stored[field]) else { return nil }
        let imported = text(incoming[field])
        incoming[field] = stored[field]
        return (imported, text(stored[field]))
    }
}

/// A record's version, as editors send it back in `If-Match`: it changes whenever the record's fields do.
public enum RecordVersion {
    public static func of(_ item: some Encodable) throws -> String { EditableJSON.version(try JSONEncoder.lotsen.encode(item)) }
}

extension StoreTransaction {
    func restoreGrant(id: String, name: String) throws {
        try database.run("UPDATE grants SET withdrawn_at = NULL, updated_at = ?1 WHERE id = ?2 AND withdrawn_at IS NOT NULL", [now, id])
        if database.changes > 0 { try logChange(.grant, id: id, name: name, change: .added) }
    }

    /// Adds or replaces a member of the styrgrupp (fields a person set are kept).
    public func put(_ member: SteeringGroupMember) throws {
        guard try !removedByHand(.styrgrupp, id: member.id) else { return }
        let member = try keepingHandEdits(member, .styrgrupp, id: member.id)
        guard !member.name.isEmpty, !member.organisation.isEmpty else { throw StoreError("styrgrupp '\(member.id)': name and organisation are required") }
        try putSamverkan(.styrgrupp, id: member.id, position: member.position, body: try JSONEncoder.lotsen.encode(member))
    }

    /// Adds or replaces an IOP agreement of the register (fields a person set are kept).
    public func put(_ agreement: IOPAgreement) throws {
        guard try !removedByHand(.iop, id: agreement.id) else { return }
        let agreement = try keepingHandEdits(agreement, .iop, id: agreement.id)
        guard !agreement.name.isEmpty, !agreement.parties.isEmpty else { throw StoreError("iop '\(agreement.id)': name and parties are required") }
        try putSamverkan(.iop, id: agreement.id, position: agreement.position, body: try JSONEncoder.lotsen.encode(agreement))
    }

    func putSamverkan(_ record: EditableRecord, id: String, position: Int, body: Data) throws {
        guard !id.isEmpty else { throw EditFailure.invalid("id is required") }
        try database.run(
            """
            INSERT INTO samverkan(kind, id, position, body) VALUES (?, ?, ?, ?)
            ON CONFLICT(kind, id) DO UPDATE SET position = excluded.position, body = excluded.body WHERE body IS NOT excluded.body
            """,
            [record.rawValue, id, position, String(decoding: body, as: UTF8.self)])
        if database.changes > 0 { markChanged() }
    }
}

extension Store {
    /// The styrgrupp's members in their order.
    public func steeringGroup() throws -> [SteeringGroupMember] { try samverkan(.styrgrupp) }

    /// The register of IOP agreements in its order.
    public func iopAgreements() throws -> [IOPAgreement] { try samverkan(.iop) }

    private func samverkan<T: Decodable>(_ record: EditableRecord) throws -> [T] {
        try pool.read { database in
            try database.query("SELECT body FROM samverkan WHERE kind = ? ORDER BY position, id", [record.rawValue]) { $0.text(0) }
        }.compactMap { try? JSONDecoder.lotsen.decode(T.self, from: Data($0.utf8)) }
    }
}
