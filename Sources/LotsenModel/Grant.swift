/// A grant (bidrag) associations or others can apply for.
public struct Grant: Codable, Sendable, Equatable, Identifiable {
    /// Stable slug, e.g. `aktivitetsstod`.
    public var id: String
    public var name: String
    /// One or two sentences on what the grant is for.
    public var summary: String
    public var description: String
    public var ownerUnitId: String?
    /// Codes from the `applicant` vocabulary (forening, studieforbund, privatperson …).
    public var applicants: [String]
    /// Codes from the `grant_category` vocabulary (what it can be used for).
    public var categories: [String]
    public var conditions: [String]
    public var maxAmount: Money?
    /// Codes: `eservice`, `form`, `system` (Rbok), `email`.
    public var applyMethods: [String]
    public var applicationUrl: String?
    /// The deadline exactly as the municipality publishes it.
    public var deadlineText: String?
    /// The rules read from `deadlineText` by the grant calendar's parser.
    public var deadlineRules: [DeadlineRule]
    /// Who grants it when it is not the municipality ("Allmänna arvsfonden", "Region Skåne"); nil for the municipality's own.
    public var funder: String?

    public init(
        id: String, name: String, summary: String = "", description: String = "", ownerUnitId: String? = nil,
        applicants: [String] = [], categories: [String] = [], conditions: [String] = [],
        maxAmount: Money? = nil, applyMethods: [String] = [], applicationUrl: String? = nil,
        deadlineText: String? = nil, deadlineRules: [DeadlineRule] = [], funder: String? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.description = description
        self.ownerUnitId = ownerUnitId
        self.applicants = applicants
        self.categories = categories
        self.conditions = conditions
        self.maxAmount = maxAmount
        self.applyMethods = applyMethods
        self.applicationUrl = applicationUrl
        self.deadlineText = deadlineText
        self.deadlineRules = deadlineRules
        self.funder = funder
    }

    /// The ways to apply the store accepts.
    public static let applyMethodCodes: Set<String> = ["eservice", "form", "system", "email"]
}

extension Grant {
    enum CodingKeys: String, CodingKey {
        case id, name, summary, description, ownerUnitId = "owner_unit_id", applicants, categories, conditions, maxAmount = "max_amount", applyMethods = "apply_methods", applicationUrl = "application_url", deadlineText = "deadline_text"
        case deadlineRules = "deadline_rules", funder
    }

    /// Decodes a record where only `id` and `name` are required; lists default to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            summary: try c.decodeIfPresent(String.self, forKey: .summary) ?? "",
            description: try c.decodeIfPresent(String.self, forKey: .description) ?? "",
            ownerUnitId: try c.decodeIfPresent(String.self, forKey: .ownerUnitId),
            applicants: try c.decodeIfPresent([String].self, forKey: .applicants) ?? [],
            categories: try c.decodeIfPresent([String].self, forKey: .categories) ?? [],
            conditions: try c.decodeIfPresent([String].self, forKey: .conditions) ?? [],
            maxAmount: try c.decodeIfPresent(Money.self, forKey: .maxAmount),
            applyMethods: try c.decodeIfPresent([String].self, forKey: .applyMethods) ?? [],
            applicationUrl: try c.decodeIfPresent(String.self, forKey: .applicationUrl),
            deadlineText: try c.decodeIfPresent(String.self, forKey: .deadlineText),
            deadlineRules: try c.decodeIfPresent([DeadlineRule].self, forKey: .deadlineRules) ?? [],
            funder: try c.decodeIfPresent(String.self, forKey: .funder))
    }
}

public struct Money: Codable, Sendable, Equatable {
    public var amount: Double
    public var currency: String

    public init(amount: Double, currency: String = "SEK") {
        self.amount = amount
        self.currency = currency
    }
}
