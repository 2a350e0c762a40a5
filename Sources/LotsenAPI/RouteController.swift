import Foundation
import Hummingbird
import LotsenGuide
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
        do {
            return try EnquiryDraft(text: text, topic: topic).enquiry(topicIds: router.topicIds)
        } catch {
            throw Problem(error)
        }
    }
}
