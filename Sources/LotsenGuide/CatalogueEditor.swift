import Foundation
import LotsenCalendar
import LotsenModel
import LotsenStore

/// Staff edits as the API and the pages both make them: a grant whose deadline wording an editor changes gets its
/// deadline rules read anew from the new wording (unless the edit gives rules itself), so the calendar follows.
public struct CatalogueEditor: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func edit(_ record: EditableRecord, id: String, _ edit: RecordEdit, now: Date = Date()) throws -> EditOutcome {
        guard record == .grant, var object = try? JSONSerialization.jsonObject(with: edit.body) as? [String: Any],
              object["deadline_rules"] == nil, let wording = object["deadline_text"] else {
            return try store.edit(record, id: id, edit, now: now)
        }
        let rules = (wording as? String).map { DeadlineParser.parse($0) } ?? []
        object["deadline_rules"] = try JSONSerialization.jsonObject(with: JSONEncoder.lotsen.encode(rules))
        var edit = edit
        edit.body = try JSONSerialization.data(withJSONObject: object)
        return try store.edit(record, id: id, edit, now: now)
    }
}
