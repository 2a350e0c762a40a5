import Foundation
import LotsenGuide
import LotsenModel
import LotsenRouting

/// A minimal JSON writer for the one response on a hot path, `POST /v1/route`: Foundation's JSONEncoder spent more
/// time there than the routing itself. Writes compact JSON (RFC 8259) straight into bytes; nil fields are left out,
/// as the encoder does. A test checks it says the same as the Encodable form.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = [false]

    init(capacity: Int = 2048) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array<S: Sequence>(_ elements: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        for element in elements { body(&self, element) }
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// `"key":` for a key known only at run time.
    mutating func key(_ key: String) {
        string(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    /// A number, `true`, `false` or `null`, written as given.
    mutating func literal(_ text: String) { raw(text) }

    /// `"key":` inside an object; the value follows.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma[needsComma.count - 1] = false
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Double) {
        key(name)
        raw(value.isFinite ? String(value) : "null")
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        raw(String(value))
    }

    mutating func field(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        raw(value ? "true" : "false")
    }

    mutating func field(_ name: StaticString, _ value: Date?) {
        guard let value else { return }
        key(name)
        string(value.formatted(.iso8601))
    }

    mutating func field(_ name: StaticString, _ value: LocalDate?) {
        guard let value else { return }
        key(name)
        string(value.description)
    }

    mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        array(values) { $0.string($1) }
    }

    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func raw(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
    }

    /// A comma before every value but the first in its object or array.
    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }
}

extension RouteAnswer {
    /// The answer as compact JSON, the same fields as its Encodable form.
    func jsonBytes() -> [UInt8] {
        var out = JSONWriter()
        out.object { out in
            out.key("route")
            out.object { out in
                out.key("units")
                out.array(route.units) { out, unit in
                    out.object { out in
                        out.field("unit_id", unit.unitId)
                        out.field("score", unit.score)
                        out.field("topic", unit.topic)
                        out.key("reasons")
                        out.array(unit.reasons) { out, reason in
                            out.object { out in
                                out.field("rule", reason.rule.rawValue)
                                out.field("topic", reason.topic)
                                out.field("words", reason.words)
                                out.field("matched", reason.matched)
                                out.field("weight", reason.weight)
                            }
                        }
                    }
                }
                out.field("confidence", route.confidence)
                out.field("fallback", route.fallback)
                out.field("terms", route.terms)
            }
            if let contact {
                out.key("contact")
                out.object { out in
                    out.field("unit_id", contact.unitId)
                    out.field("name", contact.name)
                    out.key("channels")
                    out.array(contact.channels) { out, channel in
                        out.object { out in
                            out.field("kind", channel.kind.rawValue)
                            out.field("value", channel.value)
                            out.field("label", channel.label)
                            if let status = channel.openNow {
                                out.key("open_now")
                                out.object { out in
                                    out.field("is_open", status.isOpen)
                                    out.field("closes_at", status.closesAt)
                                    out.field("opens_at", status.opensAt)
                                }
                            }
                        }
                    }
                    out.field("open_now", contact.openNow)
                }
            }
            if let service {
                out.key("service")
                out.object { out in
                    out.field("id", service.id)
                    out.field("name", service.name)
                    out.field("answer", service.answer)
                    out.field("link", service.link)
                }
            }
            out.key("grants")
            out.array(grants) { out, grant in
                out.object { out in
                    out.field("id", grant.id)
                    out.field("name", grant.name)
                    out.field("unit_id", grant.unitId)
                    out.field("url", grant.url)
                    out.field("next_deadline", grant.nextDeadline)
                    out.field("effective_date", grant.effectiveDate)
                    out.field("deadline_status", grant.deadlineStatus)
                    out.field("deadline_phrase", grant.deadlinePhrase)
                    out.field("matched", grant.matched)
                }
            }
            out.key("premises")
            out.array(premises) { out, item in
                out.object { out in
                    out.field("id", item.id)
                    out.field("name", item.name)
                    out.field("kind", item.kind)
                    out.field("district", item.district)
                    out.field("capacity", item.capacity)
                    out.field("booking_phone", item.bookingPhone)
                    out.field("booking_email", item.bookingEmail)
                    out.field("booking_url", item.bookingUrl)
                }
            }
            if let note = premisesNote {
                out.key("premises_note")
                out.object { out in
                    out.field("sv", note.sv)
                    out.field("en", note.en)
                }
            }
            if let reading {
                out.key("reading")
                out.object { out in
                    out.field("capacity", reading.capacity)
                    out.field("capacity_words", reading.capacityWords)
                    out.field("places", reading.places)
                    out.field("features", reading.features)
                    out.field("asks_for_money", reading.asksForMoney)
                    out.field("asks_for_place", reading.asksForPlace)
                }
            }
        }
        return out.bytes
    }
}
