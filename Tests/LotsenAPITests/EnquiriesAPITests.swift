import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenStore
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// Monday 23 November 2026, 10:00 in Stockholm.
private let mondayMorning = Date(timeIntervalSince1970: 1_795_424_400)

private func makeStore() throws -> Store {
    let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-enq-\(UUID().uuidString).db").path)
    try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
    return store
}

private func app(_ store: Store) throws -> some ApplicationProtocol {
    let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
    return Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, guide: guide, clock: { mondayMorning })))
}

private func object(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

private func headers(_ token: String? = nil, json: Bool = true) -> HTTPFields {
    var fields: HTTPFields = [:]
    if json { fields[.contentType] = "application/json" }
    if let token { fields[.authorization] = "Bearer \(token)" }
    return fields
}

@Suite struct EnquiriesAPITests {
    @Test func anEnquiryIsSubmittedRoutedReassignedAndClosed() async throws {
        let store = try makeStore()
        let staff = try store.personal.createToken(name: "Eva, Medborgarcenter", role: .staff).secret
        try await app(store).test(.router) { client in
            var reference = ""
            let body = #"{"text": "Vi vill bygga en brygga vid ån för kanotklubben", "name": "Anna", "email": "anna@example.se", "organisation_number": "8024001235"}"#
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: headers(), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.cacheControl] == "no-store")
                let receipt = try object(response)
                reference = try #require(receipt["reference"] as? String)
                #expect(reference == "KRS-2026-000001")
                #expect(response.headers[.location] == "/v1/enquiries/\(reference)")
                #expect(receipt["assigned_unit"] as? String == "bygg")
                #expect(receipt["status"] as? String == "routed")
                // The receipt holds no personal data, not even the caller's own.
                #expect(!String(buffer: response.body).contains("anna@example.se"))
            }
            let ref = reference
            // Staff see the enquiry, with the person and the history.
            try await client.execute(uri: "/v1/enquiries/\(ref)", method: .get, headers: headers(staff, json: false)) { response in
                #expect(response.status == .ok)
                let record = try object(response)
                #expect((record["person"] as? [String: Any])?["organisation_number"] as? String == "802400-1235")
                #expect((record["history"] as? [[String: Any]])?.map { $0["action"] as? String } == ["created", "routed"])
            }
            // Re-route to C4 Teknik with a note, then forward and close.
            let patch = #"{"assigned_unit": "c4-teknik", "status": "forwarded", "note": "Bryggor vid ån sköts av C4"}"#
            try await client.execute(uri: "/v1/enquiries/\(ref)", method: .patch, headers: headers(staff), body: ByteBuffer(string: patch)) { response in
                #expect(response.status == .ok)
                let record = try object(response)
                #expect(record["assigned_unit"] as? String == "c4-teknik" && record["status"] as? String == "forwarded")
                let history = try #require(record["history"] as? [[String: Any]])
                #expect(history.suffix(3).allSatisfy { $0["actor"] as? String == "Eva, Medborgarcenter" })
            }
            try await client.execute(uri: "/v1/enquiries/\(ref)", method: .patch, headers: headers(staff),
                                     body: ByteBuffer(string: #"{"status": "routed"}"#)) { #expect($0.status == .conflict) }
            // An unknown unit is the caller's mistake (400 naming the field), not a conflict.
            try await client.execute(uri: "/v1/enquiries/\(ref)", method: .patch, headers: headers(staff),
                                     body: ByteBuffer(string: #"{"assigned_unit": "slottet"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("assigned_unit"))
            }
            try await client.execute(uri: "/v1/enquiries/\(ref)", method: .patch, headers: headers(staff),
                                     body: ByteBuffer(string: #"{"status": "closed"}"#)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/enquiries?status=closed&unit=c4-teknik", method: .get, headers: headers(staff, json: false)) { response in
                try #expect(object(response)["total"] as? Int == 1)
            }
            // Corrections teach the router: after two more like it are moved, the wording goes to C4 Teknik.
            for (number, text) in [(2, "Kanotklubben vill bygga en brygga vid ån"), (3, "Får vi bygga en brygga vid ån?")] {
                try await client.execute(uri: "/v1/enquiries", method: .post, headers: headers(),
                                         body: ByteBuffer(string: #"{"text": "\#(text)"}"#)) { #expect($0.status == .created) }
                try await client.execute(uri: "/v1/enquiries/KRS-2026-00000\(number)", method: .patch, headers: headers(staff),
                                         body: ByteBuffer(string: #"{"assigned_unit": "c4-teknik"}"#)) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/v1/route", method: .post, headers: headers(),
                                     body: ByteBuffer(string: #"{"text": "Vi vill bygga en brygga vid ån för kanotklubben"}"#)) { response in
                let best = try #require(((try object(response)["route"] as? [String: Any])?["units"] as? [[String: Any]])?.first)
                #expect(best["unit_id"] as? String == "c4-teknik")
            }
        }
    }

    @Test func staffEndpointsNeedAValidToken() async throws {
        let store = try makeStore()
        let (token, secret) = try store.personal.createToken(name: "Eva", role: .staff)
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/v1/enquiries", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="lotsen""#)
            }
            try await client.execute(uri: "/v1/enquiries", method: .get, headers: headers("lotsen_wrong", json: false)) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.contains("invalid_token") == true)
            }
            try await client.execute(uri: "/v1/enquiries", method: .get, headers: [.authorization: "Basic abc"]) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/v1/enquiries", method: .get, headers: headers(secret, json: false)) { #expect($0.status == .ok) }
            // Staff is not admin.
            try await client.execute(uri: "/v1/admin/personal-data?email=a@example.se", method: .get, headers: headers(secret, json: false)) {
                #expect($0.status == .forbidden)
            }
            try store.personal.revokeToken(id: token.id)
            try await client.execute(uri: "/v1/enquiries", method: .get, headers: headers(secret, json: false)) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/v1/enquiries/KRS-2026-000001", method: .patch, headers: headers(secret),
                                     body: ByteBuffer(string: #"{"note": "x"}"#)) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func anAdminExportsAndErasesOnePersonsData() async throws {
        let store = try makeStore()
        let admin = try store.personal.createToken(name: "Dataskydd", role: .admin).secret
        try await app(store).test(.router) { client in
            for text in ["Fråga om bygglov", "Fråga om bidrag"] {
                try await client.execute(uri: "/v1/enquiries", method: .post, headers: headers(),
                                         body: ByteBuffer(string: #"{"text": "\#(text)", "email": "bo@example.se", "phone": "070-1"}"#)) {
                    #expect($0.status == .created)
                }
            }
            try await client.execute(uri: "/v1/admin/personal-data?email=bo@example.se", method: .get, headers: headers(admin, json: false)) { response in
                try #expect((object(response)["enquiries"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/v1/admin/personal-data?email=bo@example.se", method: .delete, headers: headers(admin, json: false)) { response in
                try #expect(object(response)["erased"] as? Int == 2)
            }
            try await client.execute(uri: "/v1/admin/personal-data?email=bo@example.se", method: .get, headers: headers(admin, json: false)) { response in
                try #expect((object(response)["enquiries"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/v1/admin/personal-data?email=nope", method: .get, headers: headers(admin, json: false)) { #expect($0.status == .badRequest) }
        }
        #expect(try store.personal.enquiries().items.allSatisfy { $0.person.isEmpty && $0.text.hasPrefix("Fråga") })
    }

    @Test func badSubmissionsNameTheField() async throws {
        try await app(try makeStore()).test(.router) { client in
            for (body, field) in [
                (#"{"text": "hej", "email": "inte-en-adress"}"#, "email"),
                (#"{"text": "hej", "organisation_number": "802400-1234"}"#, "organisation_number"),
                (#"{"text": "hej", "channel": "fax"}"#, "channel"),
                (#"{"email": "a@b.se"}"#, "text"),
                (#"{"text": 5}"#, "text"),
            ] {
                try await client.execute(uri: "/v1/enquiries", method: .post, headers: headers(), body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(String(buffer: response.body).contains(field), "\(body)")
                }
            }
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: headers(),
                                     body: ByteBuffer(string: #"{"text": "\#(String(repeating: "x", count: 40_000))"}"#)) { #expect($0.status == .contentTooLarge) }
        }
    }
}

extension Store {
    /// The enquiry database the app built on this catalogue uses (the file beside it), opened once more.
    var personal: EnquiryStore {
        get throws { try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: path), catalogue: self) }
    }
}
