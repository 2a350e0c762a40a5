import Foundation

/// A SHA-256 digest of a record's content, used to tell whether a record changed since it was last written.
///
/// Every field is written in a fixed order into a byte stream: strings length-first, absent values
/// tagged, lists counted, so two different records never give the same stream. Adding a field to a
/// record means adding it to its `appendContent(to:)` (a test counts the fields).
public protocol ContentDigestible {
    func appendContent(to content: inout ContentBytes)
}

/// The byte stream a record's content is written into before hashing.
public struct ContentBytes {
    public private(set) var bytes: [UInt8] = []

    public init() { bytes.reserveCapacity(512) }

    public mutating func append(_ value: String) {
        append(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    public mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ value: Int) { append(UInt64(bitPattern: Int64(value))) }
    public mutating func append(_ value: Double) { append(value.bitPattern) }
    public mutating func append(_ value: Bool) { bytes.append(value ? 1 : 0) }
    public mutating func append(_ value: Date) { append(value.timeIntervalSince1970) }

    public mutating func append(_ values: [String]) {
        append(UInt64(values.count))
        for value in values { append(value) }
    }

    /// An optional value: a presence byte, then the value.
    public mutating func append<T>(_ value: T?, _ write: (inout ContentBytes, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    public mutating func append(_ value: String?) { append(value) { $0.append($1) } }
    public mutating func append(_ value: Bool?) { append(value) { $0.append($1) } }
    public mutating func append(_ value: Double?) { append(value) { $0.append($1) } }
    public mutating func append(_ value: Int?) { append(value) { $0.append($1) } }
    public mutating func append(_ value: Date?) { append(value) { $0.append($1) } }
}

public enum ContentDigest {
    /// The lower-case hex digest of `record`, followed by `extra` (e.g. the page the record came from).
    public static func hex(_ record: some ContentDigestible, extra: String? = nil) -> String {
        var content = ContentBytes()
        record.appendContent(to: &content)
        content.append(extra)
        return SHA256.hex(content.bytes)
    }
}

extension Premises: ContentDigestible {
    public func appendContent(to content: inout ContentBytes) {
        content.append(id)
        content.append(name)
        content.append(kind)
        content.append(venue)
        content.append(ownerUnitId)
        content.append(address.street)
        content.append(address.postalCode)
        content.append(address.district)
        content.append(location) { content, point in
            content.append(point.latitude)
            content.append(point.longitude)
        }
        content.append(capacity)
        content.append(capacityEstimated)
        content.append(areaSquareMetres)
        content.append(facilities)
        content.append(accessibility.stepFree)
        content.append(accessibility.accessibleToilet)
        content.append(UInt64(prices.count))
        for price in prices {
            content.append(price.tariff)
            content.append(price.amount)
            content.append(price.currency)
            content.append(price.unit.rawValue)
            content.append(price.note)
        }
        content.append(rentableBy.associations)
        content.append(rentableBy.privatePersons)
        content.append(rentableBy.youth)
        content.append(booking.phone)
        content.append(booking.email)
        content.append(booking.url)
        content.append(booking.note)
        content.append(description)
        content.append(withdrawnAt)
    }
}

extension Grant: ContentDigestible {
    public func appendContent(to content: inout ContentBytes) {
        content.append(id)
        content.append(name)
        content.append(summary)
        content.append(description)
        content.append(ownerUnitId)
        content.append(applicants)
        content.append(categories)
        content.append(conditions)
        content.append(maxAmount) { content, money in
            content.append(money.amount)
            content.append(money.currency)
        }
        content.append(applyMethods)
        content.append(applicationUrl)
        content.append(deadlineText)
        content.append(UInt64(deadlineRules.count))
        for rule in deadlineRules {
            content.append(rule.kind.rawValue)
            for day in [rule.closes, rule.opens] {
                content.append(day) { content, day in
                    content.append(day.anchor.rawValue)
                    content.append(day.month)
                    content.append(day.day)
                    content.append(day.week)
                }
            }
            content.append(rule.year)
            content.append(rule.opensYear)
            content.append(rule.recurring)
            content.append(rule.grantYearOffset)
            content.append(rule.offset) { content, offset in
                content.append(offset.amount)
                content.append(offset.unit.rawValue)
            }
            content.append(rule.event)
            content.append(rule.phrase)
            content.append(rule.confidence)
        }
        // Last and only when set, so the digests of the municipality's own grants stay what they were.
        if let funder { content.append(funder) }
    }
}
