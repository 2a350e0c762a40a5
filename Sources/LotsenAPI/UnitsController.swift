import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// `GET /v1/units` and `GET /v1/units/{id}`, with whether each channel is open now.
struct UnitsController<Context: RequestContext> {
    let store: Store
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("units", use: list)
        group.get("units/:id", use: show)
    }

    struct Page: Encodable {
        let total: Int
        let items: [UnitJSON]
    }

    @Sendable func list(request: Request, context: Context) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let now = clock()
        let units = try store.units().map { UnitJSON($0, at: now) }
        return try JSONResponse.make(Page(total: units.count, items: units), request: request, maxAge: 30)
    }

    @Sendable func show(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        _ = try QueryParameters(request.uri.query, allowed: [])
        guard let unit = try store.unit(id: id) else {
            throw Problem.notFound("Ingen enhet med id '\(id)' / No unit with this id")
        }
        return try JSONResponse.record(UnitJSON(unit, at: clock()), version: RecordVersion.of(unit), request: request, maxAge: 30)
    }
}

/// A unit as JSON: its fields, each channel with its open status, and the unit's overall status.
public struct UnitJSON: Sendable, Encodable {
    public struct Channel: Sendable, Encodable {
        public let kind: ContactChannel.Kind
        public let value: String
        public let label: String?
        public let hours: OpeningHours?
        public let openNow: OpenStatus?

        enum CodingKeys: String, CodingKey { case kind, value, label, hours, openNow = "open_now" }
    }

    public let id: String
    public let name: String
    public let description: String
    public let parentId: String?
    public let channels: [Channel]
    /// True when any staffed channel is open; nil when no channel has opening hours.
    public let openNow: Bool?

    enum CodingKeys: String, CodingKey { case id, name, description, parentId = "parent_id", channels, openNow = "open_now" }

    init(_ unit: MunicipalUnit, at instant: Date) {
        id = unit.id
        name = unit.name
        description = unit.description
        parentId = unit.parentId
        channels = unit.channels.map { channel in
            Channel(kind: channel.kind, value: channel.value, label: channel.label, hours: channel.hours,
                    openNow: channel.hours?.status(at: instant))
        }
        let statuses = channels.compactMap(\.openNow)
        openNow = statuses.isEmpty ? nil : statuses.contains { $0.isOpen }
    }
}
