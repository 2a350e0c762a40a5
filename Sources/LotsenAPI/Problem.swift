import Foundation
import Hummingbird
import LotsenGuide
import LotsenStore

/// An error answered as `application/problem+json` (RFC 9457), with a Swedish and English title.
public struct Problem: Error, HTTPResponseError, Sendable {
    public struct InvalidParameter: Codable, Sendable, Equatable {
        public let name: String
        public let reason: String
    }

    public let status: HTTPResponse.Status
    public let title: String
    public let detail: String
    public let invalidParameters: [InvalidParameter]
    /// Extra response headers, e.g. `WWW-Authenticate` on a 401.
    public let headers: HTTPFields

    public init(
        status: HTTPResponse.Status, title: String, detail: String, invalidParameters: [InvalidParameter] = [], headers: HTTPFields = [:]
    ) {
        self.status = status
        self.title = title
        self.detail = detail
        self.invalidParameters = invalidParameters
        self.headers = headers
    }

    /// 400 naming every field of an enquiry that cannot be taken; the detail names the first.
    init(_ problems: EnquiryProblems) {
        let parameters = problems.problems.map { InvalidParameter(name: $0.field, reason: $0.bilingual) }
        self.init(
            status: .badRequest, title: "Ogiltig parameter / Invalid parameter",
            detail: parameters.first.map { "\($0.name): \($0.reason)" } ?? "ogiltig fråga / invalid enquiry", invalidParameters: parameters)
    }

    /// 400 for one bad query parameter.
    public static func badParameter(_ name: String, _ reason: String) -> Problem {
        Problem(
            status: .badRequest, title: "Ogiltig parameter / Invalid parameter", detail: "\(name): \(reason)",
            invalidParameters: [InvalidParameter(name: name, reason: reason)])
    }

    public static func notFound(_ what: String) -> Problem {
        Problem(status: .notFound, title: "Hittades inte / Not found", detail: what)
    }

    private struct Body: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let instance: String
        let invalidParams: [InvalidParameter]?

        enum CodingKeys: String, CodingKey {
            case type, title, status, detail, instance
            case invalidParams = "invalid-params"
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(
            type: "about:blank", title: title, status: Int(status.code), detail: detail, instance: request.uri.path,
            invalidParams: invalidParameters.isEmpty ? nil : invalidParameters)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = self.headers
        headers[.contentType] = "application/problem+json; charset=utf-8"
        headers[.contentLanguage] = "sv, en"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(body))))
    }
}

/// Turns every error into problem+json: query errors become 400, router misses 404, and anything
/// unexpected a logged 500 that reveals nothing internal.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let invalid as InvalidQuery {
            throw Problem.badParameter(invalid.parameter, invalid.message)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound:
                throw Problem.notFound("Ingen resurs på \(request.uri.path) / No resource at this path")
            default:
                throw Problem(status: error.status, title: error.status.reasonPhrase, detail: error.body ?? error.status.reasonPhrase)
            }
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw Problem(
                status: .internalServerError, title: "Internt fel / Internal error",
                detail: "Något gick fel hos oss. Försök igen senare. / Something went wrong on our side.")
        }
    }
}
