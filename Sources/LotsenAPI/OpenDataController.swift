import Foundation
import HTTPTypes
import Hummingbird
import LotsenModel
import LotsenImport
import LotsenStore

/// The catalogue as open data: `GET /v1/premises.csv` and `GET /v1/grants.csv` take the same filters as their JSON
/// searches and answer every matching record (no paging) as RFC 4180 CSV, with numbers in their own columns
/// (capacity, area, each tariff's price) next to the human text, under the catalogue's licence (CC0).
struct OpenDataController<Context: RequestContext> {
    let store: Store
    let cache: ResponseCache
    /// The organization the HSDS export names ("Kristianstads kommun").
    let municipality: String

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("premises.csv", use: premises)
        group.get("grants.csv", use: grants)
        group.get("hsds/services", use: hsdsServices)
        group.get("hsds/services/:id", use: hsdsService)
    }

    /// `GET /v1/hsds/services`: every unit as an Open Referral HSDS 3 service, in HSDS's page of results.
    @Sendable func hsdsServices(request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: ["page", "per_page"])
        let size = try parameters.int("per_page", in: 1...100) ?? 50
        let page = try parameters.int("page", in: 1...10_000) ?? 1
        return try cache.response(for: request, store: store) {
            HSDS.Page(try hsds(), page: page, size: size)
        }
    }

    /// `GET /v1/hsds/services/{id}`: one service by its HSDS id.
    @Sendable func hsdsService(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        _ = try QueryParameters(request.uri.query, allowed: [])
        return try cache.response(for: request, store: store) {
            guard let service = try hsds().first(where: { $0.id == id }) else {
                throw Problem.notFound("Ingen tjänst med id '\(id)' / No service with this id")
            }
            return service
        }
    }

    /// Every unit as an HSDS service, from the catalogue as it is now.
    private func hsds() throws -> [HSDS.Service] {
        try HSDS.services(units: store.units(), premises: store.allPremises().map(\.item), municipality: municipality)
    }

    @Sendable func premises(request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: PremisesController<Context>.parameterNames.subtracting(["limit", "offset", "relax"]))
        var query = try PremisesController<Context>.query(from: parameters)
        query.limit = PremisesQuery.limitRange.upperBound
        var records: [Stored<Premises>] = []
        while true {
            let page = try store.searchPremises(query)
            records += page.hits.map(\.premises)
            guard !page.hits.isEmpty, records.count < page.total, query.offset + query.limit <= PremisesQuery.offsetRange.upperBound else { break }
            query.offset += query.limit
        }
        return OpenData.csv(OpenData.premisesTable(records), filename: "lokaler.csv")
    }

    @Sendable func grants(request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: ["q", "applicant", "category", "unit"])
        var query = GrantQuery(
            text: try parameters.string("q"), applicant: try parameters.string("applicant", maxLength: 100),
            category: try parameters.string("category", maxLength: 100), unit: try parameters.string("unit", maxLength: 100),
            limit: PremisesQuery.limitRange.upperBound, offset: 0)
        var records: [Stored<Grant>] = []
        while true {
            let page = try store.searchGrants(query)
            records += page.grants
            guard !page.grants.isEmpty, records.count < page.total, query.offset + query.limit <= PremisesQuery.offsetRange.upperBound else { break }
            query.offset += query.limit
        }
        return OpenData.csv(OpenData.grantsTable(records), filename: "bidrag.csv")
    }
}

extension OpenData {
    static func csv(_ table: [[String]], filename: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8; header=present",
                .contentDisposition: "inline; filename=\"\(filename)\"",
                .cacheControl: "public, max-age=60",
                .link: "<\(licence.url)>; rel=\"license\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: csvText(table))))
    }
}
