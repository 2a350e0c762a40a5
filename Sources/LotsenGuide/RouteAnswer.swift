import Foundation
import LotsenModel
import LotsenRouting

/// The answer to an enquiry (en väg in): where it goes, how to reach that unit now, and what can be answered
/// at once (the matching grants with their next deadline, the matching premises).
public struct RouteAnswer: Sendable, Encodable {
    public struct Contact: Sendable, Encodable {
        /// A channel and whether it is staffed now; the full weekly hours are at `/v1/units/{id}`.
        public struct Channel: Sendable, Encodable {
            public var kind: ContactChannel.Kind
            public var value: String
            public var label: String?
            public var openNow: OpenStatus?

            enum CodingKeys: String, CodingKey { case kind, value, label, openNow = "open_now" }
        }

        public var unitId: String
        public var name: String
        public var channels: [Channel]
        /// True when any staffed channel is open; nil when no channel has opening hours.
        public var openNow: Bool?

        enum CodingKeys: String, CodingKey { case unitId = "unit_id", name, channels, openNow = "open_now" }
    }

    public struct GrantAnswer: Sendable, Encodable {
        public var id: String
        public var name: String
        public var unitId: String?
        public var url: String?
        /// The next deadline on or after today; nil for rolling grants and unreadable texts.
        public var nextDeadline: LocalDate?
        public var effectiveDate: LocalDate?
        /// `confirmed`, `projected`, `rolling`, `relative` or `unknown`.
        public var deadlineStatus: String?
        public var deadlinePhrase: String?
        /// The enquiry's words found in the grant.
        public var matched: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, unitId = "unit_id", url, nextDeadline = "next_deadline", effectiveDate = "effective_date"
            case deadlineStatus = "deadline_status", deadlinePhrase = "deadline_phrase", matched
        }
    }

    public struct PremisesAnswer: Sendable, Encodable {
        public var id: String
        public var name: String
        public var kind: String
        public var district: String?
        public var capacity: Int?
        public var bookingPhone: String?
        public var bookingEmail: String?
        public var bookingUrl: String?

        enum CodingKeys: String, CodingKey {
            case id, name, kind, district, capacity, bookingPhone = "booking_phone", bookingEmail = "booking_email", bookingUrl = "booking_url"
        }
    }

    /// A sentence in Swedish and English about the direct answers ("no premises here holds 250 people; …").
    public struct Note: Sendable, Encodable, Equatable {
        public var sv: String
        public var en: String
    }

    /// What the question was read to ask, so staff see which words led to the answers.
    public struct Reading: Sendable, Encodable, Equatable {
        /// The number of people a place must hold, and the words it was read from.
        public var capacity: Int?
        public var capacityWords: String?
        /// Places the question names that premises are in.
        public var places: [String]
        /// Words naming a kind of premises or a facility ("scen", "kök").
        public var features: [String]
        public var asksForMoney: Bool
        public var asksForPlace: Bool

        enum CodingKeys: String, CodingKey {
            case capacity, capacityWords = "capacity_words", places, features, asksForMoney = "asks_for_money", asksForPlace = "asks_for_place"
        }
    }

    /// The service (topic) the enquiry was read as, with its short answer or pointer from the service catalogue.
    public struct Service: Sendable, Encodable, Equatable {
        public var id: String
        public var name: String
        public var answer: String?
        public var link: String?
    }

    public var route: RoutingDecision
    public var service: Service?
    public var contact: Contact?
    public var grants: [GrantAnswer]
    public var premises: [PremisesAnswer]
    /// Said when the premises listed are the nearest, not a fit for everything asked.
    public var premisesNote: Note?
    public var reading: Reading?

    enum CodingKeys: String, CodingKey { case route, service, contact, grants, premises, premisesNote = "premises_note", reading }

    /// The answer for a person reading a terminal (Swedish).
    public var text: String {
        var lines: [String] = []
        if let best = route.best {
            let head = route.fallback ? "Till \(contact?.name ?? best.unitId) (ingen säker träff; Medborgarcenter lotsar vidare)"
                : "Till \(contact?.name ?? best.unitId)"
            lines.append(head + String(format: " — säkerhet %.2f", route.confidence))
            for reason in best.reasons.prefix(5) {
                lines.append("  \(reason.rule.rawValue): \(reason.words.joined(separator: ", ")) → \"\(reason.matched)\" (\(reason.topic), \(String(format: "%.2f", reason.weight)))")
            }
        }
        if let service, let answer = service.answer {
            lines.append("  \(answer)" + (service.link.map { " \($0)" } ?? ""))
        }
        if let contact {
            for channel in contact.channels {
                var line = "  \(channel.label ?? channel.kind.rawValue): \(channel.value)"
                if let status = channel.openNow {
                    line += status.isOpen ? " — öppet nu" + (status.closesAt.map { ", stänger \(Self.time($0))" } ?? "")
                        : " — stängt" + (status.opensAt.map { ", öppnar \(Self.time($0))" } ?? "")
                }
                lines.append(line)
            }
        }
        let others = route.units.dropFirst().prefix(2).map { "\($0.unitId) (\(String(format: "%.1f", $0.score)))" }
        if !others.isEmpty { lines.append("Andra möjliga: " + others.joined(separator: ", ")) }
        for grant in grants {
            let when = grant.nextDeadline.map { "sista ansökningsdag \($0)" } ?? (grant.deadlineStatus == "rolling" ? "söks löpande" : "datum okänt")
            lines.append("Bidrag: \(grant.name) — \(when)")
        }
        if let note = premisesNote { lines.append(note.sv) }
        for item in premises {
            lines.append("Lokal: \(item.name) (\(item.kind)\(item.district.map { ", \($0)" } ?? "")\(item.capacity.map { ", \($0) personer" } ?? ""))")
        }
        return lines.joined(separator: "\n")
    }

    static func time(_ date: Date) -> String {
        let (day, time) = date.localDateAndTime(in: .stockholm)
        return "\(day) \(time)"
    }
}
