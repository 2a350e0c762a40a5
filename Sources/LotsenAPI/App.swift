import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenStore

/// Builds Lotsen's HTTP API. The same router serves `lotsen serve` and the tests.
public enum LotsenAPI {
    /// The router with every route and middleware.
    ///
    /// - Parameters:
    ///   - guide: answers enquiries (`POST /v1/route`); without it that route is absent.
    ///   - clock: the current instant, for "open now" (tests pass a fixed one).
    ///   - cacheBytes: the most bytes the response cache holds (64 MiB unless told).
    ///   - municipality: the organization the HSDS export names.
    ///   - open311: keys and jurisdiction of the Open311 endpoint, and the service's public address (named in the
    ///     OpenAPI document's `servers` and Open311's discovery; else the requested host).
    public static func buildRouter(
        store: Store, guide: EnquiryGuide? = nil, clock: @escaping @Sendable () -> Date = { Date() }, cacheBytes: Int? = nil,
        open311: Open311Options = Open311Options(), municipality: String = "Kristianstads kommun"
    ) -> Router<BasicRequestContext> {
        // HEAD is answered for every GET route (calendar apps and uptime checks use it); CORS, security headers and
        // 405s are ``ServerResponder``'s, so they cover every response.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: ProblemMiddleware())

        router.get("healthz") { request, _ -> Response in
            struct Health: Encodable {
                let status: String
                let revision: Int
                let counts: [String: Int]
            }
            let health = Health(status: "ok", revision: try store.version().revision, counts: try store.counts())
            return try JSONResponse.make(health, request: request, maxAge: 0)
        }
        router.get("openapi.json") { request, _ -> Response in
            // The server a generated client calls: the configured public address, else the host this was asked of.
            let server = open311.publicURL ?? request.head.authority.map { "http://\($0)" } ?? "http://localhost:8080"
            return Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json(server: server))))
        }

        let v1 = router.group("v1")
        let cache = ResponseCache(maxBytes: cacheBytes ?? ResponseCache.defaultMaxBytes)
        PremisesController(store: store, cache: cache).addRoutes(to: v1)
        GrantsController(store: store, cache: cache).addRoutes(to: v1)
        OpenDataController<BasicRequestContext>(store: store, cache: cache, municipality: municipality).addRoutes(to: v1)
        CalendarController(store: store, cache: cache, clock: clock).addRoutes(to: v1)
        UnitsController(store: store, clock: clock).addRoutes(to: v1)
        ChangesController(store: store, publicURL: open311.publicURL).addRoutes(to: v1)
        SamverkanController(store: store).addRoutes(to: v1)
        if let guide {
            RouteController(guide: guide, clock: clock).addRoutes(to: v1)
            let enquiries = EnquiriesController<BasicRequestContext>(store: store, guide: guide, clock: clock)
            enquiries.addRoutes(to: v1)
            Open311Controller(enquiries: enquiries, options: open311, clock: clock).addRoutes(to: router)
            EditController(store: store, authorization: StaffAuthorization(store: guide.enquiries)).addRoutes(to: v1)
        }
        v1.get("vocabulary") { request, _ -> Response in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try JSONResponse.make(try store.vocabulary(), request: request, maxAge: 300)
        }
        return router
    }

    /// The application `lotsen serve` runs: `router` (with every route added) behind ``ServerResponder`` on
    /// `host:port`, with an idle timeout so slow or abandoned connections do not pile up. `onRunning` is called with
    /// the bound address once the server listens.
    public static func buildApplication(
        router: Router<BasicRequestContext>, host: String, port: Int, cors: CORSPolicy = CORSPolicy(),
        onRunning: @escaping @Sendable (_ address: String) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            responder: ServerResponder(router: router, cors: cors),
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(host, port: port), serverName: "Lotsen"),
            onServerRunning: { channel in
                let address = channel.localAddress
                onRunning("http://\(address?.ipAddress.map { $0.contains(":") ? "[\($0)]" : $0 } ?? host):\(address?.port ?? port)")
            })
    }
}
