import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// The årshjul's events (`GET /v1/events`, `/v1/events/{id}`) and the samverkan records: the styrgrupp's members
/// (`GET /v1/samverkan/styrgrupp`) and the register of IOP agreements (`GET /v1/samverkan/iop`). Editors change them
/// through ``EditController``.
struct SamverkanController<Context: RequestContext> {
    let store: Store

    struct Page<Item: Encodable>: Encodable {
        let total: Int
        let items: [Item]
    }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("events") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let events = try store.calendarEvents()
            return try JSONResponse.make(Page(total: events.count, items: events), request: request, maxAge: 60)
        }
        group.get("events/:id") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let id = try context.parameters.require("id")
            guard let event = try store.calendarEvent(id: id) else { throw Problem.notFound("Ingen händelse med id '\(id)' / No event with this id") }
            return try JSONResponse.record(event, version: RecordVersion.of(event), request: request, maxAge: 60)
        }
        list("samverkan/styrgrupp", group) { try store.steeringGroup() }
        list("samverkan/iop", group) { try store.iopAgreements() }
    }

    private func list<Item: Encodable & Identifiable & Sendable>(
        _ path: String, _ group: RouterGroup<Context>, _ items: @escaping @Sendable () throws -> [Item]
    ) where Item.ID == String {
        group.get(RouterPath(path)) { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let all = try items()
            return try JSONResponse.make(Page(total: all.count, items: all), request: request, maxAge: 60)
        }
        group.get(RouterPath(path + "/:id")) { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let id = try context.parameters.require("id")
            guard let item = try items().first(where: { $0.id == id }) else { throw Problem.notFound("Ingen post med id '\(id)' / No such record") }
            return try JSONResponse.record(item, version: RecordVersion.of(item), request: request, maxAge: 60)
        }
    }
}
