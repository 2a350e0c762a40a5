import Foundation
import Hummingbird
import LotsenCalendar
import LotsenModel
import LotsenStore

/// The grant calendar: `GET /v1/calendar`, `GET /v1/calendar.ics` and `GET /v1/grants/{id}/deadlines`.
struct CalendarController<Context: RequestContext> {
    let store: Store
    let cache: ResponseCache
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("calendar", use: calendar)
        group.get("calendar.ics", use: feed)
        group.get("grants/:id/deadlines", use: deadlines)
    }

    /// The calendar's query: a date range and the grant filters. The range is checked once, after its defaults are
    /// filled in, so every route works on the range it validated.
    struct Query {
        var from: LocalDate
        var to: LocalDate
        var filter: CalendarFilter

        static var filterNames: Set<String> { ["from", "to", "applicant", "category", "unit", "type"] }

        /// The defaults: the JSON calendar shows today and the year after; a feed looks back a month as well, so a
        /// deadline that just passed does not vanish from subscribers at once. Given only `from`, both show a year from it.
        enum Range { case calendar, feed }

        init(_ parameters: QueryParameters, today: LocalDate, range: Range = .calendar) throws {
            let givenFrom = try parameters.localDate("from")
            from = givenFrom ?? (range == .feed ? today.adding(days: -31) : today)
            to = try parameters.localDate("to") ?? (givenFrom == nil && range == .feed ? today.adding(days: 366) : from.adding(days: 365))
            guard from <= to else { throw Problem.badParameter("to", "måste vara samma dag som eller efter 'from' / must not be before 'from'") }
            guard to.dayNumber - from.dayNumber <= 366 * 5 else {
                throw Problem.badParameter("to", "högst fem år efter 'from' / at most five years after 'from'")
            }
            let type = try parameters.string("type", maxLength: 20)
            guard type == nil || type == "deadline" || type == "all" else {
                throw Problem.badParameter("type", "okänt värde / unknown value; expected deadline or all")
            }
            filter = CalendarFilter(
                applicant: try parameters.string("applicant", maxLength: 100), category: try parameters.string("category", maxLength: 100),
                unit: try parameters.string("unit", maxLength: 100), deadlinesOnly: type == "deadline")
        }
    }

    var today: LocalDate { clock().localDateAndTime(in: .stockholm).0 }

    func entries(_ query: Query, includeUndated: Bool) throws -> [CalendarEntry] {
        try store.checkGrantFilters(applicant: query.filter.applicant, category: query.filter.category, unit: query.filter.unit)
        let grants = try store.currentGrants().map { CalendarGrant(grant: $0.item, url: $0.provenance.originUrl) }
        return GrantCalendar.entries(
            grants: grants, events: try store.calendarEvents(), from: query.from, to: query.to, today: today,
            filter: query.filter, includeUndated: includeUndated)
    }

    struct CalendarJSON: Encodable {
        let from: LocalDate
        let to: LocalDate
        let entries: [CalendarEntry]
        let icsURL: String

        enum CodingKeys: String, CodingKey { case from, to, entries, icsURL = "ics_url" }
    }

    @Sendable func calendar(request: Request, context: Context) async throws -> Response {
        try cache.response(for: request, store: store, variant: "\(today) ") {
            let parameters = try QueryParameters(request.uri.query, allowed: Query.filterNames)
            let query = try Query(parameters, today: today)
            let feed = "/v1/calendar.ics" + (request.uri.query.map { "?" + $0 } ?? "")
            return CalendarJSON(from: query.from, to: query.to, entries: try entries(query, includeUndated: true), icsURL: feed)
        }
    }

    @Sendable func feed(request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: Query.filterNames.union(["remind_days", "working_days"]))
        let version = try store.version()
        let key = "\(today) " + request.uri.description
        if let cached = cache.entry(revision: version.revision, uri: key) {
            return Self.calendarResponse(cached, request: request, lastModified: version.modifiedAt)
        }
        let query = try Query(parameters, today: today, range: .feed)
        var writer = ICalendarWriter(
            reminderDays: try parameters.int("remind_days", in: 0...365), workingDays: try parameters.bool("working_days") ?? false)
        if let unit = query.filter.unit { writer.name += " (\(unit))" }
        let bytes = writer.renderBytes(try entries(query, includeUndated: false), sequences: try store.calendarSequences(), stamp: version.modifiedAt)
        let entry = ResponseCache.Entry(body: ByteBuffer(bytes: bytes), etag: "\"\(JSONResponse.fnv1a(bytes))\"")
        cache.store(entry, revision: version.revision, uri: key)
        return Self.calendarResponse(entry, request: request, lastModified: version.modifiedAt)
    }

    static func calendarResponse(_ entry: ResponseCache.Entry, request: Request, lastModified: Date) -> Response {
        var response = JSONResponse.respond(entry, request: request, lastModified: lastModified, maxAge: 3600)
        if response.status == .ok {
            response.headers[.contentType] = "text/calendar; charset=utf-8"
            response.headers[.contentDisposition] = "inline; filename=\"bidragskalender.ics\""
        }
        return response
    }

    struct DeadlinesJSON: Encodable {
        let grantId: String
        let deadlineText: String?
        let rules: [DeadlineRule]
        let next: [CalendarEntry]
        let undated: [CalendarEntry]
        /// For relative rules, when the caller gave `event_date`.
        let forEvent: [ForEvent]?

        struct ForEvent: Encodable {
            let eventDate: LocalDate
            let deadline: LocalDate
            let effectiveDate: LocalDate
            let phrase: String
            enum CodingKeys: String, CodingKey { case eventDate = "event_date", deadline, effectiveDate = "effective_date", phrase }
        }

        enum CodingKeys: String, CodingKey {
            case grantId = "grant_id", deadlineText = "deadline_text", rules, next, undated, forEvent = "for_event"
        }
    }

    @Sendable func deadlines(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let parameters = try QueryParameters(request.uri.query, allowed: ["from", "count", "event_date"])
        guard let stored = try store.grant(id: id) else {
            throw Problem.notFound("Inget bidrag med id '\(id)' / No grant with this id")
        }
        let from = try parameters.localDate("from") ?? today
        let count = try parameters.int("count", in: 1...24) ?? 2
        let grant = CalendarGrant(grant: stored.item, url: stored.provenance.originUrl)
        let rules = stored.item.deadlineRules
        let next = DeadlineEvaluator.next(rules, onOrAfter: from, count: count).map { GrantCalendar.entry(grant, $0) }
        let undated = DeadlineEvaluator.undated(rules).map { GrantCalendar.entry(grant, $0) }
        let forEvent = try parameters.localDate("event_date").map { eventDate in
            rules.compactMap { rule -> DeadlinesJSON.ForEvent? in
                guard let deadline = DeadlineEvaluator.deadline(for: rule, eventDate: eventDate) else { return nil }
                return .init(eventDate: eventDate, deadline: deadline,
                             effectiveDate: SwedishHolidays.nextWorkingDay(onOrAfter: deadline), phrase: rule.phrase)
            }
        }
        let body = DeadlinesJSON(grantId: id, deadlineText: stored.item.deadlineText, rules: rules, next: next, undated: undated, forEvent: forEvent)
        return try JSONResponse.make(body, request: request, lastModified: stored.provenance.updatedAt, maxAge: 300)
    }
}

extension QueryParameters {
    /// A calendar day, `2026-11-22`.
    func localDate(_ name: String) throws -> LocalDate? {
        guard let text = try string(name, maxLength: 10) else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw Problem.badParameter(name, "måste vara ett datum som 2027-02-25 / must be a date like 2027-02-25")
        }
        return date
    }
}
