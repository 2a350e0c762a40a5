import Foundation
import Hummingbird
import LotsenGuide
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
        return try JSONResponse.record(
            StoredJSON(stored: stored), version: RecordVersion.of(stored.item), request: request, lastModified: stored.provenance.updatedAt)
    }

    /// The store query for a request's parameters: the filters by the rules the pages use too (``PremisesFilters``),
    /// then what only the API offers. Vocabulary codes are checked by the store.
    static func query(from parameters: QueryParameters) throws -> PremisesQuery {
        let filters = try PremisesFilters(value: { try parameters.string($0, maxLength: 1000) }, values: parameters.all)
        if let problem = filters.problems.first { throw Problem.badParameter(problem.field, problem.bilingual) }
        var query = filters.query
        query.priceUnit = try parameters.enumeration("price_unit", as: Price.Unit.self) ?? .hour
        query.near = try parameters.geoPoint("near")
        query.radiusKilometres = try parameters.double("radius_km", in: 0.001...1000)
        query.sort = try parameters.enumeration("sort", as: PremisesQuery.Sort.self)
        query.limit = try parameters.int("limit", in: PremisesQuery.limitRange) ?? 20
        query.offset = try parameters.int("offset", in: PremisesQuery.offsetRange) ?? 0
        query.modifiedAfter = try parameters.instant("modified_after")
        query.relax = try parameters.bool("relax") ?? false
        return query
    }
}
