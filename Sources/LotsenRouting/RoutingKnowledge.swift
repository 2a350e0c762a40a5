import Foundation

/// Who answers what, as written by staff in `seed/routing.json`: the service catalogue. Each topic (a service
/// people ask about) has its responsible unit, strong words (`terms`), word combinations (`phrases`), typical
/// questions (`examples`), a short direct answer or pointer (`answer`, `link`) and the grant categories or premises
/// kinds it relates to (`relates`); plus stop words and synonyms.
public struct RoutingKnowledge: Decodable, Sendable {
    public struct Topic: Decodable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// The responsible unit's id.
        public var unit: String
        public var terms: [String]
        public var phrases: [String]
        public var examples: [String]
        /// What the topic can be answered with directly: "grants", "premises".
        public var answers: [String]
        /// Names that settle the route on their own ("Barbacka", "IOP"): three strong words.
        public var names: [String]
        /// A short direct answer or pointer in Swedish: what to do, where, what to have ready.
        public var answer: String?
        /// The page or e-service the answer points to.
        public var link: String?
        /// Grant category or premises kind codes the service relates to (`kultur`, `idrottshall`).
        public var relates: [String]

        public init(
            id: String, name: String, unit: String, terms: [String] = [], phrases: [String] = [], examples: [String] = [],
            answers: [String] = [], names: [String] = [], answer: String? = nil, link: String? = nil, relates: [String] = []
        ) {
            self.id = id
            self.name = name
            self.unit = unit
            self.terms = terms
            self.phrases = phrases
            self.examples = examples
            self.answers = answers
            self.names = names
            self.answer = answer
            self.link = link
            self.relates = relates
        }

        enum CodingKeys: String, CodingKey { case id, name, unit, terms, phrases, examples, answers, names, answer, link, relates }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            name = try c.decode(String.self, forKey: .name)
            unit = try c.decode(String.self, forKey: .unit)
            terms = try c.decodeIfPresent([String].self, forKey: .terms) ?? []
            phrases = try c.decodeIfPresent([String].self, forKey: .phrases) ?? []
            examples = try c.decodeIfPresent([String].self, forKey: .examples) ?? []
            answers = try c.decodeIfPresent([String].self, forKey: .answers) ?? []
            names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
            answer = try c.decodeIfPresent(String.self, forKey: .answer)
            link = try c.decodeIfPresent(String.self, forKey: .link)
            relates = try c.decodeIfPresent([String].self, forKey: .relates) ?? []
        }
    }

    /// Where an enquiry goes when nothing matches well enough.
    public var fallbackUnit: String
    public var stopWords: [String]
    public var synonyms: [[String]]
    /// Words compounds may be split into that point to no topic by themselves: "lag" (a team) so that
    /// "ungdomslag" is ungdom + lag, not ungdom + "slag" (as in "slagen", a word of the social services' topics).
    public var compoundParts: [String]?
    public var topics: [Topic]

    public init(fallbackUnit: String, stopWords: [String], synonyms: [[String]], compoundParts: [String]? = nil, topics: [Topic]) {
        self.fallbackUnit = fallbackUnit
        self.stopWords = stopWords
        self.synonyms = synonyms
        self.compoundParts = compoundParts
        self.topics = topics
    }

    enum CodingKeys: String, CodingKey {
        case fallbackUnit = "fallback_unit", stopWords = "stop_words", synonyms, compoundParts = "compound_parts", topics
    }

    /// Reads `routing.json`; errors name the file and the field.
    public static func load(from url: URL) throws -> RoutingKnowledge {
        let data = try Data(contentsOf: url)
        do {
            let knowledge = try JSONDecoder().decode(RoutingKnowledge.self, from: data)
            var seen = Set<String>()
            for topic in knowledge.topics where !seen.insert(topic.id).inserted {
                throw RoutingKnowledgeError(file: url.path, message: "topic id \"\(topic.id)\" appears twice")
            }
            return knowledge
        } catch let error as DecodingError {
            throw RoutingKnowledgeError(file: url.path, message: Self.describe(error))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \(path(context)).\(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type at \(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "not valid JSON at \(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

public struct RoutingKnowledgeError: Error, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}
