import Foundation
import HTTPTypes
import Hummingbird
import LotsenModel

/// Cross-site request forgery protection for every form (signed double-submit cookie): each browser gets a
/// random id in an HttpOnly, SameSite=Strict cookie, and every form carries an HMAC of that id under a key
/// only this process knows. A forged post from another site has neither the cookie nor a matching field.
struct FormGuard: Sendable {
    static let cookieName = "lotsen_form"
    static let fieldName = "csrf"
    private let key: [UInt8]

    init(key: [UInt8]? = nil) {
        var generator = SystemRandomNumberGenerator()
        self.key = key ?? (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// The browser's id from its cookie, or a new id with the cookie that sets it.
    func browserID(for request: Request) -> (id: String, cookie: Cookie?) {
        if let value = request.cookies[Self.cookieName]?.value, value.count == 32, value.allSatisfy(\.isHexDigit) {
            return (value, nil)
        }
        var generator = SystemRandomNumberGenerator()
        let id = (0..<16).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16).leftPadded(to: 2) }.joined()
        return (id, Cookie(name: Self.cookieName, value: id, path: "/", secure: true, httpOnly: true, sameSite: .strict))
    }

    /// The value a form of this browser must send back in its `csrf` field.
    func token(for browserID: String) -> String {
        HMAC.sha256Hex(key: key, message: Array(browserID.utf8))
    }

    /// True when the request has the browser cookie and the form field signs it.
    func accepts(_ fields: FormFields, from request: Request) -> Bool {
        guard let id = request.cookies[Self.cookieName]?.value, let sent = fields[Self.fieldName] else { return false }
        return Self.constantTimeEqual(Array(sent.utf8), Array(token(for: id).utf8))
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// HMAC (RFC 2104) over Lotsen's SHA-256.
enum HMAC {
    static func sha256Hex(key: [UInt8], message: [UInt8]) -> String {
        var block = key.count > 64 ? { var h = SHA256(); h.update(key); return h.finalize() }() : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5C })
        outer.update(inner.finalize())
        return outer.finalizeHex()
    }
}
