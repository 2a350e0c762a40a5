import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenImport
import LotsenModel
import LotsenStore
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Monday 23 November 2026, 10:00 in Stockholm.
private let today = Date(timeIntervalSince1970: 1_795_424_400)

private func makeStore() throws -> Store {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-calendar-\(UUID().uuidString).db").path
    let store = try Store(path: path)
    try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
    return store
}

private func body(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

/// Unfolds an iCalendar text (RFC 5545 §3.1) into its logical lines.
func unfold(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
}

@Suite struct CalendarAPITests {
    @Test func theCalendarListsDeadlinesAndEventsInOrder() async throws {
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: try makeStore(), clock: { today })))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/calendar?from=2027-01-01&to=2027-12-31", method: .get) { response in
                #expect(response.status == .ok)
                let entries = try #require(try body(response)["entries"] as? [[String: Any]])
                let dated = entries.filter { $0["date"] is String }
                let dates = dated.compactMap { $0["date"] as? String }
                #expect(dates == dates.sorted())
                let aktivitetsstod = dated.filter { $0["grant_id"] as? String == "aktivitetsstod" }
                #expect(aktivitetsstod.compactMap { $0["date"] as? String } == ["2027-02-25", "2027-08-25"])
                #expect(aktivitetsstod.first?["status"] as? String == "confirmed")
                #expect(aktivitetsstod.first?["phrase"] as? String == "Sista ansökningsdag är 25 februari och 25 augusti.")
                // The 2024 round of föreningsbidrag inom omsorgen, projected: 29 February becomes 28 February 2027 (a Sunday).
                let omsorg = try #require(dated.first { $0["grant_id"] as? String == "foreningsbidrag-omsorgen" })
                #expect(omsorg["date"] as? String == "2027-02-28")
                #expect(omsorg["effective_date"] as? String == "2027-03-01")
                #expect(omsorg["opens"] as? String == "2027-01-01")
                #expect(omsorg["status"] as? String == "projected")
                #expect(omsorg["is_forecast"] as? Bool == true)
                let kultur = try #require(dated.first { $0["grant_id"] as? String == "verksamhetsbidrag-kultur" })
                #expect(kultur["grant_year"] as? Int == 2028)
                #expect(dated.contains { $0["event_id"] as? String == "dialogkonferens" && $0["approximate"] as? Bool == true })
                #expect(dated.filter { $0["event_id"] as? String == "tematraffar" }.count == 2)
                var rolling: Set<String> = []
                for entry in entries where (entry["status"] as? String) == "rolling" {
                    if let id = entry["grant_id"] as? String { rolling.insert(id) }
                }
                #expect(rolling == ["arrangorsstod-kultur", "projektbidrag-fritid", "energieffektiviseringsbidrag"])
            }
            try await client.execute(uri: "/v1/calendar?from=2027-01-01&to=2027-12-31&applicant=privatperson", method: .get) { response in
                let entries = try #require(try body(response)["entries"] as? [[String: Any]])
                #expect(entries.allSatisfy { $0["type"] as? String == "deadline" })
                #expect(entries.contains { $0["grant_id"] as? String == "arrangorsstod-kultur" })
                #expect(!entries.contains { $0["grant_id"] as? String == "aktivitetsstod" })
            }
            try await client.execute(uri: "/v1/calendar?from=2027-02-01&to=2026-01-01", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/v1/calendar?from=igår", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func grantDeadlinesWithTheNextDatesAndAnEventDate() async throws {
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: try makeStore(), clock: { today })))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/grants/evenemangsbidrag/deadlines?count=3", method: .get) { response in
                let json = try body(response)
                #expect(json["deadline_text"] as? String == "Sista ansökningsdag: 1 mars, 1 maj och 15 september")
                #expect((json["rules"] as? [[String: Any]])?.count == 3)
                let next = try #require(json["next"] as? [[String: Any]])
                #expect(next.compactMap { $0["date"] as? String } == ["2027-03-01", "2027-05-01", "2027-09-15"])
                #expect(next[1]["effective_date"] as? String == "2027-05-03")  // 1 May 2027 is a Saturday and a holiday
            }
            try await client.execute(uri: "/v1/grants/projektbidrag-fritid/deadlines", method: .get) { response in
                let json = try body(response)
                #expect((json["next"] as? [Any])?.isEmpty == true)
                let undated = try #require(json["undated"] as? [[String: Any]])
                #expect(undated.first?["status"] as? String == "rolling")
            }
            try await client.execute(uri: "/v1/grants/finns-inte/deadlines", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func theFeedIsValidICalendar() async throws {
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: try makeStore(), clock: { today })))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/calendar.ics?from=2027-01-01&to=2027-12-31&remind_days=14", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                let text = String(buffer: response.body)
                // CRLF everywhere, no physical line over 75 octets.
                #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
                #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
                let lines = unfold(text)
                #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
                #expect(lines.contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H"))
                #expect(lines.contains { $0.hasPrefix("X-WR-CALNAME:Bidragskalender") })
                let events = lines.filter { $0 == "BEGIN:VEVENT" }.count
                #expect(events == lines.filter { $0 == "END:VEVENT" }.count)
                #expect(events >= 10)
                #expect(lines.contains("UID:deadline-aktivitetsstod-2027-1@lotsen.kristianstad.se"))
                #expect(lines.contains("DTSTART;VALUE=DATE:20270225"))
                #expect(lines.contains("DTEND;VALUE=DATE:20270226"))
                #expect(lines.contains("TRIGGER:-P14D"))
                #expect(lines.contains("SUMMARY:Sista ansökningsdag: Aktivitetsstöd\\, kommunalt"))
                // Rolling grants have no date and stay out of the feed.
                #expect(!text.contains("projektbidrag-fritid"))
            }
            // By default the feed runs from a month back to a year ahead: 31 October 2027 is in it.
            try await client.execute(uri: "/v1/calendar.ics", method: .get) { response in
                let lines = unfold(String(buffer: response.body))
                #expect(lines.contains("UID:deadline-verksamhetsbidrag-kultur-2027-1@lotsen.kristianstad.se"))
                #expect(lines.contains("UID:deadline-evenemangsbidrag-2027-1@lotsen.kristianstad.se"))
            }
            try await client.execute(uri: "/v1/calendar.ics?from=2027-01-01&to=2027-12-31&working_days=true", method: .get) { response in
                let lines = unfold(String(buffer: response.body))
                let omsorg = try #require(lines.firstIndex(of: "UID:deadline-foreningsbidrag-omsorgen-2027-1@lotsen.kristianstad.se"))
                #expect(lines[omsorg...].first { $0.hasPrefix("DTSTART") } == "DTSTART;VALUE=DATE:20270301")
            }
        }
    }
}

/// The probe that stopped the service: a feed from a day more than a year ahead, with no `to`.
@Suite struct CalendarRangeTests {
    @Test(arguments: [
        "/v1/calendar.ics?from=2028-01-01", "/v1/calendar?from=2028-01-01", "/v1/calendar.ics?from=9999-12-31",
        "/v1/calendar?from=9999-01-01", "/v1/calendar.ics?from=0001-01-01&to=0001-12-31", "/v1/calendar.ics?to=2026-11-23",
        "/v1/grants/aktivitetsstod/deadlines?from=9999-12-31&count=24", "/v1/grants/aktivitetsstod/deadlines?event_date=0001-01-01",
    ])
    func anyRangeInsideTheYearsIsAnswered(uri: String) async throws {
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: try makeStore(), clock: { today })))
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri)")
            }
            // …and the service still answers afterwards.
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test(arguments: [
        "/v1/calendar.ics?from=2027-01-01&to=2026-01-01", "/v1/calendar?from=0000-01-01", "/v1/calendar.ics?from=2026-01-01&to=2036-01-01",
        "/v1/calendar.ics?to=2024-01-01", "/v1/calendar?from=+999-01-01", "/v1/grants/aktivitetsstod/deadlines?count=99999999999999999999",
        "/v1/calendar?unit=finns-inte", "/v1/calendar.ics?applicant=finns-inte", "/v1/calendar?category=finns-inte",
    ])
    func aRangeThatCannotBeIsA400(uri: String) async throws {
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: try makeStore(), clock: { today })))
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
            }
        }
    }
}
