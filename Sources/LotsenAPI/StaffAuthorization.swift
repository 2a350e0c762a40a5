import Foundation
import Hummingbird
import LotsenStore

/// Bearer tokens for staff endpoints (RFC 6750): no token or an unknown or revoked one is 401 with
/// `WWW-Authenticate`; a valid token without the role the endpoint needs is 403.
struct StaffAuthorization: Sendable {
    let store: EnquiryStore

    func require(_ role: StaffToken.Role, for request: Request) throws -> StaffToken {
        guard let header = request.headers[.authorization] else {
            throw Self.unauthorized("Logga in med en personalnyckel / A staff bearer token is required.", error: nil)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else {
            throw Self.unauthorized("Authorization must be \"Bearer <token>\".", error: "invalid_request")
        }
        guard let token = try store.token(secret: String(parts[1])), token.revokedAt == nil else {
            throw Self.unauthorized("Nyckeln är okänd eller återkallad / The token is unknown or revoked.", error: "invalid_token")
        }
        if !token.role.includes(role) {
            throw Problem(status: .forbidden, title: "Ej behörig / Forbidden", detail: "This needs an \(role.rawValue) token.",
                          headers: [.wwwAuthenticate: #"Bearer realm="lotsen", error="insufficient_scope""#])
        }
        return token
    }

    private static func unauthorized(_ detail: String, error: String?) -> Problem {
        Problem(status: .unauthorized, title: "Inloggning krävs / Unauthorized", detail: detail,
                headers: [.wwwAuthenticate: #"Bearer realm="lotsen""# + (error.map { #", error="\#($0)""# } ?? "")])
    }
}
