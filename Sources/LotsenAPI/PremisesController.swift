import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// `GET /v1/premises` and `GET /v1/premises/{id}`.
struct PremisesController<Context: RequestContext> {
    let store: Store
    let cache: ResponseCache

    static var parameterNames: Set<String> {
        ["q", "min_capacity", "district", "kind", "facility", "accessible", "max_price", "tariff", "price_unit",
         "near", "radius_km", "sort", "limit", "offset", "modified_after", "relax"]
    }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("premises", use: list)
        group.get("premises/:id", use: show)
    }

    struct Page: Encodable {
        let total: Int
        let limit: Int
        let offset: Int
        let items: [StoredJSON<Premises>]
        let facets: FacetsJSON
        /// What was left out to find anything (`relax=true`), e.g. `{"parameter": "district", "value": "Åhus"}`.
        let relaxed: [Relaxed]
    }

    struct Relaxed: Encodable {
        let parameter: String
        let value: String
    }

    struct FacetsJSON: Encodable {
        struct Count: Encodable {
            let value: String
            let label: String
            let count: Int
        }

        let district: [Count]
        let kind: [Count]
        let facility: [Count]

        init(_ facets: Facets) {
            func map(_ counts: [Facets.Count]) -> [Count] { counts.map { Count(value: $0.value, label: $0.label, count: $0.count) } }
            district = map(facets.district)
            kind = map(facets.kind)
            facility = map(facets.facility)
        }
    }

    @Sendable func list(request: Request, context: Context) async throws -> Response {
        try cache.response(for: request, store: store) {
            try page(for: request)
        }
    }

    private func page(for request: Request) throws -> Page {
        let query = try Self.query(from: QueryParameters(request.uri.query, allowed: Self.parameterNames))
        let result = try store.searchPremises(query)
        return Page(
            total: result.total, limit: query.limit, offset: query.offset,
            items: result.hits.map { StoredJSON(stored: $0.premises, distanceKm: $0.distanceKilometres) },
            facets: FacetsJSON(result.facets), relaxed: result.relaxed.map { Relaxed(parameter: $0.parameter, value: $0.value) })
    }

    @Sendable func show(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        _ = try QueryParameters(request.uri.query, allowed: [])
        guard let stored = try store.premises(id: id) else {
            throw Problem.notFound("Ingen lokal med id '\(id)' / No premises with this id")
        }
        return try JSONResponse.make(StoredJSON(stored: stored), request: request, lastModified: stored.provenance.updatedAt)
    }

    /// The store query for a request's parameters. Vocabulary codes are checked by the store.
    static func query(from parameters: QueryParameters) throws -> PremisesQuery {
        PremisesQuery(
            text: try parameters.string("q"),
            minCapacity: try parameters.int("min_capacity", in: 0...1_000_000),
            district: try parameters.string("district", maxLength: 100),
            kind: try parameters.string("kind", maxLength: 100),
            facilities: parameters.all("facility"),
            accessibleOnly: try parameters.bool("accessible") ?? false,
            maxPrice: try parameters.double("max_price", in: 0...10_000_000),
            tariff: try parameters.string("tariff", maxLength: 100) ?? "taxa1",
            priceUnit: try parameters.enumeration("price_unit", as: Price.Unit.self) ?? .hour,
            near: try parameters.geoPoint("near"),
            radiusKilometres: try parameters.double("radius_km", in: 0.001...1000),
            sort: try parameters.enumeration("sort", as: PremisesQuery.Sort.self),
            limit: try parameters.int("limit", in: PremisesQuery.limitRange) ?? 20,
            offset: try parameters.int("offset", in: PremisesQuery.offsetRange) ?? 0,
            modifiedAfter: try parameters.instant("modified_after"),
            relax: try parameters.bool("relax") ?? false)
    }
}
