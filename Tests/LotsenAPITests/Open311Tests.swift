import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenStore
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let mondayMorning = Date(timeIntervalSince1970: 1_795_424_400)

@Suite struct Open311Tests {
    func makeApp(_ options: Open311Options = Open311Options()) throws -> some ApplicationProtocol {
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-311-\(UUID().uuidString).db").path)
        try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
        let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
        return Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, guide: guide, clock: { mondayMorning }, open311: options)))
    }

    func array(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
    }

    @Test func servicesAreTheRoutingTopics() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/open311/v2/services.json", method: .get) { response in
                let services = try array(response)
                let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seed/routing.json")
                let topics = (try JSONSerialization.jsonObject(with: Data(contentsOf: seed)) as? [String: Any])?["topics"] as? [Any]
                #expect(services.count == topics?.count)
                let park = try #require(services.first { $0["service_code"] as? String == "gata-park-avfall-vatten" })
                #expect(park["group"] as? String == "c4-teknik" && park["metadata"] as? Bool == false && park["type"] as? String == "realtime")
            }
            try await client.execute(uri: "/open311/v2/services/bygg-plan.json", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/open311/v2/services/nope.json", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func aFormEncodedRequestBecomesAnEnquiryWhoseStatusAnyoneCanFollow() async throws {
        try await makeApp().test(.router) { client in
            let form = "service_code=gata-park-avfall-vatten&description=Gatlampan+p%C3%A5+Storgatan+%C3%A4r+trasig&email=bo%40example.se&first_name=Bo"
            var id = ""
            try await client.execute(uri: "/open311/v2/requests.json", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form)) { response in
                #expect(response.status == .created)
                let created = try array(response)
                id = try #require(created.first?["service_request_id"] as? String)
                #expect((created.first?["service_notice"] as? String)?.contains("C4 Teknik") == true)
            }
            let reference = id
            try await client.execute(uri: "/open311/v2/requests/\(reference).json", method: .get) { response in
                let request = try #require(try array(response).first)
                #expect(request["status"] as? String == "open")
                #expect(request["agency_responsible"] as? String == "c4-teknik")
                #expect(request["service_code"] as? String == "gata-park-avfall-vatten")
                // Neither the words nor the person are shown.
                let text = String(buffer: response.body)
                #expect(!text.contains("Gatlampan") && !text.contains("bo@example.se") && !text.contains("Bo\""))
            }
            try await client.execute(uri: "/open311/v2/requests.json?status=open&page_size=10", method: .get) { response in
                try #expect(array(response).map { $0["service_request_id"] as? String } == [reference])
            }
            try await client.execute(uri: "/open311/v2/requests.json?status=closed", method: .get) { response in
                try #expect(array(response).isEmpty)
            }
            try await client.execute(uri: "/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-11-30T00:00:00Z", method: .get) {
                #expect($0.status == .badRequest)  // wider than 90 days
            }
            try await client.execute(uri: "/open311/v2/requests.json", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "service_code=nope")) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(uri: "/open311/v2/requests/KRS-2026-999999.json", method: .get) { #expect($0.status == .notFound) }
        }
    }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    func submit(_ client: some TestClientProtocol, _ form: String, format: String = "json") async throws -> String {
        try await client.execute(uri: "/open311/v2/requests.\(format)", method: .post, headers: Self.form, body: ByteBuffer(string: form)) { response in
            #expect(response.status == .created)
            let body = String(buffer: response.body)
            let start = try #require(body.range(of: format == "json" ? "\"service_request_id\":\"" : "<service_request_id>"))
            return String(body[start.upperBound...].prefix { $0 != "\"" && $0 != "<" })
        }
    }

    /// XML is GeoReport's default format: every resource answers in it, with the specification's element names.
    @Test(arguments: [
        ("/open311/v2/discovery.xml", "<discovery><changeset>"),
        ("/open311/v2/services.xml", "<services><service><service_code>"),
        ("/open311/v2/services/bygg-plan.xml", "<service_definition><service_code>bygg-plan</service_code><attributes></attributes>"),
        ("/open311/v2/requests.xml", "<service_requests>"),
        ("/open311/v2/services/nope.xml", "<errors><error><code>404</code><description>"),
        ("/open311/v2/requests/KRS-2026-999999.xml", "<errors><error><code>404</code>"),
        ("/open311/v2/requests.xml?status=sometimes", "<errors><error><code>400</code>"),
    ])
    func everyResourceAnswersInXML(_ uri: String, _ expected: String) async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.headers[.contentType] == "text/xml; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
                #expect(body.contains(expected))
            }
        }
    }

    @Test func errorsAreGeoReportListsInJSON() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/open311/v2/services/nope.json", method: .get) { response in
                #expect(response.status == .notFound)
                let errors = try array(response)
                #expect(errors.count == 1 && errors[0]["code"] as? Int == 404 && (errors[0]["description"] as? String)?.contains("nope") == true)
            }
            try await client.execute(uri: "/open311/v2/services.json?api_key=abc&jurisdiction_id=kristianstad.se", method: .get) {
                #expect($0.status == .ok)  // an api_key on a read is accepted
            }
            try await client.execute(uri: "/open311/v2/requests/KRS-2026-000001.csv", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func locationAndMediaAreStoredAndReturned() async throws {
        try await makeApp().test(.router) { client in
            let id = try await submit(client, "service_code=gata-park-avfall-vatten&description=Trasig+lampa&lat=56.0294&long=14.1567&address_string=Storgatan+1%2C+Kristianstad&media_url=https%3A%2F%2Fexample.se%2Flampa.jpg", format: "xml")
            try await client.execute(uri: "/open311/v2/requests/\(id).json", method: .get) { response in
                let request = try #require(try array(response).first)
                #expect(request["lat"] as? Double == 56.0294 && request["long"] as? Double == 14.1567)
                #expect(request["address"] as? String == "Storgatan 1, Kristianstad")
                #expect(request["media_url"] as? String == "https://example.se/lampa.jpg")
            }
            try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.form,
                                     body: ByteBuffer(string: "service_code=bygg-plan&lat=56.0")) { response in
                #expect(response.status == .badRequest)  // lat without long
            }
            try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.form,
                                     body: ByteBuffer(string: "service_code=bygg-plan&media_url=javascript%3Aalert(1)")) { #expect($0.status == .badRequest) }
        }
    }

    @Test func commaSeparatedIdsStatusesAndCodes() async throws {
        try await makeApp().test(.router) { client in
            let first = try await submit(client, "service_code=gata-park-avfall-vatten&description=Gatlampan+%C3%A4r+trasig")
            let second = try await submit(client, "service_code=bygg-plan&description=Beh%C3%B6ver+jag+bygglov+f%C3%B6r+ett+f%C3%B6rr%C3%A5d%3F")
            try await client.execute(uri: "/open311/v2/requests.json?service_request_id=\(first),\(second),KRS-2026-999999", method: .get) { response in
                try #expect(Set(array(response).compactMap { $0["service_request_id"] as? String }) == [first, second])
            }
            try await client.execute(uri: "/open311/v2/requests.json?status=open,closed", method: .get) { response in
                try #expect(array(response).count == 2)
            }
            try await client.execute(uri: "/open311/v2/requests.json?service_code=bygg-plan,nope", method: .get) { response in
                try #expect(array(response).compactMap { $0["service_request_id"] as? String } == [second])
            }
        }
    }

    @Test func keysAndJurisdictionWhenTheOperatorSetsThem() async throws {
        try await makeApp(Open311Options(apiKeys: ["hemlig"], jurisdiction: "kristianstad.se")).test(.router) { client in
            try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.form,
                                     body: ByteBuffer(string: "service_code=bygg-plan&description=Bygglov")) { response in
                #expect(response.status == .forbidden)
                try #expect(array(response).first?["code"] as? Int == 403)
            }
            _ = try await submit(client, "api_key=hemlig&jurisdiction_id=kristianstad.se&service_code=bygg-plan&description=Bygglov")
            try await client.execute(uri: "/open311/v2/services.json?jurisdiction_id=malmo.se", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/open311/v2/discovery.json", method: .get) { response in
                let discovery = try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let endpoint = try #require((discovery["endpoints"] as? [[String: Any]])?.first)
                #expect(endpoint["specification"] as? String == "http://wiki.open311.org/GeoReport_v2")
                #expect(endpoint["formats"] as? [String] == ["application/json", "text/xml"])
            }
        }
    }
}
