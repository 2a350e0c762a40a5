import Foundation
import LotsenModel

/// The query string of a request, decoded strictly: unknown names, repeated single-valued
/// names and malformed values are refused with a ``Problem`` naming the parameter.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// Parses `query` (without the `?`) and checks every name against `allowed`.
    /// Also reads `application/x-www-form-urlencoded` bodies (with a larger `maxBytes`).
    init(_ query: String?, allowed: Set<String>, maxBytes: Int = 4096) throws {
        guard let query, !query.isEmpty else { return }
        guard query.utf8.count <= maxBytes else {
            throw Problem.badParameter("query", "frågesträngen är för lång (högst \(maxBytes) byte) / query string too long")
        }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else {
                throw Problem.badParameter(String(parts[0]), "ogiltig URL-kodning / invalid percent-encoding")
            }
            guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw Problem.badParameter(name, "ogiltig URL-kodning / invalid percent-encoding")
            }
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw Problem.badParameter(name, "okänd parameter / unknown parameter; known: \(known)")
            }
            values[name, default: []].append(value)
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// All values of a repeatable parameter, empty ones dropped.
    func all(_ name: String) -> [String] {
        (values[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The single value of `name`, or nil when absent or empty.
    func string(_ name: String, maxLength: Int = 200) throws -> String? {
        let all = all(name)
        guard all.count <= 1 else { throw Problem.badParameter(name, "får bara anges en gång / may be given only once") }
        guard let value = all.first else { return nil }
        guard value.count <= maxLength else {
            throw Problem.badParameter(name, "för långt, högst \(maxLength) tecken / too long, at most \(maxLength) characters")
        }
        return value
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = Int(text) else { throw Problem.badParameter(name, "måste vara ett heltal / must be a whole number") }
        guard range.contains(value) else {
            throw Problem.badParameter(name, "måste vara \(range.lowerBound)–\(range.upperBound) / must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = try string(name) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            throw Problem.badParameter(name, "måste vara ett tal / must be a number")
        }
        guard range.contains(value) else {
            throw Problem.badParameter(name, "måste vara \(range.lowerBound)–\(range.upperBound) / must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    func bool(_ name: String) throws -> Bool? {
        guard let text = try string(name) else { return nil }
        switch text.lowercased() {
        case "true", "1", "ja", "yes": return true
        case "false", "0", "nej", "no": return false
        default: throw Problem.badParameter(name, "måste vara true eller false / must be true or false")
        }
    }

    /// `lat,lon` in decimal degrees.
    func geoPoint(_ name: String) throws -> GeoPoint? {
        guard let text = try string(name) else { return nil }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]),
              (-90...90).contains(latitude), (-180...180).contains(longitude)
        else {
            throw Problem.badParameter(name, "måste vara lat,lon i decimala grader, t.ex. 56.03,14.16 / must be lat,lon in decimal degrees")
        }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }

    /// An ISO 8601 date-time (`2026-11-01T12:00:00Z`) or a date (`2026-11-01`, midnight UTC).
    func instant(_ name: String) throws -> Date? {
        guard let text = try string(name) else { return nil }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let day = LocalDate(iso: text) { return Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400) }
        throw Problem.badParameter(name, "måste vara ett ISO 8601-datum, t.ex. 2026-11-01 eller 2026-11-01T12:00:00Z / must be an ISO 8601 date")
    }

    func enumeration<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = try string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw Problem.badParameter(name, "okänt värde '\(text)' / unknown value; expected one of \(allowed)")
        }
        return value
    }
}
