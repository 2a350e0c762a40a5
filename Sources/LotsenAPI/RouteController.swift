import Foundation
import Hummingbird
import LotsenModel
import LotsenRouting
import LotsenStore

/// `POST /v1/route`: where an enquiry goes and what can be answered at once. Nothing is stored, so staff on the
/// phone can try wordings freely.
struct RouteController<Context: RequestContext> {
    let guide: EnquiryGuide
    let clock: @Sendable () -> Date

    /// Larger bodies are refused with 413 before they are read whole.
    static var maxBodyBytes: Int { 16 * 1024 }
    /// Longer enquiries are refused with 400: a phone call's summary, not a document.
    static var maxTextCharacters: Int { NewEnquiry.maxTextLength }

    struct Body: Decodable {
        let text: String
        let topic: String?
    }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("route", use: route)
    }

    @Sendable func route(request: Request, context: Context) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let body: Body = try await JSONBody.decode(request, maxBytes: Self.maxBodyBytes)
        let enquiry = try Self.enquiry(text: body.text, topic: body.topic, router: guide.router)
        let answer = try guide.answer(enquiry, at: clock())
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: answer.jsonBytes())))
    }

    /// Checks an enquiry's text and chosen topic; every problem is a 400 naming the field.
    static func enquiry(text: String, topic: String?, router: LotsenRouting.Router) throws -> Enquiry {
        let text = text.trimmed
        guard !text.isEmpty else { throw Problem.badParameter("text", "must not be empty") }
        guard !text.hasControlCharacters else { throw Problem.badParameter("text", EnquiriesController<Context>.noControlCharacters) }
        // Counting characters walks the whole text; a text with no more bytes than the limit is within it.
        guard text.utf8.count <= maxTextCharacters || text.count <= maxTextCharacters else { throw Problem.badParameter("text", "at most \(maxTextCharacters) characters") }
        if let topic, !router.topicIds.contains(topic) {
            throw Problem.badParameter("topic", "unknown topic; see seed/routing.json")
        }
        return Enquiry(text: text, topic: topic)
    }
}
