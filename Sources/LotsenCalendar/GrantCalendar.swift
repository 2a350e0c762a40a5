import Foundation
import LotsenModel

/// One line of the calendar: a grant's deadline or an event of the årshjul.
/// As JSON it has the fields Simpler.Grants.gov users know: close date, its description, forecast or not.
public struct CalendarEntry: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Codable { case deadline, event }

    public var kind: Kind
    public var grantId: String?
    public var eventId: String?
    /// The first day; nil for rolling and relative deadlines.
    public var date: LocalDate?
    /// The last day, for events announced as a span of months ("början av året").
    public var endDate: LocalDate?
    /// The next working day when `date` is a Saturday, Sunday or holiday.
    public var effectiveDate: LocalDate?
    public var opens: LocalDate?
    public var status: Deadline.Status
    /// True when only the month is known (dates are announced later).
    public var approximate: Bool
    public var grantYear: Int?
    public var url: String?
    public var unitId: String?
    /// What the identifier, title and description are made of; they are put together only when asked for,
    /// so a feed of thousands of entries is written without building a string per entry.
    var details: Details

    enum Details: Sendable, Equatable {
        case deadline(Deadline, grantName: String, summary: String)
        case event(uid: String, title: String, description: String)
    }

    /// Stable across regenerations: the grant or event, the year and the round, never the date itself.
    public var uid: String { joined(writeUID) }

    /// "Sista ansökningsdag: Aktivitetsstöd", "Dialogkonferens för idéburen sektor".
    public var title: String { joined(writeTitle) }

    /// The deadline text the entry was read from, verbatim.
    public var phrase: String? {
        if case .deadline(let deadline, _, _) = details { deadline.rule.phrase } else { nil }
    }

    /// ``uid`` in pieces.
    public func writeUID(_ write: (String) -> Void) {
        switch details {
        case .event(let uid, _, _):
            write(uid)
        case .deadline(let deadline, _, _):
            write("deadline-")
            write(grantId ?? "")
            write("-")
            switch deadline.status {
            case .rolling, .relative, .unknown:
                write(deadline.status.rawValue)
            default:
                write(String(deadline.date!.year))
                write("-")
                write(String(deadline.round))
            }
            write("@")
            write(GrantCalendar.uidDomain)
        }
    }

    /// ``title`` in pieces.
    public func writeTitle(_ write: (String) -> Void) {
        switch details {
        case .event(_, let title, _):
            write(title)
        case .deadline(let deadline, let name, _):
            switch deadline.status {
            case .rolling: write("Söks löpande: ")
            case .relative: write("Sista ansökningsdag räknas från ditt evenemang: ")
            case .unknown: write("Sista ansökningsdag oklar: ")
            default: write("Sista ansökningsdag: ")
            }
            write(name)
        }
    }

    private func joined(_ pieces: ((String) -> Void) -> Void) -> String {
        var text = ""
        pieces { text += $0 }
        return text
    }

    enum CodingKeys: String, CodingKey {
        case kind = "type", uid, title, grantId = "grant_id", eventId = "event_id", date, endDate = "end_date"
        case effectiveDate = "effective_date", opens, status, isForecast = "is_forecast", approximate, phrase
        case grantYear = "grant_year", url, description, unitId = "unit_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(uid, forKey: .uid)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(grantId, forKey: .grantId)
        try c.encodeIfPresent(eventId, forKey: .eventId)
        try c.encode(date, forKey: .date)
        if endDate != date { try c.encodeIfPresent(endDate, forKey: .endDate) }
        try c.encodeIfPresent(effectiveDate, forKey: .effectiveDate)
        try c.encodeIfPresent(opens, forKey: .opens)
        try c.encode(status, forKey: .status)
        try c.encode(status == .projected, forKey: .isForecast)
        try c.encode(approximate, forKey: .approximate)
        try c.encodeIfPresent(phrase, forKey: .phrase)
        try c.encodeIfPresent(grantYear, forKey: .grantYear)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encode(description, forKey: .description)
        try c.encodeIfPresent(unitId, forKey: .unitId)
    }

    /// Explanatory text for people: the date in words, the working-day rule, the municipality's own phrase.
    public var description: String { joined(describe) }

    /// The description in pieces, so a writer can escape them straight into its output.
    public func describe(_ write: (String) -> Void) {
        switch details {
        case .event(_, _, let text):
            write(text)
        case .deadline(let deadline, _, let summary):
            if let date = deadline.date {
                write("Sista ansökningsdag: ")
                SwedishDate.long(date, write)
                if let effective = deadline.effectiveDate, effective != date {
                    write("\nInfaller på en ")
                    write(SwedishDate.weekdayName(date))
                    write("; närmaste vardag är ")
                    SwedishDate.long(effective, write)
                    write(".")
                }
                if let opens = deadline.opens {
                    write("\nAnsökningsperioden öppnar ")
                    SwedishDate.long(opens, write)
                    write(".")
                }
                if let grantYear = deadline.grantYear {
                    write("\nAnsökan gäller bidrag för ")
                    write(String(grantYear))
                    write(".")
                }
                if deadline.status == .projected {
                    write("\nBeräknat utifrån tidigare år; kommunen har inte publicerat datumet än.")
                }
                write("\n")
            } else if deadline.status == .rolling {
                write("Söks löpande under året")
                write(deadline.rule.event.map { ", " + $0 + "." } ?? ".")
                write("\n")
            } else if deadline.status == .relative, let offset = deadline.rule.offset {
                write("Sista ansökningsdag räknas från ditt eget datum: ")
                write(SwedishDate.offset(offset))
                write(deadline.rule.event.map { " " + $0 + "." } ?? ".")
                write("\n")
            }
            write("Kommunens text: \"")
            write(deadline.rule.phrase)
            write("\"")
            if !summary.isEmpty {
                write("\n")
                write(summary)
            }
        }
    }
}

/// A grant with what the calendar needs besides it.
public struct CalendarGrant: Sendable {
    public var grant: Grant
    public var url: String?

    public init(grant: Grant, url: String?) {
        self.grant = grant
        self.url = url
    }
}

/// Which entries a calendar request wants.
public struct CalendarFilter: Sendable, Equatable {
    public var applicant: String?
    public var category: String?
    public var unit: String?
    /// Leave out the årshjul's events.
    public var deadlinesOnly = false

    public init(applicant: String? = nil, category: String? = nil, unit: String? = nil, deadlinesOnly: Bool = false) {
        self.applicant = applicant
        self.category = category
        self.unit = unit
        self.deadlinesOnly = deadlinesOnly
    }

    func admits(_ grant: Grant) -> Bool {
        (applicant.map { grant.applicants.contains($0) } ?? true)
            && (category.map { grant.categories.contains($0) } ?? true)
            && (unit.map { grant.ownerUnitId == $0 } ?? true)
    }

    func admits(_ event: CalendarEvent) -> Bool {
        !deadlinesOnly && applicant == nil && category == nil ? (unit.map { event.unitId == $0 } ?? true) : false
    }
}

/// Builds the årshjul: every grant deadline and event in a date range, sorted, then the grants that are open
/// all year or relative to the applicant's own event.
public enum GrantCalendar {
    public static let uidDomain = "lotsen.kristianstad.se"

    public static func entries(
        grants: [CalendarGrant], events: [CalendarEvent], from: LocalDate, to: LocalDate, today: LocalDate,
        filter: CalendarFilter = CalendarFilter(), includeUndated: Bool = true
    ) -> [CalendarEntry] {
        guard from <= to else { return [] }
        // Grants are independent: their deadlines are evaluated on all cores at once.
        let perGrant = grants.withSharedElements { grants in
            inParallel(grants.base.count) { index -> (dated: [Deadline], undated: [Deadline]) in
                // Through the pointer, in place: copying a whole grant would retain each of its strings.
                let item = grants.base.baseAddress! + index
                guard filter.admits(item.pointee.grant) else { return ([], []) }
                return (
                    DeadlineEvaluator.deadlines(item.pointee.grant.deadlineRules, from: from, to: to, today: today),
                    includeUndated ? DeadlineEvaluator.undated(item.pointee.grant.deadlineRules) : []
                )
            }
        }
        let eventEntries = events.filter(filter.admits).flatMap { occurrences(of: $0, from: from, to: to) }
        // By day, then in the order built (grants in order, then events): sorting pairs of integers, not entries.
        // The second number is the grant (or, past the last grant, the events) in the high half, the deadline in the low.
        var keys: [(day: Int, position: Int)] = []
        keys.reserveCapacity(grants.count + eventEntries.count)
        for (grant, found) in perGrant.enumerated() {
            for (deadline, item) in found.dated.enumerated() { keys.append((item.date!.dayNumber, grant << 32 | deadline)) }
        }
        for (index, event) in eventEntries.enumerated() { keys.append((event.date!.dayNumber, grants.count << 32 | index)) }
        keys.sort { $0.day != $1.day ? $0.day < $1.day : $0.position < $1.position }
        let order = keys.map { (grant: $0.position >> 32, deadline: $0.position & 0xFFFF_FFFF) }
        let dated = grants.withSharedElements { grants in
            perGrant.withSharedElements { perGrant in
                order.withSharedElements { order in
                    inParallel(order.base.count) { index in
                        let key = order.base[index]
                        return key.grant == grants.base.count ? eventEntries[key.deadline]
                            : entry(grants.base[key.grant], perGrant.base[key.grant].dated[key.deadline])
                    }
                }
            }
        }
        guard includeUndated else { return dated }
        return dated + perGrant.indices.flatMap { grant in perGrant[grant].undated.map { entry(grants[grant], $0) } }
    }

    /// Each deadline's event UID and date from last year to three years ahead, for the store to remember: when a
    /// UID's date moves, the feed raises its SEQUENCE so calendar apps replace the event instead of keeping both.
    public static func remembered(_ grants: [CalendarGrant], today: LocalDate) -> [(uid: String, date: String)] {
        let from = LocalDate(clampingYear: today.year - 1, month: 1, day: 1), to = LocalDate(clampingYear: today.year + 3, month: 12, day: 31)
        return grants.flatMap { item in
            DeadlineEvaluator.deadlines(item.grant.deadlineRules, from: from, to: to, today: today).compactMap { deadline in
                deadline.date.map { (entry(item, deadline).uid, $0.description) }
            }
        }
    }

    /// The calendar entry for one deadline of one grant.
    public static func entry(_ item: CalendarGrant, _ deadline: Deadline) -> CalendarEntry {
        CalendarEntry(
            kind: .deadline, grantId: item.grant.id, eventId: nil,
            date: deadline.date, endDate: deadline.date, effectiveDate: deadline.effectiveDate, opens: deadline.opens,
            status: deadline.status, approximate: false, grantYear: deadline.grantYear,
            url: item.url ?? item.grant.applicationUrl, unitId: item.grant.ownerUnitId,
            // Another funder's grant names its funder, in the feed as on the page.
            details: .deadline(deadline, grantName: item.grant.name + (item.grant.funder.map { " (\($0))" } ?? ""), summary: item.grant.summary))
    }

    /// An event's slots in the years `from...to` touches; a known date replaces its slot's month span.
    static func occurrences(of event: CalendarEvent, from: LocalDate, to: LocalDate) -> [CalendarEntry] {
        var entries: [CalendarEntry] = []
        guard from <= to else { return entries }
        for year in from.year...to.year {
            // A slot with a month outside 1–12 or ending before it starts (a bad seed row) is left out, not trapped on.
            for (index, slot) in event.schedule.enumerated() where (1...12).contains(slot.month) && (slot.month...12).contains(slot.endMonth ?? slot.month) {
                let endMonth = slot.endMonth ?? slot.month
                let known = event.dates.first { $0.year == year && (slot.month...endMonth).contains($0.month) }
                let start: LocalDate, end: LocalDate, approximate: Bool
                if let known {
                    (start, end, approximate) = (known, known, false)
                } else if let day = slot.day {
                    let date = YearDay.date(month: slot.month, day: day).date(in: year)
                    (start, end, approximate) = (date, date, false)
                } else if Self.slotsMoved(event, year: year).contains(index) {
                    continue  // this occasion has a set date this year, outside its usual months
                } else {
                    start = LocalDate(clampingYear: year, month: slot.month, day: 1)
                    end = YearDay.lastDay(of: endMonth).date(in: year)
                    approximate = true
                }
                guard end >= from, start <= to else { continue }
                var description = event.description
                if approximate {
                    let months = slot.month == endMonth ? SwedishDate.monthNames[slot.month - 1]
                        : "\(SwedishDate.monthNames[slot.month - 1])–\(SwedishDate.monthNames[endMonth - 1])"
                    description = "Preliminärt: \(months) \(year); datum meddelas.\n" + description
                } else if let whenAndWhere = Self.timeAndPlace(event) {
                    description = whenAndWhere + "\n" + description
                }
                entries.append(eventEntry(event, start: start, end: end, approximate: approximate, description: description,
                                          uid: "event-\(event.id)-\(year)-\(index + 1)@\(uidDomain)",
                                          title: slot.label.map { "\(event.name) (\($0.lowercased()))" } ?? event.name))
            }
        }
        // A date the organisers set outside every slot's months (the conference moved to March) is an occasion of its own.
        for date in event.dates where (from...to).contains(date) && !Self.inSlots(date, event) {
            let description = [Self.timeAndPlace(event), event.description].compactMap { $0 }.joined(separator: "\n")
            entries.append(eventEntry(event, start: date, end: date, approximate: false, description: description,
                                      uid: "event-\(event.id)-\(date)@\(uidDomain)", title: event.name))
        }
        return entries
    }
}

/// Dates the way Swedish readers expect them: "25 februari 2027", "torsdag".
public enum SwedishDate {
    public static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ]
    static let weekdayNames = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

    public static func long(_ date: LocalDate) -> String {
        var text = ""
        long(date) { text += $0 }
        return text
    }

    /// ``long(_:)`` in pieces short enough to need no allocation.
    static func long(_ date: LocalDate, _ write: (String) -> Void) {
        write(String(date.day))
        write(" ")
        write(monthNames[min(max(date.month, 1), 12) - 1])
        write(" ")
        write(String(date.year))
    }
    public static func weekdayName(_ date: LocalDate) -> String { weekdayNames[date.weekday - 1] }

    /// "sex veckor före" for -6 weeks.
    public static func offset(_ offset: DeadlineRule.Offset) -> String {
        let words = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
        let amount = abs(offset.amount)
        let number = amount < words.count ? words[amount] : String(amount)
        let unit: String
        switch offset.unit {
        case .days: unit = amount == 1 ? "dag" : "dagar"
        case .weeks: unit = amount == 1 ? "vecka" : "veckor"
        case .months: unit = amount == 1 ? "månad" : "månader"
        }
        return "\(amount == 1 && offset.unit == .weeks ? "en" : number) \(unit) \(offset.amount < 0 ? "före" : "efter")"
    }
}

extension GrantCalendar {
    /// The slots whose occasion moved out of their months this year: each set date outside every slot belongs to the
    /// slot nearest in months (the spring meeting moved to June is the spring meeting).
    static func slotsMoved(_ event: CalendarEvent, year: Int) -> Set<Int> {
        Set(event.dates.filter { $0.year == year && !inSlots($0, event) }.compactMap { date in
            event.schedule.indices.min { a, b in distance(date.month, event.schedule[a]) < distance(date.month, event.schedule[b]) }
        })
    }

    private static func distance(_ month: Int, _ slot: CalendarEvent.Slot) -> Int {
        let end = max(slot.month, slot.endMonth ?? slot.month)
        return month < slot.month ? slot.month - month : max(0, month - end)
    }

    /// Whether `date` falls in the months of one of the event's slots.
    static func inSlots(_ date: LocalDate, _ event: CalendarEvent) -> Bool {
        event.schedule.contains { ($0.month...max($0.month, $0.endMonth ?? $0.month)).contains(date.month) }
    }

    /// "Kl. 18.00–21.00, Kulturkvarteret." for an event whose time or place is known.
    static func timeAndPlace(_ event: CalendarEvent) -> String? {
        func clock(_ time: LocalTime) -> String { time.description.replacingOccurrences(of: ":", with: ".") }
        var parts: [String] = []
        if let starts = event.starts { parts.append("Kl. " + clock(starts) + (event.ends.map { "–" + clock($0) } ?? "")) }
        if let place = event.place, !place.isEmpty { parts.append(parts.isEmpty ? "Plats: \(place)" : place) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ") + "."
    }

    static func eventEntry(_ event: CalendarEvent, start: LocalDate, end: LocalDate, approximate: Bool, description: String,
                           uid: String, title: String) -> CalendarEntry {
        CalendarEntry(
            kind: .event, grantId: nil, eventId: event.id,
            date: start, endDate: end, effectiveDate: nil, opens: nil, status: approximate ? .projected : .confirmed,
            approximate: approximate, grantYear: nil, url: event.url, unitId: event.unitId,
            details: .event(uid: uid, title: title, description: description))
    }
}
