/// A municipal unit (förvaltning, kontor or function) that owns premises and grants and answers enquiries.
public struct MunicipalUnit: Codable, Sendable, Equatable, Identifiable {
    enum CodingKeys: String, CodingKey { case id, name, description, parentId = "parent_id", channels }

    /// Stable slug, e.g. `kultur-och-fritid`.
    public var id: String
    public var name: String
    public var description: String
    /// The unit this one belongs to, if any.
    public var parentId: String?
    public var channels: [ContactChannel]

    public init(id: String, name: String, description: String = "", parentId: String? = nil, channels: [ContactChannel] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.parentId = parentId
        self.channels = channels
    }
}

/// One way to reach a unit.
public struct ContactChannel: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case phone, email, eservice, visit, web
    }

    public var kind: Kind
    /// Phone number (+46 …), e-mail address, URL, or visiting address.
    public var value: String
    /// What the channel is for, in Swedish, e.g. "Växel" or "Besöksadress".
    public var label: String?
    /// When the channel is staffed; nil when always available (web, e-mail).
    public var hours: OpeningHours?

    public init(kind: Kind, value: String, label: String? = nil, hours: OpeningHours? = nil) {
        self.kind = kind
        self.value = value
        self.label = label
        self.hours = hours
    }
}
