import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenModel
import LotsenStore
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// Monday 23 November 2026, 10:00 in Stockholm: Medborgarcenter is open.
private let mondayMorning = Date(timeIntervalSince1970: 1_795_424_400)

private func makeStore() throws -> Store {
    let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-edit-\(UUID().uuidString).db").path)
    try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
    return store
}

private func app(_ store: Store) throws -> some ApplicationProtocol {
    let guide = try EnquiryGuide(store: store, enquiries: store.personal, routingFile: root.appendingPathComponent("seed/routing.json"))
    return Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, guide: guide, clock: { mondayMorning })))
}

private func object(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

private func headers(_ token: String, ifMatch: String? = nil, type: String = "application/json") -> HTTPFields {
    var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: type]
    if let ifMatch { fields[.ifMatch] = ifMatch }
    return fields
}

/// Staff editing over the API (issue 18).
@Suite struct EditAPITests {
    @Test func onlyEditorsEditAndAStaleEditGets412() async throws {
        let store = try makeStore()
        let staff = try store.personal.createToken(name: "Per, Medborgarcenter", role: .staff).secret
        let (editorToken, editorSecret) = try store.personal.createToken(name: "Eva, Kultur och fritid", role: .editor)
        let premisesId = try #require(try store.allPremises().first { $0.item.withdrawnAt == nil }).item.id
        let uri = "/v1/premises/\(premisesId)"
        try await app(store).test(.router) { client in
            let etag = try await client.execute(uri: uri, method: .get) { try #require($0.headers[.eTag]) }
            let patch = ByteBuffer(string: #"{"capacity": 42}"#)
            try await client.execute(uri: uri, method: .patch, headers: headers(staff, ifMatch: etag), body: patch) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: uri, method: .patch, headers: [.contentType: "application/json"], body: patch) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: uri, method: .patch, headers: headers(editorSecret), body: patch) { response in
                #expect(response.status == .preconditionRequired)
            }
            let newTag = try await client.execute(uri: uri, method: .patch, headers: headers(editorSecret, ifMatch: etag, type: "application/merge-patch+json"), body: patch) { response in
                #expect(response.status == .ok)
                #expect(try object(response)["capacity"] as? Int == 42)
                return try #require(response.headers[.eTag])
            }
            // A second editor still holding the first ETag is refused and told the current version.
            try await client.execute(uri: uri, method: .patch, headers: headers(editorSecret, ifMatch: etag), body: ByteBuffer(string: #"{"capacity": 7}"#)) { response in
                #expect(response.status == .preconditionFailed)
                #expect(response.headers[.eTag] == newTag)
            }
            try await client.execute(uri: uri, method: .get) { response in
                let provenance = try #require(try object(response)["provenance"] as? [String: Any])
                #expect(provenance["edited_fields"] as? [String] == ["capacity"])
                #expect(response.headers[.eTag]?.hasPrefix(String(newTag.dropLast()) + ".") == true)
            }
            try await client.execute(uri: "/v1/audit?record_type=premises&record_id=\(premisesId)", method: .get, headers: headers(editorSecret)) { response in
                let items = try #require(try object(response)["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect(items.first?["field"] as? String == "capacity" && items.first?["after"] as? String == "42")
                #expect(items.first?["actor"] as? String == editorToken.id && items.first?["actor_name"] as? String == "Eva, Kultur och fritid")
            }
            try await client.execute(uri: "/v1/audit", method: .get, headers: headers(staff)) { #expect($0.status == .forbidden) }
        }
    }

    @Test func aClosedDayEnteredByAnEditorShowsInOpenNow() async throws {
        let store = try makeStore()
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        var unit = try #require(try store.unit(id: "medborgarcenter"))
        let phone = try #require(unit.channels.firstIndex { $0.kind == .phone && $0.hours != nil })
        unit.channels[phone].hours?.exceptions.append(
            OpeningHours.Exception(date: LocalDate(year: 2026, month: 11, day: 23)!, intervals: [], note: "Personaldag"))
        let body = ByteBuffer(data: try JSONEncoder.lotsen.encode(unit))
        try await app(store).test(.router) { client in
            let etag = try await client.execute(uri: "/v1/units/medborgarcenter", method: .get) { response in
                let channels = try #require(try object(response)["channels"] as? [[String: Any]])
                #expect((channels[phone]["open_now"] as? [String: Any])?["is_open"] as? Bool == true)
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/v1/units/medborgarcenter", method: .put, headers: headers(editor, ifMatch: etag), body: body) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/units/medborgarcenter", method: .get) { response in
                let channels = try #require(try object(response)["channels"] as? [[String: Any]])
                #expect((channels[phone]["open_now"] as? [String: Any])?["is_open"] as? Bool == false)
            }
        }
    }

    @Test func theChangesFeedListsANewGrantAndAMovedDeadline() async throws {
        let store = try makeStore()
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        let grant = #"{"name": "Bygdemedel", "summary": "Stöd till landsbygdens föreningar", "applicants": ["forening"], "deadline_text": "Ansök senast 15 mars.", "funder": "Region Skåne"}"#
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/v1/changes.atom", method: .get) { response in
                #expect(!String(buffer: response.body).contains("<entry>"))  // the first fill is not news
            }
            try await client.execute(uri: "/v1/grants/bygdemedel", method: .put, headers: headers(editor), body: ByteBuffer(string: grant)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/v1/grants/bygdemedel")
            }
            try await client.execute(uri: "/v1/changes.atom?type=grant&applicant=forening", method: .get) { response in
                #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
                let feed = String(buffer: response.body)
                #expect(feed.contains("<title>Nytt bidrag: Bygdemedel</title>"))
                #expect(feed.contains("/bidrag/bygdemedel"))
            }
            try await client.execute(uri: "/v1/changes.atom?type=premises", method: .get) { response in
                #expect(!String(buffer: response.body).contains("Bygdemedel"))
            }
            try await client.execute(uri: "/v1/changes.atom?type=rymd", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/v1/grants/bygdemedel", method: .get) { response in
                let funder = try object(response)["funder"] as? String
                #expect(funder == "Region Skåne")
            }
        }
    }

    @Test func aNewDeadlineWordingIsReadIntoTheCalendar() async throws {
        let store = try makeStore()
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        try await app(store).test(.router) { client in
            let etag = try await client.execute(uri: "/v1/grants/aktivitetsstod", method: .get) { try #require($0.headers[.eTag]) }
            let patch = ByteBuffer(string: #"{"deadline_text": "Sista ansökningsdag: 10 mars och 10 september."}"#)
            try await client.execute(uri: "/v1/grants/aktivitetsstod", method: .patch, headers: headers(editor, ifMatch: etag), body: patch) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/grants/aktivitetsstod/deadlines?count=2", method: .get) { response in
                let next = try #require(try object(response)["next"] as? [[String: Any]])
                #expect(next.compactMap { $0["date"] as? String } == ["2027-03-10", "2027-09-10"])
            }
            // The moved dates raise their entries' SEQUENCE, so subscribed calendars move them.
            #expect(try store.calendarSequences().contains { $0.key.hasPrefix("deadline-aktivitetsstod-") && $0.value >= 1 })
        }
    }
}
