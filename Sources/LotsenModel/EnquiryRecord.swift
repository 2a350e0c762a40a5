import Foundation

/// An enquiry (ärende) as tracked: what was asked, by whom (personal fields, erased after retention),
/// where the router sent it, who has it now, and every change.
public struct EnquiryRecord: Sendable, Equatable, Codable {
    /// received → routed → forwarded → answered → closed.
    public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
        case received, routed, forwarded, answered, closed

        public static func < (lhs: Status, rhs: Status) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The personal data an enquiry may carry; all of it is erased after the retention period.
    public struct Person: Sendable, Equatable, Codable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var association: String?
        public var organisationNumber: String?

        enum CodingKeys: String, CodingKey { case name, email, phone, association, organisationNumber = "organisation_number" }

        public init(name: String? = nil, email: String? = nil, phone: String? = nil, association: String? = nil, organisationNumber: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
            self.association = association
            self.organisationNumber = organisationNumber
        }

        public var isEmpty: Bool { [name, email, phone, association, organisationNumber].allSatisfy { $0 == nil } }
    }

    /// One change in the enquiry's history.
    public struct Event: Sendable, Equatable, Codable {
        public var at: Date
        /// "lotsen" for the router, a token's name for staff, "allmänheten" for the public.
        public var actor: String
        /// created, routed, reassigned, status, note, personal_data_erased.
        public var action: String
        public var from: String?
        public var to: String?
        public var note: String?

        public init(at: Date, actor: String, action: String, from: String? = nil, to: String? = nil, note: String? = nil) {
            self.at = at
            self.actor = actor
            self.action = action
            self.from = from
            self.to = to
            self.note = note
        }
    }

    /// Where an enquiry is about, as Open311 reports give it: a position, an address, a link to a picture. It is erased
    /// with the personal data.
    public struct Location: Sendable, Equatable, Codable {
        public var latitude: Double?
        public var longitude: Double?
        public var address: String?
        public var mediaURL: String?

        enum CodingKeys: String, CodingKey { case latitude = "lat", longitude = "long", address = "address_string", mediaURL = "media_url" }

        public init(latitude: Double? = nil, longitude: Double? = nil, address: String? = nil, mediaURL: String? = nil) {
            self.latitude = latitude
            self.longitude = longitude
            self.address = address
            self.mediaURL = mediaURL
        }

        public var isEmpty: Bool { latitude == nil && longitude == nil && address == nil && mediaURL == nil }
    }

    /// "KRS-2026-000042": the number people quote on the phone.
    public var reference: String
    public var text: String
    public var topic: String?
    /// web, phone, email, visit, open311.
    public var channel: String
    public var person: Person
    public var status: Status
    /// Where the router sent it.
    public var routedUnit: String
    public var confidence: Double
    /// Who has it now (staff may reassign).
    public var assignedUnit: String
    public var createdAt: Date
    public var updatedAt: Date
    public var closedAt: Date?
    public var personalDataErasedAt: Date?
    public var history: [Event]
    /// Where it is about, when the sender said (Open311); nil otherwise.
    public var location: Location?

    enum CodingKeys: String, CodingKey {
        case reference, text, topic, channel, person, status, routedUnit = "routed_unit", confidence, assignedUnit = "assigned_unit"
        case createdAt = "created_at", updatedAt = "updated_at", closedAt = "closed_at", personalDataErasedAt = "personal_data_erased_at", history
        case location
    }

    public init(
        reference: String, text: String, topic: String?, channel: String, person: Person, status: Status, routedUnit: String,
        confidence: Double, assignedUnit: String, createdAt: Date, updatedAt: Date, closedAt: Date?, personalDataErasedAt: Date?,
        history: [Event], location: Location? = nil
    ) {
        self.reference = reference
        self.text = text
        self.topic = topic
        self.channel = channel
        self.person = person
        self.status = status
        self.routedUnit = routedUnit
        self.confidence = confidence
        self.assignedUnit = assignedUnit
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.closedAt = closedAt
        self.personalDataErasedAt = personalDataErasedAt
        self.history = history
        self.location = location
    }
}

/// Swedish organisation numbers (organisationsnummer): ten digits, "NNNNNN-NNNN", the last a Luhn check digit.
public enum OrganisationNumber {
    /// The number in its usual form, or nil when it is not a valid organisation number.
    public static func normalized(_ text: String) -> String? {
        let digits = text.filter(\.isNumber).compactMap(\.wholeNumberValue)
        guard text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " }), digits.count == 10 else { return nil }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let value = index % 2 == 0 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        guard sum % 10 == 0 else { return nil }
        let string = digits.map(String.init).joined()
        return String(string.prefix(6)) + "-" + String(string.suffix(4))
    }
}

/// E-mail addresses as people type them into a form.
public enum EmailAddress {
    /// One `@`, something before it, a dotted domain after it, no spaces, at most 254 characters (RFC 5321).
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace)
    }
}
