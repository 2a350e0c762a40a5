import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenGuide
import LotsenStore
import Testing

/// What every response has, whatever answered it: the security headers, 405 with `Allow`, HEAD, CORS as documented.
@Suite struct HTTPLayerTests {
    static let requests: [(method: HTTPRequest.Method, uri: String, status: HTTPResponse.Status)] = [
        (.get, "/finns-inte", .notFound), (.get, "/v1/finns-inte", .notFound), (.get, "/v1/premises", .ok),
        (.get, "/v1/premises/finns-inte", .notFound), (.get, "/v1/premises?limit=abc", .badRequest), (.get, "/lokaler", .ok),
        (.get, "/static/lotsen.css", .ok), (.get, "/openapi.json", .ok), (.get, "/v1/calendar.ics", .ok),
        (.put, "/lokaler", .methodNotAllowed), (.trace, "/v1/premises", .methodNotAllowed), (.delete, "/kontakt", .methodNotAllowed),
        (.post, "/v1/premises", .methodNotAllowed), (.put, "/v1/enquiries/KRS-2026-000001", .methodNotAllowed),
    ]

    @Test(arguments: requests.indices)
    func everyResponseCarriesTheSecurityHeaders(index: Int) async throws {
        let (method, uri, status) = Self.requests[index]
        try await makeApp(try makeStore()).test(.router) { client in
            try await client.execute(uri: uri, method: method) { response in
                #expect(response.status == status, "\(method) \(uri)")
                Self.expectSecurityHeaders(response, "\(method) \(uri)")
            }
        }
    }

    @Test func aTooLargeRouteRequestIs413WithTheHeaders() async throws {
        try await makeApp(try makeStore()).test(.router) { client in
            let body = #"{"text": ""# + String(repeating: "a", count: 20_000) + #""}"#
            try await client.execute(uri: "/v1/route", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { response in
                #expect(response.status == .contentTooLarge)
                Self.expectSecurityHeaders(response, "413")
            }
        }
    }

    @Test(arguments: [("/lokaler", "GET, HEAD"), ("/kontakt", "GET, HEAD, POST"), ("/v1/enquiries/KRS-2026-000001", "GET, HEAD, PATCH")])
    func aWrongMethodIs405NamingTheRightOnes(path: String, allow: String) async throws {
        try await makeApp(try makeStore()).test(.router) { client in
            try await client.execute(uri: path, method: .put) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == allow)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test(arguments: ["/v1/calendar.ics", "/lokaler", "/healthz", "/v1/premises?q=scen", "/bidrag/aktivitetsstod"])
    func headAnswersLikeGetWithoutABody(uri: String) async throws {
        try await makeApp(try makeStore()).test(.router) { client in
            let get = try await client.execute(uri: uri, method: .get)
            try await client.execute(uri: uri, method: .head) { response in
                #expect(response.status == .ok, "\(uri)")
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentType] == get.headers[.contentType])
            }
        }
    }

    @Test func readsAreOpenToEveryOriginWritesOnlyToTheSiteItself() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            let elsewhere = "https://elsewhere.example"
            try await client.execute(uri: "/v1/premises", method: .get, headers: [.origin: elsewhere]) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
            try await client.execute(uri: "/v1/enquiries", method: .options, headers: [.origin: elsewhere, .accessControlRequestMethod: "POST"]) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowMethods] == "GET, HEAD, OPTIONS")
            }
            let json = ByteBuffer(string: #"{"text": "Hej"}"#)
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: [.origin: elsewhere, .contentType: "application/json"], body: json) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
            // Without an Origin (a server, curl) or from the site itself, the enquiry is taken.
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: [.contentType: "application/json"], body: json) { response in
                #expect(response.status == .created)
            }
            #expect(try store.personal.enquiries().total == 1)
        }
    }

    /// Browsers send `Origin` on every form post, to the same site too; behind a proxy the `Host` may be rewritten.
    @Test(arguments: [
        [HTTPField.Name("Host")!: "lotsen.example", .origin: "https://lotsen.example"],
        [HTTPField.Name("Host")!: "lotsen.example:443", .origin: "https://lotsen.example"],
        [HTTPField.Name("Host")!: "127.0.0.1:8080", HTTPField.Name("X-Forwarded-Host")!: "lotsen.example", .origin: "https://lotsen.example"],
        [HTTPField.Name("Host")!: "127.0.0.1:8080", HTTPField.Name("Sec-Fetch-Site")!: "same-origin", .origin: "https://lotsen.example"],
    ])
    func theSiteItselfMayWrite(headers: HTTPFields) async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var all = headers
            all[.contentType] = "application/json"
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: all, body: ByteBuffer(string: #"{"text": "Hej"}"#)) { response in
                #expect(response.status == .created, "\(headers)")
            }
            // The same origin from a page on another site is refused.
            var other = headers
            other[.origin] = "https://lotsen.example.evil.test"
            other[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            other[.contentType] = "application/json"
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: other, body: ByteBuffer(string: #"{"text": "Hej"}"#)) { response in
                #expect(response.status == .forbidden, "\(other)")
            }
        }
    }

    @Test func aWrongMethodOnARouteWithASuffixIs405() async throws {
        try await makeApp(try makeStore()).test(.router) { client in
            try await client.execute(uri: "/open311/v2/services.json", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func aConfiguredOriginMayWrite() async throws {
        let store = try makeStore()
        let guide = try EnquiryGuide(store: store, enquiries: try store.personal, routingFile: root.appendingPathComponent("seed/routing.json"))
        let router = LotsenAPI.buildRouter(store: store, guide: guide, clock: { mondayMorning })
        let partner = "https://www.kristianstad.se"
        let app = Application(responder: ServerResponder(router: router, cors: CORSPolicy(writeOrigins: [partner])))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/enquiries", method: .options, headers: [.origin: partner, .accessControlRequestMethod: "POST"]) { response in
                #expect(response.headers[.accessControlAllowMethods]?.contains("POST") == true)
                #expect(response.headers[.accessControlAllowOrigin] == partner)
            }
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: [.origin: partner, .contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"text": "Hej"}"#)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.accessControlAllowOrigin] == partner)
            }
        }
    }

    @Test(arguments: ["application/jsonx", "application/json-patch", "text/plain", "application/x-www-form-urlencoded"])
    func onlyJSONIsJSON(type: String) async throws {
        try await makeApp(try makeStore()).test(.router) { client in
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: [.contentType: type], body: ByteBuffer(string: #"{"text": "Hej"}"#)) { response in
                #expect(response.status == .unsupportedMediaType, "\(type)")
            }
        }
    }

    @Test(arguments: [("text", "Hej\u{0}då"), ("name", "Anna\u{1B}[31m"), ("association", "IF\u{7F}"), ("phone", "04\u{85}4")])
    func controlCharactersAreRefusedNamingTheField(field: String, value: String) async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var object: [String: String] = ["text": "Hej"]
            object[field] = value
            let body = try JSONSerialization.data(withJSONObject: object)
            try await client.execute(uri: "/v1/enquiries", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("\"name\":\"\(field)\""))
            }
            var browser = Browser(client)
            _ = try await browser.get("/kontakt")
            let page = try await browser.post("/kontakt", field == "text" ? [(field, value)] : [("text", "Hej"), (field, value)])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("kontrolltecken"))
            #expect(try store.personal.enquiries().total == 0)
        }
    }

    static func expectSecurityHeaders(_ response: TestResponse, _ what: String) {
        #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(what)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
        #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(what)")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(what)")
        #expect(response.headers[.cacheControl] != nil, "\(what)")
    }
}
