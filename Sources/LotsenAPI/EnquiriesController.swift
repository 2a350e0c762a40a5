import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenRouting
import LotsenStore

/// Enquiries (ärenden): anyone may submit one (`POST /v1/enquiries`) and gets its reference, route and direct
/// answers back; reading and changing enquiries needs a staff token, personal-data export and erasure an admin one.
struct EnquiriesController<Context: RequestContext> {
    let store: Store
    let guide: EnquiryGuide
    let clock: @Sendable () -> Date
    var authorization: StaffAuthorization { StaffAuthorization(store: guide.enquiries) }

    static var maxBodyBytes: Int { 32 * 1024 }
    static var noControlCharacters: String { "får inte innehålla kontrolltecken / must not contain control characters" }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("enquiries", use: create)
        group.get("enquiries", use: list)
        group.get("enquiries/:reference", use: show)
        group.patch("enquiries/:reference", use: change)
        group.get("admin/personal-data", use: exportPersonalData)
        group.delete("admin/personal-data", use: erasePersonalData)
    }

    struct NewBody: Decodable {
        let text: String
        let topic: String?
        let channel: String?
        let name: String?
        let email: String?
        let phone: String?
        let association: String?
        let organisationNumber: String?

        enum CodingKeys: String, CodingKey {
            case text, topic, channel, name, email, phone, association, organisationNumber = "organisation_number"
        }
    }

    /// What the person who asked gets back: their reference and where the enquiry went, never anyone else's data.
    struct Receipt: Encodable {
        let reference: String
        let status: EnquiryRecord.Status
        let assignedUnit: String
        let answer: RouteAnswer

        enum CodingKeys: String, CodingKey { case reference, status, assignedUnit = "assigned_unit", answer }
    }

    @Sendable func create(request: Request, context: Context) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let body: NewBody = try await JSONBody.decode(request, maxBytes: Self.maxBodyBytes)
        let new = try Self.validate(body, router: guide.router)
        let receipt = try submit(new, at: clock())
        var response = try JSONResponse.personal(receipt, status: .created)
        response.headers[.location] = "/v1/enquiries/\(receipt.reference)"
        return response
    }

    /// Routes and stores a validated enquiry (also used by the Open311 endpoint).
    func submit(_ new: NewEnquiry, at instant: Date) throws -> Receipt {
        let (record, answer) = try guide.submit(new, at: instant)
        return Receipt(reference: record.reference, status: record.status, assignedUnit: record.assignedUnit, answer: answer)
    }

    struct Page: Encodable {
        let total: Int
        let items: [EnquiryRecord]
    }

    @Sendable func list(request: Request, context: Context) async throws -> Response {
        _ = try authorization.require(.staff, for: request)
        let query = try QueryParameters(request.uri.query, allowed: ["status", "unit", "older_than_days", "limit", "offset"])
        let status = try query.string("status").map { text -> EnquiryRecord.Status in
            guard let status = EnquiryRecord.Status(rawValue: text) else {
                throw Problem.badParameter("status", "one of " + EnquiryRecord.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return status
        }
        let olderThan = try query.int("older_than_days", in: 0...3650).map { clock().addingTimeInterval(-Double($0) * 86_400) }
        let page = try guide.enquiries.enquiries(
            status: status, unit: try query.string("unit"), olderThan: olderThan,
            limit: try query.int("limit", in: 1...200) ?? 50, offset: try query.int("offset", in: 0...1_000_000) ?? 0)
        return try JSONResponse.personal(Page(total: page.total, items: page.items))
    }

    @Sendable func show(request: Request, context: Context) async throws -> Response {
        _ = try authorization.require(.staff, for: request)
        let reference = try context.parameters.require("reference")
        guard let record = try guide.enquiries.enquiry(reference: reference) else { throw Problem.notFound("Inget ärende \(reference) / No such enquiry") }
        return try JSONResponse.personal(record)
    }

    struct ChangeBody: Decodable {
        let assignedUnit: String?
        let status: String?
        let note: String?

        enum CodingKeys: String, CodingKey { case assignedUnit = "assigned_unit", status, note }
    }

    @Sendable func change(request: Request, context: Context) async throws -> Response {
        let token = try authorization.require(.staff, for: request)
        let reference = try context.parameters.require("reference")
        let body: ChangeBody = try await JSONBody.decode(request, maxBytes: Self.maxBodyBytes)
        let status = try body.status.map { text -> EnquiryRecord.Status in
            guard let status = EnquiryRecord.Status(rawValue: text) else {
                throw Problem.badParameter("status", "one of " + EnquiryRecord.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return status
        }
        if let note = body.note, note.count > EnquiryChange.maxNoteLength {
            throw Problem.badParameter("note", "at most \(EnquiryChange.maxNoteLength) characters")
        }
        if let field = EnquiryChange(assignedUnit: body.assignedUnit, note: body.note).fieldWithControlCharacters {
            throw Problem.badParameter(field, Self.noControlCharacters)
        }
        if let unit = body.assignedUnit, try store.unit(id: unit) == nil {
            throw Problem.badParameter("assigned_unit", "okänd förvaltning / unknown unit; see /v1/units")
        }
        do {
            guard let record = try guide.enquiries.changeEnquiry(
                reference: reference, EnquiryChange(assignedUnit: body.assignedUnit, status: status, note: body.note),
                by: token.name, at: clock())
            else { throw Problem.notFound("Inget ärende \(reference) / No such enquiry") }
            if body.assignedUnit != nil { guide.refresh() }
            return try JSONResponse.personal(record)
        } catch let error as StoreError {
            throw Problem(status: .conflict, title: "Ändringen gick inte / Conflict", detail: error.description)
        }
    }

    struct PersonalData: Encodable {
        let email: String
        let enquiries: [EnquiryRecord]
    }

    /// Everything held about one e-mail address (GDPR art. 15), for an admin to hand over.
    @Sendable func exportPersonalData(request: Request, context: Context) async throws -> Response {
        _ = try authorization.require(.admin, for: request)
        let email = try Self.email(from: request)
        let found = try guide.enquiries.enquiries(email: email, limit: 10_000)
        return try JSONResponse.personal(PersonalData(email: email, enquiries: found.items))
    }

    struct Erased: Encodable {
        let email: String
        let erased: Int
    }

    /// Erases everything personal held about one e-mail address (GDPR art. 17); text and routing stay anonymous.
    @Sendable func erasePersonalData(request: Request, context: Context) async throws -> Response {
        let token = try authorization.require(.admin, for: request)
        let email = try Self.email(from: request)
        let count = try guide.enquiries.erasePersonalData(email: email, at: clock())
        context.logger.info("personal data erased", metadata: ["by": "\(token.name)", "enquiries": "\(count)"])
        return try JSONResponse.personal(Erased(email: email, erased: count))
    }

    static func email(from request: Request) throws -> String {
        let query = try QueryParameters(request.uri.query, allowed: ["email"])
        guard let email = try query.string("email", maxLength: 254), EmailAddress.isPlausible(email) else { throw Problem.badParameter("email", "an e-mail address is required") }
        return email
    }

    static func validate(_ body: NewBody, router: LotsenRouting.Router) throws -> NewEnquiry {
        let draft = EnquiryDraft(
            text: body.text, topic: body.topic, channel: body.channel ?? "web", name: body.name, email: body.email,
            phone: body.phone, association: body.association, organisationNumber: body.organisationNumber)
        do {
            return try draft.validated(topicIds: router.topicIds)
        } catch {
            throw Problem(error)
        }
    }
}
