import Foundation
import LotsenModel
import LotsenSQLite

extension StoreTransaction {
    /// Adds or replaces an event of the årshjul.
    public func put(_ event: CalendarEvent) throws {
        guard try !removedByHand(.event, id: event.id) else { return }
        let event = try keepingHandEdits(event, .event, id: event.id)
        guard !event.id.isEmpty, !event.name.isEmpty, !event.schedule.isEmpty else {
            throw StoreError("event '\(event.id)': id, name and at least one schedule slot are required")
        }
        if let slot = event.schedule.first(where: { !(1...12).contains($0.month) || !(1...12).contains($0.endMonth ?? $0.month) }) {
            throw StoreError("event '\(event.id)': schedule month \(slot.month) is not 1–12")
        }
        if event.ends != nil, event.starts == nil { throw StoreError("event '\(event.id)': field 'ends' needs 'starts'") }
        if let starts = event.starts, let ends = event.ends, ends <= starts {
            throw StoreError("event '\(event.id)': field 'ends' (\(ends)) must be after 'starts' (\(starts))")
        }
        let encoder = JSONEncoder.lotsen
        let schedule = String(decoding: try encoder.encode(event.schedule), as: UTF8.self)
        let dates = String(decoding: try encoder.encode(event.dates), as: UTF8.self)
        let existed = try database.queryFirst("SELECT 1 FROM calendar_events WHERE id = ?", [event.id]) { _ in true } ?? false
        try database.run(
            """
            INSERT INTO calendar_events(id, name, description, unit_id, url, schedule, dates, starts, ends, place, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
                unit_id = excluded.unit_id, url = excluded.url, schedule = excluded.schedule, dates = excluded.dates,
                starts = excluded.starts, ends = excluded.ends, place = excluded.place, updated_at = excluded.updated_at
            WHERE (name, description, unit_id, url, schedule, dates, starts, ends, place)
                IS NOT (excluded.name, excluded.description, excluded.unit_id, excluded.url, excluded.schedule, excluded.dates,
                        excluded.starts, excluded.ends, excluded.place)
            """,
            [event.id, event.name, event.description, event.unitId, event.url, schedule, dates,
             event.starts?.description, event.ends?.description, event.place, now])
        if database.changes > 0 {
            markChanged()
            try logChange(.event, id: event.id, name: event.name, change: existed ? .changed : .added)
        }
        if database.changes > 0 { markChanged() }
    }

    /// Remembers the date of each calendar entry by its UID; an entry whose date moved gets its
    /// iCalendar SEQUENCE raised, so subscribed calendars replace it instead of showing both.
    public func recordCalendarDates(_ entries: [(uid: String, date: String)]) throws {
        for entry in entries {
            try database.run(
                """
                INSERT INTO calendar_sequences(uid, date, sequence) VALUES (?, ?, 0)
                ON CONFLICT(uid) DO UPDATE SET date = excluded.date, sequence = sequence + 1 WHERE date <> excluded.date
                """,
                [entry.uid, entry.date])
            if database.changes > 0 { markChanged() }
        }
    }
}

extension Store {
    /// The grants still offered (not withdrawn), in id order.
    public func currentGrants() throws -> [Stored<Grant>] {
        try pool.read { database in
            let seqs = try database.query("SELECT seq FROM grants WHERE withdrawn_at IS NULL ORDER BY id") { $0.int64(0) }
            return try Reader(database: database).grants(seqs: seqs)
        }
    }

    /// The årshjul's events, by id.
    public func calendarEvents() throws -> [CalendarEvent] {
        try pool.read { database in
            try database.query("\(Self.eventSelect) ORDER BY id", [], Self.event)
        }
    }

    /// One event of the årshjul, or nil.
    public func calendarEvent(id: String) throws -> CalendarEvent? {
        try pool.read { try $0.queryFirst("\(Self.eventSelect) WHERE id = ?", [id], Self.event) }
    }

    static let eventSelect = "SELECT id, name, description, unit_id, url, schedule, dates, starts, ends, place FROM calendar_events"

    static func event(_ row: Row) -> CalendarEvent {
        let decoder = JSONDecoder.lotsen
        return CalendarEvent(
            id: row.text(0), name: row.text(1), description: row.text(2), unitId: row.optionalText(3), url: row.optionalText(4),
            schedule: (try? decoder.decode([CalendarEvent.Slot].self, from: Data(row.text(5).utf8))) ?? [],
            dates: (try? decoder.decode([LocalDate].self, from: Data(row.text(6).utf8))) ?? [],
            starts: row.optionalText(7).flatMap(LocalTime.init), ends: row.optionalText(8).flatMap(LocalTime.init),
            place: row.optionalText(9))
    }

    /// The iCalendar SEQUENCE of every entry whose date has changed at least once.
    public func calendarSequences() throws -> [String: Int] {
        try pool.read { database in
            var sequences: [String: Int] = [:]
            try database.forEach("SELECT uid, sequence FROM calendar_sequences WHERE sequence > 0") { row in
                sequences[row.text(0)] = row.int(1)
            }
            return sequences
        }
    }
}
