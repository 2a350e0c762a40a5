import Foundation
import Hummingbird
import LotsenModel
import LotsenRouting
import LotsenStore

/// How an operator runs the Open311 endpoint.
public struct Open311Options: Sendable {
    /// The keys that may submit requests; empty: anyone may (a key is then accepted and ignored).
    public var apiKeys: Set<String>
    /// The jurisdiction this endpoint answers for ("kristianstad.se"); a request naming another is refused.
    public var jurisdiction: String?
    /// The service's public address ("https://lotsen.kristianstad.se"), for discovery; else the request's own host.
    public var publicURL: String?

    public init(apiKeys: Set<String> = [], jurisdiction: String? = nil, publicURL: String? = nil) {
        self.apiKeys = apiKeys
        self.jurisdiction = jurisdiction
        self.publicURL = publicURL
    }
}

/// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), so existing Open311 apps can send enquiries to Lotsen.
/// Every resource is served as `.json` and `.xml`; errors are GeoReport's `code`/`description` lists. Services are the
/// routing topics; a request is an enquiry (its id is the enquiry's reference). Requests are shown without their
/// text or personal data: anyone can follow a request's status, nobody can read another's words.
struct Open311Controller<Context: RequestContext> {
    let enquiries: EnquiriesController<Context>
    let options: Open311Options
    let clock: @Sendable () -> Date

    func addRoutes(to router: Hummingbird.Router<Context>) {
        let group = router.group("open311/v2")
        for format in [GeoReport.Format.json, .xml] {
            let ending = "." + format.rawValue
            group.get(RouterPath("discovery" + ending)) { request, _ in await answer(format) { try discovery(request, format) } }
            group.get(RouterPath("services" + ending)) { request, _ in await answer(format) { try services(request, format) } }
            group.post(RouterPath("requests" + ending)) { request, _ in await answer(format) { try await create(request, format) } }
            group.get(RouterPath("requests" + ending)) { request, _ in await answer(format) { try list(request, format) } }
        }
        group.get("services/:code") { request, context in
            let (code, format) = try Self.resource(context.parameters.require("code"))
            return await answer(format) { try service(request, code: code, format) }
        }
        group.get("requests/:id") { request, context in
            let (id, format) = try Self.resource(context.parameters.require("id"))
            return await answer(format) { try show(request, id: id, format) }
        }
    }

    /// "KRS-2026-000001.xml" → the id and its format; other endings are not served.
    static func resource(_ name: String) throws -> (String, GeoReport.Format) {
        guard let (id, format) = GeoReport.Format.split(name) else { throw error(.notFound, "only .json and .xml are served") }
        return (id, format)
    }

    /// Runs a handler and answers its refusals as GeoReport errors in the asked format.
    private func answer(_ format: GeoReport.Format, _ handler: () async throws -> Response) async -> Response {
        do {
            return try await handler()
        } catch let problem as Problem {
            return GeoReport.errors(problem.status, problem.detail, format: format)
        } catch {
            return GeoReport.errors(.internalServerError, "the request could not be handled; try again", format: format)
        }
    }

    private var topics: [RoutingKnowledge.Topic] { enquiries.guide.router.knowledge.topics }

    /// Reads the query, refusing unknown names, and checks `jurisdiction_id` (and, for submissions, `api_key`).
    private func parameters(_ text: String?, _ names: Set<String>, submitting: Bool = false, maxBytes: Int = 4096) throws -> QueryParameters {
        let query = try QueryParameters(text, allowed: names.union(["jurisdiction_id", "api_key"]), maxBytes: maxBytes)
        if let asked = try query.string("jurisdiction_id"), let served = options.jurisdiction, asked.lowercased() != served.lowercased() {
            throw Self.error(.notFound, "jurisdiction_id \(asked) is not served here; this endpoint serves \(served)")
        }
        if submitting, !options.apiKeys.isEmpty {
            guard let key = try query.string("api_key"), options.apiKeys.contains(key) else {
                throw Self.error(.forbidden, "a valid api_key is required to submit a request")
            }
        }
        return query
    }

    // MARK: Discovery and services

    func discovery(_ request: Request, _ format: GeoReport.Format) throws -> Response {
        _ = try parameters(request.uri.query, [])
        let base = options.publicURL ?? request.head.authority.map { "http://\($0)" } ?? ""
        let changed = "2026-12-02T00:00:00Z"
        let endpoint = GeoReport.fields([
            ("specification", .text("http://wiki.open311.org/GeoReport_v2")),
            ("url", .text(base.trimmingSuffix("/") + "/open311/v2")),
            ("changeset", .text(changed)),
            ("type", .text("production")),
            ("formats", .list(element: "format", [.text("application/json"), .text("text/xml")])),
        ])
        let document = GeoReport.fields([
            ("changeset", .text(changed)),
            ("contact", .text("Medborgarcenter: se \(base.trimmingSuffix("/"))/v1/units/\(enquiries.guide.router.knowledge.fallbackUnit)")),
            ("key_service", .text(options.apiKeys.isEmpty ? "No key is needed." : "Ask Medborgarcenter for a key to submit requests.")),
            ("endpoints", .list(element: "endpoint", [endpoint])),
        ])
        return document.response(format, root: "discovery", personal: false, maxAge: 3600)
    }

    func services(_ request: Request, _ format: GeoReport.Format) throws -> Response {
        _ = try parameters(request.uri.query, [])
        let list = topics.map { topic in
            GeoReport.fields([
                ("service_code", .text(topic.id)), ("service_name", .text(topic.name)), ("description", .text(topic.name)),
                ("metadata", .bool(false)), ("type", .text("realtime")), ("keywords", .text(topic.terms.prefix(8).joined(separator: ","))),
                ("group", .text(topic.unit)),
            ])
        }
        return GeoReport.list(element: "service", list).response(format, root: "services", personal: false)
    }

    func service(_ request: Request, code: String, _ format: GeoReport.Format) throws -> Response {
        _ = try parameters(request.uri.query, [])
        guard topics.contains(where: { $0.id == code }) else { throw Self.error(.notFound, "service_code \(code) not found") }
        let definition = GeoReport.fields([("service_code", .text(code)), ("attributes", .list(element: "attribute", []))])
        return definition.response(format, root: "service_definition", personal: false)
    }

    // MARK: Requests

    /// `POST requests.json|xml`, form-encoded as the specification says.
    func create(_ request: Request, _ format: GeoReport.Format) async throws -> Response {
        let fields: Set<String> = ["service_code", "description", "email", "first_name", "last_name", "phone", "lat", "long",
                                   "address_string", "address_id", "device_id", "account_id", "media_url"]
        let maxBytes = EnquiriesController<Context>.maxBodyBytes
        let buffer = try await JSONBody.collect(request, maxBytes: maxBytes)
        let form = try parameters(String(buffer: buffer), fields, submitting: true, maxBytes: maxBytes)
        guard let code = try form.string("service_code"), let topic = topics.first(where: { $0.id == code }) else {
            throw Self.error(.badRequest, "service_code missing or unknown")
        }
        let name = [try form.string("first_name"), try form.string("last_name")].compactMap { $0 }.joined(separator: " ")
        let body = EnquiriesController<Context>.NewBody(
            text: try form.string("description", maxLength: NewEnquiry.maxTextLength) ?? topic.name, topic: code, channel: "open311",
            name: name.isEmpty ? nil : name, email: try form.string("email"), phone: try form.string("phone"), association: nil,
            organisationNumber: nil)
        var new: NewEnquiry
        do {
            new = try EnquiriesController<Context>.validate(body, router: enquiries.guide.router)
        } catch let problem as Problem {
            throw Self.error(.badRequest, problem.detail)
        }
        new.location = try Self.location(form)
        let receipt = try enquiries.submit(new, at: clock())
        let unit = receipt.answer.contact?.name ?? receipt.assignedUnit
        let created = GeoReport.list(element: "request", [.fields([
            ("service_request_id", .text(receipt.reference)),
            ("service_notice", .text("Ärendet har skickats till \(unit). Ange \(receipt.reference) när du kontaktar oss.")),
            ("account_id", .text(nil)),
        ])])
        return created.response(format, root: "service_requests", status: .created, personal: true)
    }

    /// `lat`/`long` (both or neither, WGS 84), `address_string` and `media_url` (http or https).
    static func location(_ form: QueryParameters) throws -> EnquiryRecord.Location? {
        func coordinate(_ name: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let text = try form.string(name) else { return nil }
            guard let value = Double(text), range.contains(value) else { throw error(.badRequest, "\(name) must be a number in \(range)") }
            return value
        }
        let latitude = try coordinate("lat", -90...90), longitude = try coordinate("long", -180...180)
        guard (latitude == nil) == (longitude == nil) else { throw error(.badRequest, "lat and long must be given together") }
        let media = try form.string("media_url", maxLength: 2_000)
        if let media, !(media.hasPrefix("https://") || media.hasPrefix("http://")) || URL(string: media) == nil {
            throw error(.badRequest, "media_url must be an http or https URL")
        }
        let location = EnquiryRecord.Location(
            latitude: latitude, longitude: longitude, address: try form.string("address_string", maxLength: 500), mediaURL: media)
        return location.isEmpty ? nil : location
    }

    private func view(_ record: EnquiryRecord) -> GeoReport {
        let date = { (date: Date) in GeoReport.text(date.formatted(.iso8601)) }
        return .fields([
            ("service_request_id", .text(record.reference)),
            ("status", .text(record.status == .closed ? "closed" : "open")),
            ("status_notes", .text(record.status.rawValue)),
            ("service_name", .text(record.topic.flatMap { code in topics.first { $0.id == code }?.name })),
            ("service_code", .text(record.topic)),
            ("agency_responsible", .text(record.assignedUnit)),
            ("requested_datetime", date(record.createdAt)),
            ("updated_datetime", date(record.updatedAt)),
            ("address", .text(record.location?.address)),
            ("lat", .number(record.location?.latitude)),
            ("long", .number(record.location?.longitude)),
            ("media_url", .text(record.location?.mediaURL)),
        ])
    }

    func show(_ request: Request, id: String, _ format: GeoReport.Format) throws -> Response {
        _ = try parameters(request.uri.query, [])
        guard let record = try enquiries.guide.enquiries.enquiry(reference: id) else { throw Self.error(.notFound, "service_request_id \(id) not found") }
        return GeoReport.list(element: "request", [view(record)]).response(format, root: "service_requests", personal: true)
    }

    /// `GET requests?service_request_id=a,b` (which overrides the rest), or `start_date`, `end_date` (at most 90 days
    /// apart, the last 90 days by default), `status=open,closed`, `service_code=a,b`, `page`, `page_size`: newest first.
    func list(_ request: Request, _ format: GeoReport.Format) throws -> Response {
        let query = try parameters(request.uri.query, ["service_request_id", "start_date", "end_date", "status", "service_code", "page", "page_size"])
        if let ids = try query.string("service_request_id", maxLength: 4_000) {
            let references = ids.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard references.count <= 200 else { throw Self.error(.badRequest, "at most 200 service_request_id at once") }
            let found = try references.compactMap { try enquiries.guide.enquiries.enquiry(reference: $0) }
            return GeoReport.list(element: "request", found.map(view)).response(format, root: "service_requests", personal: true)
        }
        let now = clock()
        func date(_ name: String) throws -> Date? {
            guard let text = try query.string(name) else { return nil }
            guard let date = try? Date(text, strategy: .iso8601) else { throw Self.error(.badRequest, "\(name) must be ISO 8601 (w3c) date-time") }
            return date
        }
        let end = try date("end_date") ?? now
        let start = try date("start_date") ?? end.addingTimeInterval(-90 * 86_400)
        guard start <= end, end.timeIntervalSince(start) <= 90 * 86_400 + 1 else {
            throw Self.error(.badRequest, "start_date must be before end_date, at most 90 days apart")
        }
        let statuses = Set(try Self.commaList(query, "status"))
        guard statuses.isSubset(of: ["open", "closed"]) else { throw Self.error(.badRequest, "status must be open, closed or both (comma-separated)") }
        let codes = try Self.commaList(query, "service_code")
        let pageSize = try query.int("page_size", in: 1...200) ?? 50
        let page = try query.int("page", in: 1...100_000) ?? 1
        let found = try enquiries.guide.enquiries.enquiries(
            closed: statuses.count == 1 ? statuses.contains("closed") : nil, topics: codes.isEmpty ? nil : codes, since: start,
            olderThan: end.addingTimeInterval(1), limit: pageSize, offset: (page - 1) * pageSize)
        return GeoReport.list(element: "request", found.items.map(view)).response(format, root: "service_requests", personal: true)
    }

    /// A comma-separated parameter, given once or repeated.
    static func commaList(_ query: QueryParameters, _ name: String) throws -> [String] {
        query.all(name).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func error(_ status: HTTPResponse.Status, _ description: String) -> Problem {
        Problem(status: status, title: status.reasonPhrase, detail: description)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
