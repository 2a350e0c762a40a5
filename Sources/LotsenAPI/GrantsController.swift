import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// `GET /v1/grants` and `GET /v1/grants/{id}`.
struct GrantsController<Context: RequestContext> {
    let store: Store
    let cache: ResponseCache

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("grants", use: list)
        group.get("grants/:id", use: show)
    }

    struct Page: Encodable {
        let total: Int
        let limit: Int
        let offset: Int
        let items: [StoredJSON<Grant>]
    }

    @Sendable func list(request: Request, context: Context) async throws -> Response {
        try cache.response(for: request, store: store) {
            try page(for: request)
        }
    }

    private func page(for request: Request) throws -> Page {
        let parameters = try QueryParameters(
            request.uri.query, allowed: ["q", "applicant", "category", "unit", "limit", "offset"])
        let query = GrantQuery(
            text: try parameters.string("q"),
            applicant: try parameters.string("applicant", maxLength: 100),
            category: try parameters.string("category", maxLength: 100),
            unit: try parameters.string("unit", maxLength: 100),
            limit: try parameters.int("limit", in: PremisesQuery.limitRange) ?? 20,
            offset: try parameters.int("offset", in: PremisesQuery.offsetRange) ?? 0)
        let result = try store.searchGrants(query)
        return Page(total: result.total, limit: query.limit, offset: query.offset, items: result.grants.map { StoredJSON(stored: $0) })
    }

    @Sendable func show(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        _ = try QueryParameters(request.uri.query, allowed: [])
        guard let stored = try store.grant(id: id) else {
            throw Problem.notFound("Inget bidrag med id '\(id)' / No grant with this id")
        }
        return try JSONResponse.record(
            StoredJSON(stored: stored), version: try store.editable(.grant, id: id)?.version ?? RecordVersion.of(stored.item), request: request,
            lastModified: stored.provenance.updatedAt)
    }
}
