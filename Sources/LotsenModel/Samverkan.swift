/// A member of the styrgrupp for the överenskommelse between the municipality and the civil society.
public struct SteeringGroupMember: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The association, network or municipal body the member represents.
    public var organisation: String
    /// "Ordförande", "Ledamot", "Sekreterare".
    public var role: String
    /// The member's term, first and last year.
    public var termFrom: Int?
    public var termTo: Int?
    /// The member's place in the list.
    public var position: Int

    enum CodingKeys: String, CodingKey { case id, name, organisation, role, termFrom = "term_from", termTo = "term_to", position }

    public init(id: String, name: String, organisation: String, role: String, termFrom: Int? = nil, termTo: Int? = nil, position: Int = 0) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.role = role
        self.termFrom = termFrom
        self.termTo = termTo
        self.position = position
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            organisation: try c.decode(String.self, forKey: .organisation), role: try c.decode(String.self, forKey: .role),
            termFrom: try c.decodeIfPresent(Int.self, forKey: .termFrom), termTo: try c.decodeIfPresent(Int.self, forKey: .termTo),
            position: try c.decodeIfPresent(Int.self, forKey: .position) ?? 0)
    }
}

/// An idéburet offentligt partnerskap (IOP): an agreement between the municipality and one or more idéburna
/// organisations about a shared public-interest purpose.
public struct IOPAgreement: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// What the partnership is called.
    public var name: String
    /// The organisations and the municipality's side.
    public var parties: [String]
    public var purpose: String
    public var periodFrom: LocalDate?
    public var periodTo: LocalDate?
    /// The municipal unit responsible.
    public var unitId: String?
    /// The agreement or a page about it.
    public var url: String?
    public var position: Int

    enum CodingKeys: String, CodingKey {
        case id, name, parties, purpose, periodFrom = "period_from", periodTo = "period_to", unitId = "unit_id", url, position
    }

    public init(id: String, name: String, parties: [String], purpose: String, periodFrom: LocalDate? = nil, periodTo: LocalDate? = nil,
                unitId: String? = nil, url: String? = nil, position: Int = 0) {
        self.id = id
        self.name = name
        self.parties = parties
        self.purpose = purpose
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.unitId = unitId
        self.url = url
        self.position = position
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            parties: try c.decodeIfPresent([String].self, forKey: .parties) ?? [], purpose: try c.decode(String.self, forKey: .purpose),
            periodFrom: try c.decodeIfPresent(LocalDate.self, forKey: .periodFrom), periodTo: try c.decodeIfPresent(LocalDate.self, forKey: .periodTo),
            unitId: try c.decodeIfPresent(String.self, forKey: .unitId), url: try c.decodeIfPresent(String.self, forKey: .url),
            position: try c.decodeIfPresent(Int.self, forKey: .position) ?? 0)
    }
}
