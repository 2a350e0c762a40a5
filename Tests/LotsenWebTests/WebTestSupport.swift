import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenStore
import LotsenWeb

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// Monday 23 November 2026, 10:00 in Stockholm: Medborgarcenter is open.
let mondayMorning = Date(timeIntervalSince1970: 1_795_424_400)

/// A store filled from `seed/` and `importers/`, as `lotsen serve` starts.
func makeStore() throws -> Store {
    let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-web-\(UUID().uuidString).db").path)
    try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
    return store
}

/// The API and the pages on one router, as `lotsen serve` builds them.
func makeApp(_ store: Store, clock: @escaping @Sendable () -> Date = { mondayMorning }) throws -> some ApplicationProtocol {
    let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
    let router = LotsenAPI.buildRouter(store: store, guide: guide, clock: clock)
    try WebPages(store: store, guide: guide, clock: clock).addRoutes(to: router)
    return Application(responder: ServerResponder(router: router))
}

/// A browser's cookies across requests: what `Set-Cookie` set is sent back, `Max-Age=0` removes.
struct CookieJar {
    private(set) var cookies: [String: String] = [:]
    /// The attributes each cookie was last set with (`HttpOnly`, `Secure`, `SameSite=Strict`, …), lower-cased.
    private(set) var attributes: [String: Set<String>] = [:]

    mutating func take(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            let attributes = Set(parts.dropFirst().map { $0.lowercased() })
            if attributes.contains("max-age=0") || value.isEmpty {
                cookies[name] = nil
            } else {
                cookies[name] = value
            }
            self.attributes[name] = attributes
        }
    }

    var header: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }
}

/// A browser on the test client: keeps cookies, reads the CSRF field of the last form.
struct Browser {
    let client: any TestClientProtocol
    var jar = CookieJar()
    var formToken: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    @discardableResult
    mutating func get(_ uri: String) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        let response = try await client.execute(uri: uri, method: .get, headers: jar.header, body: nil)
        jar.take(response)
        let body = String(buffer: response.body)
        if let token = Self.formToken(in: body) { formToken = token }
        return (response.status, response.headers, body)
    }

    /// Posts `fields` form-encoded, with the CSRF field of the last page unless `csrf` says otherwise.
    @discardableResult
    mutating func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        var all = fields
        if let token = csrf ?? formToken { all.append(("csrf", token)) }
        var headers = jar.header
        headers[.contentType] = "application/x-www-form-urlencoded"
        let encoded = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: encoded))
        jar.take(response)
        let body = String(buffer: response.body)
        if let token = Self.formToken(in: body) { formToken = token }
        return (response.status, response.headers, body)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? text
    }

    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value="([0-9a-f]{64})""#, options: .regularExpression) else { return nil }
        return String(html[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }
}

extension Store {
    /// The enquiry database the app built on this catalogue uses (the file beside it), opened once more.
    var personal: EnquiryStore {
        get throws { try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: path), catalogue: self) }
    }
}
