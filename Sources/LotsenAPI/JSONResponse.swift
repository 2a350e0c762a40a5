import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// A JSON body with validators: an `ETag` from the body's bytes and, where known, `Last-Modified`.
/// A matching `If-None-Match` gets `304 Not Modified`.
struct JSONResponse {
    static func make(
        _ value: some Encodable, request: Request, lastModified: Date? = nil, maxAge: Int = 60
    ) throws -> Response {
        respond(try encode(value), request: request, lastModified: lastModified, maxAge: maxAge)
    }

    /// An editable record's answer: its entity tag is `"<record version>.<body hash>"`, so a cached copy is told apart
    /// from any other representation and an editor's `If-Match` is checked against the record's version.
    static func record(_ value: some Encodable, version: String, request: Request, lastModified: Date? = nil, maxAge: Int = 60) throws -> Response {
        let entry = try encode(value)
        return respond(ResponseCache.Entry(body: entry.body, etag: "\"\(version).\(entry.etag.dropFirst())"), request: request, lastModified: lastModified, maxAge: maxAge)
    }

    /// A response that carries personal data or depends on who asks: never stored by shared or browser caches.
    static func personal(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let bytes = try JSONEncoder.lotsen.encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The encoded body and its entity tag.
    static func encode(_ value: some Encodable) throws -> ResponseCache.Entry {
        let bytes = try JSONEncoder.lotsen.encode(value)
        let hash = bytes.withUnsafeBytes { fnv1a($0) }
        return ResponseCache.Entry(body: ByteBuffer(bytes: bytes), etag: "\"\(hash)\"")
    }

    /// A 200 with `entry`, or a 304 when the request already holds it.
    static func respond(_ entry: ResponseCache.Entry, request: Request, lastModified: Date? = nil, maxAge: Int = 60) -> Response {
        let etag = entry.etag
        var headers: HTTPFields = [
            .contentType: "application/json; charset=utf-8",
            .eTag: etag,
            .cacheControl: "public, max-age=\(maxAge)",
        ]
        if let lastModified { headers[.lastModified] = httpDate(lastModified) }
        if let tags = request.headers[.ifNoneMatch],
           tags.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: entry.body))
    }

    /// FNV-1a, 64 bits, hex: cheap and stable, enough to tell representations apart.
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// RFC 9110 IMF-fixdate, e.g. `Sun, 22 Nov 2026 20:15:00 GMT`.
    static func httpDate(_ date: Date) -> String {
        let seconds = date.wholeSecondsSince1970
        let day = LocalDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let secondOfDay = seconds - day.dayNumber * 86_400
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(names[day.weekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) GMT"
    }
}

/// A stored record as JSON: the item's own fields, then `provenance` and any extra fields.
struct StoredJSON<Item: Codable & Sendable & Equatable>: Encodable {
    let stored: Stored<Item>
    var distanceKm: Double? = nil

    enum CodingKeys: String, CodingKey { case provenance, distanceKm = "distance_km" }

    func encode(to encoder: any Encoder) throws {
        try stored.item.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stored.provenance, forKey: .provenance)
        try container.encodeIfPresent(distanceKm.map { ($0 * 100).rounded() / 100 }, forKey: .distanceKm)
    }
}

/// Request bodies in JSON: 415 when not JSON, 413 over `maxBytes` (refused before being read whole), 400 naming the
/// field when it does not decode.
enum JSONBody {
    static func decode<Body: Decodable>(_ request: Request, maxBytes: Int) async throws -> Body {
        guard MediaType.is("application/json", request.headers[.contentType]) else {
            throw Problem(status: .unsupportedMediaType, title: "Fel innehållstyp / Unsupported media type", detail: "Send application/json.")
        }
        let buffer = try await collect(request, maxBytes: maxBytes)
        do {
            return try JSONDecoder().decode(Body.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw Problem.badParameter(key.stringValue, "is required")
        } catch let DecodingError.typeMismatch(_, context) {
            throw Problem.badParameter(context.codingPath.map(\.stringValue).joined(separator: "."), "has the wrong type")
        } catch {
            throw Problem.badParameter("body", "not valid JSON")
        }
    }

    /// The whole body, or 413 when it is larger than `maxBytes`.
    static func collect(_ request: Request, maxBytes: Int) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: maxBytes)
        } catch {
            throw Problem(status: .contentTooLarge, title: "För stor förfrågan / Content too large", detail: "The body may be at most \(maxBytes) bytes.")
        }
    }
}
