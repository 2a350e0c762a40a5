import Foundation
import HTTPTypes
import Hummingbird

/// Where browsers on other sites may call Lotsen from: reads (GET, HEAD) from any origin, writes (POST, PUT, PATCH, DELETE)
/// only from the site itself or the origins named here (`https://www.kristianstad.se`).
public struct CORSPolicy: Sendable {
    public var writeOrigins: Set<String>

    public init(writeOrigins: Set<String> = []) {
        self.writeOrigins = Set(writeOrigins.map { $0.lowercased() })
    }

    static let readMethods: Set<HTTPRequest.Method> = [.get, .head, .options]
    static let allowedHeaders = "Accept, Content-Type, If-None-Match, If-Match, Authorization"
    static let exposedHeaders = "ETag, Last-Modified, Location"

    /// True when a browser sent the request from a page of the site itself: it says so in `Sec-Fetch-Site` (which no
    /// page script can set), or the `Origin`'s host and port are the request's `Host` (or, behind a proxy that
    /// rewrites it, `X-Forwarded-Host`), default ports left out.
    static func isSameSite(_ request: Request, origin: String) -> Bool {
        if request.headers[.secFetchSite]?.lowercased() == "same-origin" { return true }
        guard let separator = origin.range(of: "://") else { return false }
        let scheme = origin[..<separator.lowerBound].lowercased()
        let originHost = withoutDefaultPort(String(origin[separator.upperBound...]), scheme: scheme)
        let forwarded = request.headers[.xForwardedHost]?.split(separator: ",").first.map { String($0).trimmingCharacters(in: .whitespaces) }
        // HTTP/1 servers put `Host` in the authority; a test client may leave it a header field.
        return [request.head.authority, request.headers[.hostField], forwarded].contains { host in host.map { withoutDefaultPort($0, scheme: scheme) } == originHost }
    }

    private static func withoutDefaultPort(_ host: String, scheme: String) -> String {
        let host = host.lowercased()
        let port = scheme == "https" ? ":443" : ":80"
        return host.hasSuffix(port) ? String(host.dropLast(port.count)) : host
    }

    func mayWrite(_ request: Request, from origin: String) -> Bool {
        Self.isSameSite(request, origin: origin) || writeOrigins.contains(origin.lowercased())
    }
}

/// The outermost layer of every response Lotsen gives, whatever answered it (a route, a page, a 404 for an unknown
/// path, an error): the security headers, `405` with `Allow` for a known path asked with the wrong method, CORS as
/// ``CORSPolicy`` says, and one log line per request (method, path without its query, status, duration).
public struct ServerResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    let router: RouterResponder<Context>
    /// Each route's path, split in segments (`{id}` and `*` match any one segment, `**` the rest), with its methods.
    let routes: [(segments: [Substring], methods: Set<HTTPRequest.Method>)]
    let cors: CORSPolicy

    /// Builds the router (every route must be added by now); `HEAD` is answered for every `GET` route.
    public init(router: Router<Context>, cors: CORSPolicy = CORSPolicy()) {
        self.router = router.buildResponder()
        var methods: [String: Set<HTTPRequest.Method>] = [:]
        for route in router.routes { methods["\(route.path)", default: []].insert(route.method) }
        routes = methods.map { (path, methods) in (path.split(separator: "/"), methods) }
        self.cors = cors
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        var response = await answer(request, context: context)
        SecurityHeaders.apply(to: &response)
        cors.apply(to: &response, for: request)
        let elapsed = ContinuousClock.now - started
        // Tenths of a millisecond, counted in integers: this runs for every request.
        let tenths = elapsed.components.seconds * 10_000 + elapsed.components.attoseconds / 100_000_000_000_000
        // The path only: query strings can hold what a person typed (search words, e-mail addresses).
        context.logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(tenths / 10).\(tenths % 10) ms")
        return response
    }

    private func answer(_ request: Request, context: Context) async -> Response {
        if let origin = request.headers[.origin] {
            if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
                return cors.preflight(request, origin: origin)
            }
            if !CORSPolicy.readMethods.contains(request.method), !cors.mayWrite(request, from: origin) {
                return problem(Problem(status: .forbidden, title: "Otillåten källa / Forbidden origin",
                                       detail: "Ändringar tas bara emot från webbplatsen själv / Writes are accepted from this site only."), request, context)
            }
        }
        let response: Response
        do {
            response = try await router.respond(to: request, context: context)
        } catch let error as any HTTPResponseError {
            response = (try? error.response(from: request, context: context)) ?? Response(status: error.status)
        } catch {
            context.logger.error("unhandled error: \(String(describing: error))")
            return problem(Problem(status: .internalServerError, title: "Internt fel / Internal error", detail: "Något gick fel / Something went wrong."), request, context)
        }
        if response.status == .notFound, let allowed = methods(for: request.uri.path), !allowed.contains(request.method) {
            let allow = allowed.map(\.rawValue).sorted().joined(separator: ", ")
            return problem(Problem(status: .methodNotAllowed, title: "Metoden stöds inte / Method not allowed",
                                   detail: "\(request.method) stöds inte här; använd \(allow) / Use \(allow).", headers: [.allow: allow]), request, context)
        }
        return response
    }

    private func problem(_ problem: Problem, _ request: Request, _ context: Context) -> Response {
        (try? problem.response(from: request, context: context)) ?? Response(status: problem.status)
    }

    /// The methods of the route `path` belongs to, or nil when no route has this path.
    func methods(for path: String) -> Set<HTTPRequest.Method>? {
        let segments = path.split(separator: "/")
        var found: Set<HTTPRequest.Method>?
        for route in routes where Self.matches(route.segments, segments) { found = (found ?? []).union(route.methods) }
        return found
    }

    static func matches(_ pattern: [Substring], _ segments: [Substring]) -> Bool {
        for (index, part) in pattern.enumerated() {
            if part == "**" { return true }
            guard index < segments.count else { return false }
            if part == "*" || part == segments[index] { continue }
            // `{id}`, `{id}.json`, `deadline-{id}`: the text around the capture must match.
            if let open = part.firstIndex(of: "{"), let close = part[open...].firstIndex(of: "}") {
                let prefix = part[..<open], suffix = part[part.index(after: close)...]
                let segment = segments[index]
                if segment.count > prefix.count + suffix.count, segment.hasPrefix(prefix), segment.hasSuffix(suffix) { continue }
            }
            return false
        }
        return pattern.count == segments.count
    }
}

/// Headers every response gets, JSON and pages alike: a Content-Security-Policy that allows no inline script or style
/// and no framing, no MIME sniffing, no referrer to other sites; `no-cache` unless the route chose its own caching.
public enum SecurityHeaders {
    public static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    public static func apply(to response: inout Response) {
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        response.headers[.xFrameOptions] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-cache" }
    }
}

extension CORSPolicy {
    /// Reads may be shared with any origin; a write's answer only with an origin that may write.
    func apply(to response: inout Response, for request: Request) {
        guard let origin = request.headers[.origin], response.headers[.accessControlAllowOrigin] == nil else { return }
        if Self.readMethods.contains(request.method) {
            response.headers[.accessControlAllowOrigin] = "*"
            response.headers[.accessControlExposeHeaders] = Self.exposedHeaders
        } else if writeOrigins.contains(origin.lowercased()) {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = Self.exposedHeaders
            response.headers[.vary] = "Origin"
        }
    }

    /// The answer to a preflight: reads for anyone, writes for the origins that may write.
    func preflight(_ request: Request, origin: String) -> Response {
        let writes = writeOrigins.contains(origin.lowercased())
        var headers: HTTPFields = [
            .accessControlAllowMethods: writes ? "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE" : "GET, HEAD, OPTIONS",
            .accessControlAllowHeaders: Self.allowedHeaders, .accessControlMaxAge: "3600", .vary: "Origin",
        ]
        headers[.accessControlAllowOrigin] = writes ? origin : "*"
        return Response(status: .noContent, headers: headers)
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let secFetchSite = Self("Sec-Fetch-Site")!
    static let hostField = Self("Host")!
    static let xForwardedHost = Self("X-Forwarded-Host")!
    static let link = Self("Link")!
}
