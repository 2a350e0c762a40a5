import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenStore

/// Staff editing of the catalogue (an `editor` or `admin` token): `PUT` creates or replaces a record, `PATCH` applies
/// a JSON Merge Patch (RFC 7396), `DELETE` withdraws. Changing a record that exists needs `If-Match` with the `ETag`
/// the editor last read: without it 428, with a stale one 412 (somebody else changed it meanwhile). Every change is
/// audited (`GET /v1/audit`), and imports keep the fields a person set.
struct EditController<Context: RequestContext> {
    let store: Store
    let authorization: StaffAuthorization

    static var maxBodyBytes: Int { 256 * 1024 }

    /// The path of each editable record type under `/v1`, and whether it can be withdrawn.
    static var paths: [(path: String, record: EditableRecord, withdrawable: Bool)] {
        [("premises", .premises, true), ("grants", .grant, true), ("units", .unit, false), ("events", .event, true),
         ("samverkan/styrgrupp", .styrgrupp, true), ("samverkan/iop", .iop, true)]
    }

    func addRoutes(to group: RouterGroup<Context>) {
        for (path, record, withdrawable) in Self.paths {
            group.put("\(path)/:id") { request, context in try await edit(record, .replace, request, context) }
            group.patch("\(path)/:id") { request, context in try await edit(record, .merge, request, context) }
            if withdrawable {
                group.delete("\(path)/:id") { request, context in try withdraw(record, request, context) }
            }
        }
        group.get("audit", use: audit)
    }

    func edit(_ record: EditableRecord, _ mode: RecordEdit.Mode, _ request: Request, _ context: Context) async throws -> Response {
        let token = try authorization.require(.editor, for: request)
        _ = try QueryParameters(request.uri.query, allowed: [])
        let id = try Self.validId(context.parameters.require("id"))
        let json = mode == .merge ? ["application/merge-patch+json", "application/json"] : ["application/json"]
        guard json.contains(where: { MediaType.is($0, request.headers[.contentType]) }) else {
            throw Problem(status: .unsupportedMediaType, title: "Fel innehållstyp / Unsupported media type",
                          detail: "Send \(json.joined(separator: " or ")).")
        }
        let body = try await JSONBody.collect(request, maxBytes: Self.maxBodyBytes)
        let outcome = try Self.mapping {
            try CatalogueEditor(store: store).edit(record, id: id, RecordEdit(mode: mode, body: Data(body.readableBytesView), ifMatch: request.headers[.ifMatch], actor: token.id))
        }
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .eTag: "\"\(outcome.version)\"", .cacheControl: "no-store"]
        if outcome.created { headers[.location] = "/v1/\(Self.path(of: record))/\(id)" }
        return Response(status: outcome.created ? .created : .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: outcome.json)))
    }

    func withdraw(_ record: EditableRecord, _ request: Request, _ context: Context) throws -> Response {
        let token = try authorization.require(.editor, for: request)
        _ = try QueryParameters(request.uri.query, allowed: [])
        let id = try context.parameters.require("id")
        try Self.mapping { try store.withdraw(record, id: id, ifMatch: request.headers[.ifMatch], actor: token.id) }
        return Response(status: .noContent, headers: [.cacheControl: "no-store"])
    }

    struct AuditJSON: Encodable {
        struct Entry: Encodable {
            let at: Date
            let actor: String
            let actorName: String?
            let recordType: String
            let recordId: String
            let field: String
            let before: String?
            let after: String?

            enum CodingKeys: String, CodingKey {
                case at, actor, actorName = "actor_name", recordType = "record_type", recordId = "record_id", field, before, after
            }
        }

        let items: [Entry]
    }

    /// `GET /v1/audit?record_type=&record_id=&limit=`: who changed which field when, before and after, newest first.
    @Sendable func audit(request: Request, context: Context) async throws -> Response {
        _ = try authorization.require(.editor, for: request)
        let query = try QueryParameters(request.uri.query, allowed: ["record_type", "record_id", "limit"])
        let record = try query.enumeration("record_type", as: EditableRecord.self)
        let limit = try query.int("limit", in: 1...1000) ?? 200
        let names = Dictionary(try authorization.store.tokens().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let items = try store.auditTrail(record, id: query.string("record_id"), limit: limit).map {
            AuditJSON.Entry(at: $0.at, actor: $0.actor, actorName: names[$0.actor], recordType: $0.record.rawValue, recordId: $0.recordId,
                            field: $0.field, before: $0.before, after: $0.after)
        }
        return try JSONResponse.personal(AuditJSON(items: items))
    }

    static func path(of record: EditableRecord) -> String {
        paths.first { $0.record == record }?.path ?? record.rawValue
    }

    /// Ids as the importers make them: lower-case letters, digits and dashes.
    static func validId(_ id: String) throws -> String {
        guard RecordID.isValid(id) else {
            throw Problem.badParameter("id", "1–120 lower-case letters a–z, digits and dashes")
        }
        return id
    }

    /// The store's refusals as HTTP answers.
    static func mapping<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as EditFailure {
            switch failure {
            case .notFound:
                throw Problem.notFound("Posten finns inte / No such record")
            case .versionRequired:
                throw Problem(status: .preconditionRequired, title: "If-Match krävs / Precondition required",
                              detail: "Send If-Match with the ETag you last read, so no one else's change is overwritten.")
            case .versionMismatch(let current):
                throw Problem(status: .preconditionFailed, title: "Ändrad av någon annan / Precondition failed",
                              detail: "The record changed since you read it; read it again and redo your change.",
                              headers: current.isEmpty ? [:] : [.eTag: "\"\(current)\""])
            case .invalid(let message):
                throw Problem(status: .unprocessableContent, title: "Ogiltig post / Invalid record", detail: message)
            }
        }
    }
}
