import Foundation
import Hummingbird
import LotsenRouting

/// `POST /v1/route`: where an enquiry goes and what can be answered at once. Nothing is stored, so staff on the
/// phone can try wordings freely.
struct RouteController<Context: RequestContext> {
    let guide: EnquiryGuide
    let clock: @Sendable () -> Date

    /// Larger bodies are refused with 413 before they are read whole.
    static var maxBodyBytes: Int { 16 * 1024 }
    /// Longer enquiries are refused with 400: a phone call's summary, not a document.
    static var maxTextCharacters: Int { 4_000 }

    struct Body: Decodable {
        let text: String
        let topic: String?
    }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("route", use: route)
    }

    @Sendable func route(request: Request, context: Context) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let enquiry = try await Self.enquiry(from: request, topics: Set(guide.router.knowledge.topics.map(\.id)))
        let answer = try guide.answer(enquiry, at: clock())
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: answer.jsonBytes())))
    }

    /// Reads and checks `{"text": "...", "topic": "..."}`; every problem is a 400/413/415 naming the field.
    static func enquiry(from request: Request, topics: Set<String>) async throws -> Enquiry {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") ?? false else {
            throw Problem(status: .unsupportedMediaType, title: "Fel innehållstyp / Unsupported media type",
                          detail: "Send the enquiry as application/json: {\"text\": \"...\"}")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            throw Problem(status: .contentTooLarge, title: "För stor förfrågan / Content too large",
                          detail: "The body may be at most \(maxBodyBytes) bytes.")
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(buffer.readableBytesView))
        } catch {
            throw Problem.badParameter("text", "the body must be a JSON object with a string \"text\"")
        }
        let text = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw Problem.badParameter("text", "must not be empty") }
        guard text.count <= maxTextCharacters else { throw Problem.badParameter("text", "at most \(maxTextCharacters) characters") }
        if let topic = body.topic, !topics.contains(topic) {
            throw Problem.badParameter("topic", "unknown topic; see seed/routing.json")
        }
        return Enquiry(text: text, topic: body.topic)
    }
}
