/// The controlled vocabularies records are coded with, each term with Swedish and English labels.
public struct Vocabulary: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case premisesKind = "premises_kind", facility, tariff, applicant, grantCategory = "grant_category" }

    public struct Term: Codable, Sendable, Equatable {
        public var code: String
        public var sv: String
        public var en: String
        /// Other words that mean this term (used by search and, later, importers).
        public var synonyms: [String]

        public init(code: String, sv: String, en: String, synonyms: [String] = []) {
            self.code = code
            self.sv = sv
            self.en = en
            self.synonyms = synonyms
        }

        enum CodingKeys: String, CodingKey { case code, sv, en, synonyms }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            code = try container.decode(String.self, forKey: .code)
            sv = try container.decode(String.self, forKey: .sv)
            en = try container.decode(String.self, forKey: .en)
            synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        }
    }

    public enum Scheme: String, Codable, Sendable, CaseIterable {
        case premisesKind = "premises_kind"
        case facility
        case tariff
        case applicant
        case grantCategory = "grant_category"
    }

    public var premisesKind: [Term]
    public var facility: [Term]
    public var tariff: [Term]
    public var applicant: [Term]
    public var grantCategory: [Term]

    public init(premisesKind: [Term] = [], facility: [Term] = [], tariff: [Term] = [], applicant: [Term] = [], grantCategory: [Term] = []) {
        self.premisesKind = premisesKind
        self.facility = facility
        self.tariff = tariff
        self.applicant = applicant
        self.grantCategory = grantCategory
    }

    public func terms(_ scheme: Scheme) -> [Term] {
        switch scheme {
        case .premisesKind: premisesKind
        case .facility: facility
        case .tariff: tariff
        case .applicant: applicant
        case .grantCategory: grantCategory
        }
    }

    public func contains(_ code: String, in scheme: Scheme) -> Bool {
        terms(scheme).contains { $0.code == code }
    }
}
