import Foundation
import Hummingbird
import LotsenModel
import LotsenRouting
import LotsenStore

/// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), so existing Open311 apps can send enquiries to Lotsen.
/// Services are the routing topics; a request is an enquiry (its id is the enquiry's reference). Requests are
/// shown without their text or personal data: anyone can follow a request's status, nobody can read another's words.
struct Open311Controller<Context: RequestContext> {
    let enquiries: EnquiriesController<Context>
    let clock: @Sendable () -> Date

    func addRoutes(to router: Hummingbird.Router<Context>) {
        let group = router.group("open311/v2")
        group.get("services.json", use: services)
        group.get("services/:code", use: service)
        group.post("requests.json", use: create)
        group.get("requests.json", use: list)
        group.get("requests/:id", use: show)
    }

    struct Service: Encodable {
        let serviceCode: String
        let serviceName: String
        let description: String
        let metadata = false
        let type = "realtime"
        let keywords: String
        let group: String

        enum CodingKeys: String, CodingKey {
            case serviceCode = "service_code", serviceName = "service_name", description, metadata, type, keywords, group
        }
    }

    private var topics: [RoutingKnowledge.Topic] { enquiries.guide.router.knowledge.topics }

    @Sendable func services(request: Request, context: Context) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: ["jurisdiction_id"])
        let list = topics.map {
            Service(serviceCode: $0.id, serviceName: $0.name, description: $0.name, keywords: $0.terms.prefix(8).joined(separator: ","), group: $0.unit)
        }
        return try JSONResponse.make(list, request: request, maxAge: 300)
    }

    struct Definition: Encodable {
        let serviceCode: String
        let attributes: [String] = []
        enum CodingKeys: String, CodingKey { case serviceCode = "service_code", attributes }
    }

    @Sendable func service(request: Request, context: Context) async throws -> Response {
        let code = try Self.stripJSON(context.parameters.require("code"))
        guard topics.contains(where: { $0.id == code }) else { throw Self.error(.notFound, "service_code \(code) not found") }
        return try JSONResponse.make(Definition(serviceCode: code), request: request, maxAge: 300)
    }

    struct Created: Encodable {
        let serviceRequestId: String
        let serviceNotice: String
        enum CodingKeys: String, CodingKey { case serviceRequestId = "service_request_id", serviceNotice = "service_notice" }
    }

    /// `POST requests.json`, form-encoded as the specification says.
    @Sendable func create(request: Request, context: Context) async throws -> Response {
        let fields = ["api_key", "jurisdiction_id", "service_code", "description", "email", "first_name", "last_name", "phone",
                      "lat", "long", "address_string", "address_id", "device_id", "account_id", "media_url"]
        let buffer = try await JSONBody.collect(request, maxBytes: EnquiriesController<Context>.maxBodyBytes)
        let form = try QueryParameters(String(buffer: buffer), allowed: Set(fields), maxBytes: EnquiriesController<Context>.maxBodyBytes)
        guard let code = try form.string("service_code"), topics.contains(where: { $0.id == code }) else {
            throw Self.error(.badRequest, "service_code missing or unknown")
        }
        let name = [try form.string("first_name"), try form.string("last_name")].compactMap { $0 }.joined(separator: " ")
        let body = EnquiriesController<Context>.NewBody(
            text: try form.string("description", maxLength: NewEnquiry.maxTextLength) ?? topics.first { $0.id == code }!.name, topic: code, channel: "open311",
            name: name.isEmpty ? nil : name, email: try form.string("email"), phone: try form.string("phone"), association: nil,
            organisationNumber: nil)
        let new: NewEnquiry
        do {
            new = try EnquiriesController<Context>.validate(body, router: enquiries.guide.router)
        } catch let problem as Problem {
            throw Self.error(.badRequest, problem.detail)
        }
        let receipt = try enquiries.submit(new, at: clock())
        let unit = receipt.answer.contact?.name ?? receipt.assignedUnit
        let created = [Created(serviceRequestId: receipt.reference, serviceNotice: "Ärendet har skickats till \(unit). Ange \(receipt.reference) när du kontaktar oss.")]
        return try JSONResponse.personal(created, status: .created)
    }

    struct ServiceRequest: Encodable {
        let serviceRequestId: String
        let status: String
        let statusNotes: String
        let serviceCode: String?
        let serviceName: String?
        let agencyResponsible: String
        let requestedDatetime: Date
        let updatedDatetime: Date

        enum CodingKeys: String, CodingKey {
            case serviceRequestId = "service_request_id", status, statusNotes = "status_notes", serviceCode = "service_code"
            case serviceName = "service_name", agencyResponsible = "agency_responsible", requestedDatetime = "requested_datetime"
            case updatedDatetime = "updated_datetime"
        }
    }

    private func view(_ record: EnquiryRecord) -> ServiceRequest {
        ServiceRequest(
            serviceRequestId: record.reference, status: record.status == .closed ? "closed" : "open", statusNotes: record.status.rawValue,
            serviceCode: record.topic, serviceName: record.topic.flatMap { code in topics.first { $0.id == code }?.name },
            agencyResponsible: record.assignedUnit, requestedDatetime: record.createdAt, updatedDatetime: record.updatedAt)
    }

    @Sendable func show(request: Request, context: Context) async throws -> Response {
        let id = try Self.stripJSON(context.parameters.require("id"))
        guard let record = try enquiries.guide.enquiries.enquiry(reference: id) else { throw Self.error(.notFound, "service_request_id \(id) not found") }
        return try JSONResponse.personal([view(record)])
    }

    /// `GET requests.json?start_date=&end_date=&status=open|closed&page=&page_size=`: newest first, at most 90 days wide.
    @Sendable func list(request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request.uri.query, allowed: ["jurisdiction_id", "start_date", "end_date", "status", "service_code", "page", "page_size"])
        let now = clock()
        func date(_ name: String) throws -> Date? {
            guard let text = try query.string(name) else { return nil }
            guard let date = try? Date(text, strategy: .iso8601) else { throw Self.error(.badRequest, "\(name) must be ISO 8601 (w3c) date-time") }
            return date
        }
        let end = try date("end_date") ?? now
        let start = try date("start_date") ?? end.addingTimeInterval(-90 * 86_400)
        guard start <= end, end.timeIntervalSince(start) <= 90 * 86_400 + 1 else { throw Self.error(.badRequest, "start_date must be before end_date, at most 90 days apart") }
        let status = try query.string("status")
        guard status == nil || status == "open" || status == "closed" else { throw Self.error(.badRequest, "status must be open or closed") }
        let pageSize = try query.int("page_size", in: 1...200) ?? 50
        let page = try query.int("page", in: 1...100_000) ?? 1
        let code = try query.string("service_code")
        let found = try enquiries.guide.enquiries.enquiries(
            closed: status.map { $0 == "closed" }, topic: code, since: start, olderThan: end.addingTimeInterval(1),
            limit: pageSize, offset: (page - 1) * pageSize)
        return try JSONResponse.personal(found.items.map(view))
    }

    static func stripJSON(_ text: String) throws -> String {
        guard text.hasSuffix(".json") else { throw error(.notFound, "only .json is served") }
        return String(text.dropLast(5))
    }

    /// Errors keep Lotsen's problem+json form (the HTTP status is what Open311 clients act on).
    static func error(_ status: HTTPResponse.Status, _ description: String) -> Problem {
        Problem(status: status, title: status.reasonPhrase, detail: description)
    }
}
