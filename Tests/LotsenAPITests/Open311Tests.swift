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
    func makeApp() throws -> some ApplicationProtocol {
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-311-\(UUID().uuidString).db").path)
        try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
        let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
        return Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, guide: guide, clock: { mondayMorning })))
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
}
