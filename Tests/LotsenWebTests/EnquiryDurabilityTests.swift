import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenSQLite
import LotsenStore
import Testing

/// An enquiry is acknowledged only when it is stored, a long import never makes it wait, and a person never loses
/// what they wrote.
@Suite struct EnquiryDurabilityTests {
    @Test func enquiriesAreStoredWhileAnImportHoldsTheCataloguesWriteLock() async throws {
        let store = try makeStore()
        let secret = try store.personal.createToken(name: "Eva", role: .staff).secret
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            _ = try await browser.get("/kontakt")
            // What an import does: a write transaction on the catalogue, held for as long as the import runs.
            let importer = try Database(path: store.path)
            try importer.execute("BEGIN IMMEDIATE")
            defer { try? importer.execute("ROLLBACK") }

            let sent = try await browser.post("/kontakt", [("text", "Vi vill hyra en lokal för vårt årsmöte")])
            #expect(sent.status == .seeOther)
            let json = #"{"text": "Hur söker vi aktivitetsstöd?", "email": "anna@example.se"}"#
            var reference = ""
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: json)) { response in
                #expect(response.status == .created)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                reference = body?["reference"] as? String ?? ""
            }
            try await client.execute(uri: "/v1/enquiries/\(reference)", method: .patch,
                                     headers: [.contentType: "application/json", .authorization: "Bearer \(secret)"],
                                     body: ByteBuffer(string: #"{"assigned_unit": "medborgarcenter", "note": "Ringer upp"}"#)) { response in
                #expect(response.status == .ok)
            }
            #expect(try store.personal.enquiries().total == 2)
        }
    }

    @Test func whenStoringFailsTheFormSaysSoAndKeepsTheText() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            _ = try await browser.get("/kontakt")
            // The enquiry database breaks (a full disk, a damaged file): here its table is gone.
            let broken = try Database(path: EnquiryStore.defaultPath(besideCatalogue: store.path))
            try broken.execute("PRAGMA foreign_keys = OFF; DROP TABLE enquiry_events; DROP TABLE enquiries")
            let text = "Vår förening vill låna en sal i Åhus för en loppis <3"
            let page = try await browser.post("/kontakt", [("text", text), ("name", "Anna Andersson")])
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.body.contains("Din fråga är inte skickad"))
            #expect(page.body.contains("Vår förening vill låna en sal i Åhus för en loppis &lt;3"))
            #expect(page.body.contains("value=\"Anna Andersson\""))
            #expect(!page.body.contains("KRS-"))
        }
    }
}
