import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenModel
import LotsenStore
import Testing

private let seedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seed")

/// Monday 23 November 2026, 10:00 in Stockholm (09:00 UTC).
private let mondayMorning = Date(timeIntervalSince1970: 1_795_424_400)

private func makeApp(clock: @escaping @Sendable () -> Date = { mondayMorning }) throws -> some ApplicationProtocol {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-api-\(UUID().uuidString).db").path
    let store = try Store(path: path)
    try DefaultData.fill(store, seedDirectory: seedDirectory, importersDirectory: seedDirectory.deletingLastPathComponent().appendingPathComponent("importers"))
    return Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, clock: clock)))
}

private func json(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

private func ids(_ body: [String: Any]) -> [String] {
    (body["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
}

@Suite struct PremisesAPITests {
    @Test func searchWithTextAndCapacity() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/v1/premises?q=scen&min_capacity=50", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = try json(response)
                #expect(body["total"] as? Int == 2)
                #expect(Set(ids(body)) == ["barbacka-stora-scenen", "barbacka-lilla-scenen"])
                let first = try #require((body["items"] as? [[String: Any]])?.first)
                #expect(first["capacity_estimated"] as? Bool == true)
                #expect((first["provenance"] as? [String: Any])?["source"] as? String == "importers/kristianstad-barbacka/uthyrning-av-lokaler.html")
                let facets = try #require(body["facets"] as? [String: Any])
                let kinds = try #require(facets["kind"] as? [[String: Any]])
                #expect(kinds.first?["value"] as? String == "scen")
                #expect(kinds.first?["count"] as? Int == 2)
            }
        }
    }

    @Test func filtersCombineWithAnd() async throws {
        try await makeApp().test(.router) { client in
            let uri = "/v1/premises?facility=konstgras&facility=friidrott&district=%C3%85hus"
            try await client.execute(uri: uri, method: .get) { response in
                try #expect(ids(json(response)) == ["ahus-ip"])
            }
            try await client.execute(uri: "/v1/premises?max_price=60&tariff=taxa1&price_unit=hour&sort=name", method: .get) { response in
                try #expect(ids(json(response)) == ["barbacka-ateljen", "barbacka-roda-rummet", "barbacka-tivolirummet"])
            }
            try await client.execute(uri: "/v1/premises?near=55.926,14.287&radius_km=3", method: .get) { response in
                let body = try json(response)
                #expect(ids(body) == ["ahus-ip"])
                #expect((body["items"] as? [[String: Any]])?.first?["distance_km"] as? Double == 0)
            }
            try await client.execute(uri: "/v1/premises?q=stora+scenen", method: .get) { response in
                try #expect(ids(json(response)).first == "barbacka-stora-scenen")
            }
        }
    }

    @Test func badParametersAreProblem400() async throws {
        let cases: [(String, String)] = [
            ("/v1/premises?capcity=5", "capcity"),
            ("/v1/premises?min_capacity=femtio", "min_capacity"),
            ("/v1/premises?min_capacity=-3", "min_capacity"),
            ("/v1/premises?limit=0", "limit"),
            ("/v1/premises?limit=101", "limit"),
            ("/v1/premises?offset=99999999999999999999", "offset"),
            ("/v1/premises?kind=rymdskepp", "kind"),
            ("/v1/premises?facility=jacuzzi", "facility"),
            ("/v1/premises?accessible=kanske", "accessible"),
            ("/v1/premises?near=56.0", "near"),
            ("/v1/premises?near=95,14", "near"),
            ("/v1/premises?radius_km=5", "radius_km"),
            ("/v1/premises?sort=distance", "sort"),
            ("/v1/premises?sort=pris", "sort"),
            ("/v1/premises?max_price=NaN", "max_price"),
            ("/v1/premises?max_price=100&tariff=taxa9", "tariff"),
            ("/v1/premises?price_unit=minute", "price_unit"),
            ("/v1/premises?modified_after=igår", "modified_after"),
            ("/v1/premises?q=a&q=b", "q"),
            ("/v1/premises?q=%ZZ", "q"),
            ("/v1/grants?applicant=drake", "applicant"),
            ("/v1/grants?category=rymden", "category"),
            ("/v1/grants?unit=nasa", "unit"),
            ("/v1/grants?limit=1000", "limit"),
            ("/v1/units?x=1", "x"),
        ]
        try await makeApp().test(.router) { client in
            for (uri, parameter) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8", "\(uri)")
                    let body = try json(response)
                    #expect(body["status"] as? Int == 400)
                    #expect((body["title"] as? String)?.contains("Ogiltig parameter") == true)
                    let invalid = body["invalid-params"] as? [[String: Any]]
                    #expect(invalid?.first?["name"] as? String == parameter, "\(uri)")
                }
            }
        }
    }

    @Test func tooLongTextIsRefused() async throws {
        try await makeApp().test(.router) { client in
            let long = String(repeating: "a", count: 300)
            try await client.execute(uri: "/v1/premises?q=\(long)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            let huge = String(repeating: "scen+", count: 1000)
            try await client.execute(uri: "/v1/premises?q=\(huge)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func detailShowsProvenanceAndUnknownIdIs404() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/v1/premises/barbacka-stora-scenen", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.lastModified] != nil)
                let body = try json(response)
                #expect(body["name"] as? String == "Stora scenen")
                let provenance = try #require(body["provenance"] as? [String: Any])
                #expect((provenance["origin_url"] as? String)?.contains("kristianstad.se") == true)
                #expect((provenance["checksum"] as? String)?.count == 64)
                #expect(provenance["last_seen_at"] as? String != nil)
                let prices = try #require(body["prices"] as? [[String: Any]])
                #expect(prices.contains { $0["tariff"] as? String == "taxa1" && $0["amount"] as? Double == 100 && $0["unit"] as? String == "hour" })
            }
            try await client.execute(uri: "/v1/premises/finns-inte", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
            }
            try await client.execute(uri: "/v1/okand", method: .get) { response in
                #expect(response.status == .notFound)
                try #expect(json(response)["status"] as? Int == 404)
            }
        }
    }

    @Test func etagGivesNotModified() async throws {
        try await makeApp().test(.router) { client in
            let etag = try await client.execute(uri: "/v1/premises?q=scen", method: .get) { response in
                try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/v1/premises?q=scen", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/v1/premises?q=garaget", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func corsAllowsBrowserGets() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/v1/premises", method: .get, headers: [.origin: "https://www.kristianstad.se"]) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
            try await client.execute(
                uri: "/v1/premises", method: .options,
                headers: [.origin: "https://www.kristianstad.se", .accessControlRequestMethod: "GET"]
            ) { response in
                #expect(response.status == .noContent || response.status == .ok)
                #expect(response.headers[.accessControlAllowMethods]?.contains("GET") == true)
            }
        }
    }
}

@Suite struct GrantsAndUnitsAPITests {
    @Test func grantsListAndDetail() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/v1/grants?applicant=forening&category=kultur", method: .get) { response in
                let found = try Set(ids(json(response)))
                #expect(found == ["arrangorsstod-kultur", "kulturnattsbidrag", "verksamhetsbidrag-kultur"])
            }
            try await client.execute(uri: "/v1/grants?q=ukraina", method: .get) { response in
                try #expect(ids(json(response)) == ["foreningsbidrag-ukraina"])
            }
            try await client.execute(uri: "/v1/grants/verksamhetsbidrag-kultur", method: .get) { response in
                let body = try json(response)
                #expect(body["deadline_text"] as? String == "Söks senast 31 oktober året före det år ansökan gäller.")
                #expect(body["owner_unit_id"] as? String == "kultur-och-fritid")
            }
            try await client.execute(uri: "/v1/grants/finns-inte", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func unitsShowOpenNow() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/v1/units/medborgarcenter", method: .get) { response in
                let body = try json(response)
                #expect(body["open_now"] as? Bool == true)
                let channels = try #require(body["channels"] as? [[String: Any]])
                let phone = try #require(channels.first { $0["kind"] as? String == "phone" })
                let status = try #require(phone["open_now"] as? [String: Any])
                #expect(status["is_open"] as? Bool == true)
                #expect(status["closes_at"] as? String == "2026-11-23T16:00:00Z")
            }
            try await client.execute(uri: "/v1/units", method: .get) { response in
                let body = try json(response)
                #expect(body["total"] as? Int == 11)
                #expect(ids(body).contains("c4-teknik"))
            }
            try await client.execute(uri: "/v1/units/nasa", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func unitsAreClosedOnChristmasEve() async throws {
        // 24 December 2026, 10:00 in Stockholm.
        let christmasEve = Date(timeIntervalSince1970: 1_798_102_800)
        try await makeApp(clock: { christmasEve }).test(.router) { client in
            try await client.execute(uri: "/v1/units/medborgarcenter", method: .get) { response in
                let body = try json(response)
                #expect(body["open_now"] as? Bool == false)
                let phone = try #require((body["channels"] as? [[String: Any]])?.first)
                #expect((phone["open_now"] as? [String: Any])?["opens_at"] as? String == "2026-12-28T07:00:00Z")
            }
        }
    }

    @Test func healthAndVocabulary() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                let body = try json(response)
                #expect(body["status"] as? String == "ok")
                #expect((body["counts"] as? [String: Int])?["premises"] == 11)
            }
            try await client.execute(uri: "/v1/vocabulary", method: .get) { response in
                let body = try json(response)
                let facilities = try #require(body["facility"] as? [[String: Any]])
                #expect(facilities.contains { $0["code"] as? String == "horslinga" && $0["sv"] as? String == "Hörslinga" })
            }
        }
    }

    /// Every route the API's router has (with a guide, so enquiries, route and Open311 are there) is an operation of
    /// the document, and every operation of the document is a route.
    @Test func everyRouteIsAnOperationOfTheDocument() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-openapi-\(UUID().uuidString).db").path
        let store = try Store(path: path)
        try DefaultData.fill(store, seedDirectory: seedDirectory, importersDirectory: seedDirectory.deletingLastPathComponent().appendingPathComponent("importers"))
        let enquiries = try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: path), catalogue: store)
        let guide = try EnquiryGuide(store: store, enquiries: enquiries, routingFile: seedDirectory.appendingPathComponent("routing.json"))
        let router = LotsenAPI.buildRouter(store: store, guide: guide)
        // "/v1/units/:id" and "/v1/units/{id}" are one path: parameters compared without their names.
        func shape(_ path: String) -> String {
            path.split(separator: "/").map { segment in
                var segment = String(segment)
                if segment.hasPrefix(":") { segment = "{}" }
                while let open = segment.firstIndex(of: "{"), let close = segment[open...].firstIndex(of: "}"), segment[open...close] != "{}" {
                    segment.replaceSubrange(open...close, with: "{}")
                }
                return segment
            }.joined(separator: "/")
        }
        let routes = Set(router.routes.filter { $0.method != .head }.map { "\($0.method.rawValue.lowercased()) /" + shape("\($0.path)") })
        let document = try #require(JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        var operations: Set<String> = []
        for (path, item) in try #require(document["paths"] as? [String: [String: Any]]) {
            for method in item.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                // A document path's ".json"/".xml" ending after a parameter is one route in the router ("requests/:id").
                var documented = shape(String(path.dropFirst()))
                for ending in ["{}.json", "{}.xml"] where documented.hasSuffix(ending) { documented = String(documented.dropLast(ending.count - 2)) }
                operations.insert("\(method) /" + documented)
            }
        }
        #expect(routes.count >= 25 && routes.contains("get /open311/v2/requests/{}") && routes.contains("post /v1/enquiries"), "\(routes.sorted())")
        #expect(routes.subtracting(operations).sorted() == [], "routes not in the document")
        #expect(operations.subtracting(routes).sorted() == [], "documented operations the router does not have")
    }

    /// Open data: the same filters as the JSON search, every match, numbers beside the text, the licence in a header.
    @Test func premisesAndGrantsAsCSV() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/v1/premises.csv?district=Kristianstad", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8; header=present")
                #expect(response.headers[HTTPField.Name("Link")!] == "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"")
                let lines = String(buffer: response.body).split(separator: "\r\n").map(String.init)
                let header = lines[0].split(separator: ",").map(String.init)
                #expect(header.starts(with: ["id", "namn", "typ"]) && header.contains("antal_personer") && header.contains("pris_taxa1_kr_per_tim"))
                #expect(lines.count > 2)
                let capacity = try #require(header.firstIndex(of: "antal_personer"))
                // Every capacity is a bare number a spreadsheet or pandas reads as one.
                for line in lines.dropFirst() where !line.contains("\"") {
                    let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                    #expect(fields[capacity].isEmpty || Int(fields[capacity]) != nil, "\(line)")
                }
            }
            try await client.execute(uri: "/v1/premises.csv?limit=5", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/v1/grants.csv?applicant=forening", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.hasPrefix("id,namn,sammanfattning,vem_kan_soka"))
                #expect(text.contains("aktivitetsstod,"))
            }
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let license = try json(response)["info"] as? [String: Any]
                #expect((license?["license"] as? [String: Any])?["identifier"] as? String == "CC0-1.0")
            }
        }
    }

    @Test func theDocumentNamesTheConfiguredServer() throws {
        let document = try #require(JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json(server: "https://lotsen.example.se").utf8)) as? [String: Any])
        #expect((document["servers"] as? [[String: Any]])?.first?["url"] as? String == "https://lotsen.example.se")
    }

    @Test func openAPIDescribesEveryRoute() async throws {
        try await makeApp().test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let body = try json(response)
                #expect(body["openapi"] as? String == "3.1.0")
                let paths = try #require(body["paths"] as? [String: Any])
                for path in ["/healthz", "/v1/premises", "/v1/premises/{id}", "/v1/grants", "/v1/grants/{id}",
                             "/v1/units", "/v1/units/{id}", "/v1/vocabulary", "/v1/route", "/v1/enquiries",
                             "/v1/enquiries/{reference}", "/v1/admin/personal-data", "/open311/v2/services.json",
                             "/open311/v2/requests.json", "/open311/v2/requests/{service_request_id}.json"] {
                    #expect(paths[path] != nil, "\(path)")
                }
                let premises = try #require((paths["/v1/premises"] as? [String: Any])?["get"] as? [String: Any])
                // Parameters are written out or shared from components.parameters.
                let shared = ((body["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]]) ?? [:]
                let names = Set((premises["parameters"] as? [[String: Any]] ?? []).compactMap { parameter -> String? in
                    if let reference = parameter["$ref"] as? String { return shared[String(reference.split(separator: "/").last ?? "")]?["name"] as? String }
                    return parameter["name"] as? String
                })
                #expect(names == ["q", "min_capacity", "district", "kind", "facility", "accessible", "max_price", "tariff",
                                  "price_unit", "near", "radius_km", "sort", "limit", "offset", "modified_after", "relax"])
            }
        }
    }
}

@Suite struct ResponseCacheTests {
    @Test func aWriteIsSeenAtOnceDespiteTheCache() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-cache-\(UUID().uuidString).db").path
        let store = try Store(path: path)
        try DefaultData.fill(store, seedDirectory: seedDirectory, importersDirectory: seedDirectory.deletingLastPathComponent().appendingPathComponent("importers"))
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, clock: { mondayMorning })))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/premises?q=folkets", method: .get) { response in
                try #expect(json(response)["total"] as? Int == 0)
            }
            try store.transaction { transaction in
                try transaction.put(Premises(id: "folkets-hus-tollarp", name: "Folkets hus", kind: "samlingslokal",
                                             address: Address(district: "Tollarp"), capacity: 120))
            }
            try await client.execute(uri: "/v1/premises?q=folkets", method: .get) { response in
                try #expect(ids(json(response)) == ["folkets-hus-tollarp"])
            }
        }
    }
}

@Suite struct ResponseCacheBoundTests {
    @Test func theCacheIsBoundedInBytesNotEntries() {
        let cache = ResponseCache(maxBytes: 1 << 20)
        let big = ByteBuffer(repeating: 0x61, count: 60_000)
        for index in 0..<200 {
            cache.store(.init(body: big, etag: "\"\(index)\""), revision: 1, uri: "/v1/premises?q=\(index)")
            #expect(cache.bytes <= 1 << 20)
        }
        #expect(cache.entry(revision: 1, uri: "/v1/premises?q=199") != nil)
        #expect(cache.entry(revision: 1, uri: "/v1/premises?q=0") == nil)
        // One response over a sixteenth of the bound is answered but never kept.
        cache.store(.init(body: ByteBuffer(repeating: 0x61, count: 200_000), etag: "\"x\""), revision: 1, uri: "/huge")
        #expect(cache.entry(revision: 1, uri: "/huge") == nil)
    }
}
