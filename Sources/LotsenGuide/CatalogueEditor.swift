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
        // Only new wording is read anew, with the hint the stored rules give (a round that recurs every year), so saving
        // a grant for another field keeps the rules its import read.
        let stored = try store.grant(id: id)?.item
        guard (wording as? String) != stored?.deadlineText else { return try store.edit(record, id: id, edit, now: now) }
        let yearly = stored?.deadlineRules.contains { $0.recurring } ?? false
        let year = now.localDateAndTime(in: .stockholm).0.year
        let rules = (wording as? String).map { DeadlineParser.parse($0, yearlyHint: yearly, referenceYear: year) } ?? []
        object["deadline_rules"] = try JSONSerialization.jsonObject(with: JSONEncoder.lotsen.encode(rules))
        var edit = edit
        edit.body = try JSONSerialization.data(withJSONObject: object)
        let outcome = try store.edit(record, id: id, edit, now: now)
        try rememberDates(ofGrant: id, now: now)
        return outcome
    }

    /// Records the grant's deadline dates, so a date moved by hand raises the iCalendar SEQUENCE of its entry and
    /// subscribed calendars move it too.
    private func rememberDates(ofGrant id: String, now: Date) throws {
        guard let stored = try store.grant(id: id) else { return }
        let dates = GrantCalendar.remembered([CalendarGrant(grant: stored.item, url: stored.provenance.originUrl)], today: now.localDateAndTime(in: .stockholm).0)
        try store.transaction(now: now) { try $0.recordCalendarDates(dates) }
    }
}
