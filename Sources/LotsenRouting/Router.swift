import Foundation

/// What a caller knows about an enquiry besides its text.
public struct Enquiry: Sendable, Equatable {
    public var text: String
    /// A topic id the caller chose (a menu on the web page, an Open311 service code).
    public var topic: String?

    public init(text: String, topic: String? = nil) {
        self.text = text
        self.topic = topic
    }
}

/// Why a unit scored: which words of the enquiry matched which rule of which topic.
public struct RoutingReason: Sendable, Equatable, Encodable {
    public enum Rule: String, Sendable, Encodable {
        /// A strong word of the topic ("bygglov").
        case term
        /// All words of a phrase ("söka bygglov").
        case phrase
        /// A word from the topic's example questions.
        case example
        /// The caller chose the topic.
        case chosenTopic = "chosen_topic"
        /// A word weighted by staff corrections.
        case learned
    }

    public var rule: Rule
    public var topic: String
    /// The enquiry's words that matched, as written.
    public var words: [String]
    /// The rule's text ("söka bygglov"), or the matched term.
    public var matched: String
    public var weight: Double
}

/// One candidate unit with its score and reasons.
public struct RankedUnit: Sendable, Equatable, Encodable {
    public var unitId: String
    public var score: Double
    /// The unit's best topic.
    public var topic: String
    public var reasons: [RoutingReason]

    enum CodingKeys: String, CodingKey { case unitId = "unit_id", score, topic, reasons }
}

/// The router's answer: units best first; Medborgarcenter first when nothing matched well enough.
public struct RoutingDecision: Sendable, Equatable, Encodable {
    public var units: [RankedUnit]
    /// 0…1: how far the best unit is ahead of the rest, and how strongly it matched.
    public var confidence: Double
    /// True when the enquiry goes to the fallback unit for lack of a clear match.
    public var fallback: Bool
    /// The enquiry's terms after analysis, for staff to see what the router read.
    public var terms: [String]
    /// Each word's analysed terms, in the enquiry's order (a compound brings its parts), for matching that counts a
    /// word once; not part of the JSON answer.
    public var wordTerms: [[String]] = []

    public var best: RankedUnit? { units.first }

    enum CodingKeys: String, CodingKey { case units, confidence, fallback, terms }
}

/// Routes enquiries by weighted word rules read from ``RoutingKnowledge``: strong words, phrases and the words
/// of example questions per topic, each weighted by how specific it is across topics (a word every topic uses
/// counts little). Deterministic: the same enquiry and knowledge always give the same decision.
public struct Router: Sendable {
    public let knowledge: RoutingKnowledge
    public let analyzer: SwedishAnalyzer
    /// The topics' ids, for checking a caller's chosen topic.
    public let topicIds: Set<String>
    /// Staff corrections, folded into weights: unit → term → weight (see ``LearnedWeights``).
    public var learned: LearnedWeights

    /// A strong word is worth this, a phrase this much on top of its words, an example word this; a name counts
    /// as `nameScale` strong words.
    static let termWeight = 3.0, phraseWeight = 2.0, exampleWeight = 1.0, chosenTopicWeight = 6.0, nameScale = 3.0
    /// Below this the enquiry goes to the fallback unit: less than one specific strong word.
    public static let fallbackScore = 1.5

    private struct Rule: Sendable {
        var kind: RoutingReason.Rule
        var text: String
        var terms: [String]
        var weight: Double
    }

    /// Term → the topics with a single-term rule for it (the strongest kind kept per topic), and phrases per topic.
    private let wordRules: [String: [(topic: Int, rule: Rule)]]
    private let phraseRules: [[Rule]]
    /// Each phrase by its first term, so an enquiry checks only the phrases that can match it.
    private let phrasesByFirstTerm: [String: [(topic: Int, phrase: Int)]]
    /// Each topic's id, unit and name by index, so routing reads three strings instead of copying whole topics.
    private let topicRows: [(id: String, unit: String, name: String)]

    public init(knowledge: RoutingKnowledge, learned: LearnedWeights = LearnedWeights()) {
        self.knowledge = knowledge
        self.topicIds = Set(knowledge.topics.map(\.id))
        self.topicRows = knowledge.topics.map { ($0.id, $0.unit, $0.name) }
        self.learned = learned
        var analyzer = SwedishAnalyzer(stopWords: knowledge.stopWords, synonymGroups: knowledge.synonyms)
        for topic in knowledge.topics { analyzer.learn(topic.terms + topic.phrases + topic.names) }
        analyzer.learn(knowledge.compoundParts ?? [])
        self.analyzer = analyzer

        // How many topics use each term anywhere: the rarer, the more it says.
        var topicsUsing: [String: Int] = [:]
        let topicTerms = knowledge.topics.map { topic in
            Set((topic.terms + topic.phrases + topic.examples + [topic.name]).flatMap { analyzer.terms($0) })
        }
        for terms in topicTerms { for term in terms { topicsUsing[term, default: 0] += 1 } }
        let count = Double(max(knowledge.topics.count, 2))
        func specificity(_ term: String) -> Double {
            log((count + 1) / Double(topicsUsing[term] ?? 1)) / log(count + 1)
        }

        var wordRules: [String: [(topic: Int, rule: Rule)]] = [:]
        var phraseRules: [[Rule]] = []
        for (topicIndex, topic) in knowledge.topics.enumerated() {
            var words: [String: Rule] = [:]
            var phrases: [Rule] = []
            func add(_ rule: Rule) {
                if let existing = words[rule.terms[0]], existing.weight >= rule.weight { return }
                words[rule.terms[0]] = rule
            }
            for example in topic.examples {
                for term in Set(analyzer.tokens(example).map { $0.terms[0] }) {
                    add(Rule(kind: .example, text: term, terms: [term], weight: Self.exampleWeight * specificity(term)))
                }
            }
            for (text, isName) in topic.terms.map({ ($0, false) }) + topic.phrases.map({ ($0, false) }) + topic.names.map({ ($0, true) }) {
                let terms = analyzer.tokens(text).map { $0.terms[0] }
                guard !terms.isEmpty else { continue }
                let scale = isName ? Self.nameScale : 1.0
                if terms.count == 1 {
                    add(Rule(kind: .term, text: text, terms: terms, weight: scale * Self.termWeight * max(specificity(terms[0]), 0.5)))
                } else if !phrases.contains(where: { Set($0.terms) == Set(terms) }) {
                    // "boka lokal" and "hyra lokal" are one phrase once synonyms meet.
                    phrases.append(Rule(kind: .phrase, text: text, terms: terms, weight: scale * Self.phraseWeight))
                }
            }
            for (term, rule) in words { wordRules[term, default: []].append((topicIndex, rule)) }
            phraseRules.append(phrases)
        }
        self.wordRules = wordRules
        self.phraseRules = phraseRules
        var phrasesByFirstTerm: [String: [(topic: Int, phrase: Int)]] = [:]
        for (topic, phrases) in phraseRules.enumerated() {
            for (phrase, rule) in phrases.enumerated() { phrasesByFirstTerm[rule.terms[0], default: []].append((topic, phrase)) }
        }
        self.phrasesByFirstTerm = phrasesByFirstTerm
    }

    /// Reads `routing.json` and builds the router.
    public init(contentsOf url: URL, learned: LearnedWeights = LearnedWeights()) throws {
        self.init(knowledge: try RoutingKnowledge.load(from: url), learned: learned)
    }

    /// Rules whose term differs from `term` only by a short ending, one per topic: stems of one word may still
    /// differ by a letter or two ("dialogkonferen" from "dialogkonferens", "dialogkonferens" from "dialogkonferensen").
    private func nearRules(_ term: String) -> [(topic: Int, rule: Rule)] {
        guard term.count >= 6 else { return [] }
        var found: [(topic: Int, rule: Rule)] = []
        var prefix = term
        for _ in 0..<2 {
            prefix.removeLast()
            for candidate in wordRules[prefix] ?? [] where !found.contains(where: { $0.topic == candidate.topic }) {
                found.append(candidate)
            }
        }
        return found
    }

    /// Ranks every unit that matched, best first, with reasons; the fallback unit leads when the best score is low.
    public func route(_ enquiry: Enquiry) -> RoutingDecision {
        let tokens = analyzer.tokens(enquiry.text)
        // Each term once, with the words it came from.
        var wordsOf: [String: [String]] = [:]
        var order: [String] = []
        for token in tokens {
            for term in token.terms {
                if wordsOf[term] == nil { order.append(term) }
                if !(wordsOf[term]?.contains(token.word) ?? false) { wordsOf[term, default: []].append(token.word) }
            }
        }

        // Word rules through the index: per topic, each of the enquiry's terms matches its own rule, or else a rule
        // for the same word with a slightly different stem.
        var reasonsByTopic = Array(repeating: [RoutingReason](), count: knowledge.topics.count)
        for term in order {
            var exact = Set<Int>()
            for (topic, rule) in wordRules[term] ?? [] {
                exact.insert(topic)
                reasonsByTopic[topic].append(RoutingReason(
                    rule: rule.kind, topic: topicRows[topic].id, words: wordsOf[term]!, matched: rule.text, weight: rule.weight))
            }
            for (topic, rule) in nearRules(term) where !exact.contains(topic) {
                reasonsByTopic[topic].append(RoutingReason(
                    rule: rule.kind, topic: topicRows[topic].id, words: wordsOf[term]!, matched: rule.text, weight: rule.weight))
            }
        }

        // Phrases whose every term is in the enquiry, per topic in the order they are written.
        var phrasesFound = Array(repeating: [Int](), count: topicRows.count)
        for term in order {
            for (topic, phrase) in phrasesByFirstTerm[term] ?? []
            where phraseRules[topic][phrase].terms.dropFirst().allSatisfy({ wordsOf[$0] != nil }) {
                phrasesFound[topic].append(phrase)
            }
        }

        var byUnit: [String: (score: Double, topic: String, topicScore: Double, reasons: [RoutingReason])] = [:]
        for (index, topic) in topicRows.enumerated() {
            var reasons = reasonsByTopic[index]
            for rule in phrasesFound[index].sorted().map({ phraseRules[index][$0] }) {
                reasons.append(RoutingReason(
                    rule: .phrase, topic: topic.id, words: rule.terms.flatMap { wordsOf[$0]! }, matched: rule.text, weight: rule.weight))
            }
            if enquiry.topic == topic.id {
                reasons.append(RoutingReason(rule: .chosenTopic, topic: topic.id, words: [], matched: topic.name, weight: Self.chosenTopicWeight))
            }
            let score = reasons.reduce(0) { $0 + $1.weight }
            guard score > 0 else { continue }
            // A unit counts its best topic in full and its other topics a little.
            var entry = byUnit[topic.unit] ?? (0, topic.id, 0, [])
            if score > entry.topicScore {
                entry.score = score + (entry.score - entry.topicScore) + entry.topicScore * 0.2
                entry.topic = topic.id
                entry.topicScore = score
            } else {
                entry.score += score * 0.2
            }
            entry.reasons += reasons
            byUnit[topic.unit] = entry
        }
        for (unit, weights) in learned.weights {
            var gained: [RoutingReason] = []
            for term in order { if let weight = weights[term], weight > 0 {
                gained.append(RoutingReason(rule: .learned, topic: byUnit[unit]?.topic ?? "", words: wordsOf[term]!, matched: term, weight: weight))
            } }
            guard !gained.isEmpty else { continue }
            var entry = byUnit[unit] ?? (0, "", 0, [])
            entry.score += gained.reduce(0) { $0 + $1.weight }
            entry.reasons += gained
            byUnit[unit] = entry
        }

        var units = byUnit.map { unit, entry in
            RankedUnit(unitId: unit, score: (entry.score * 100).rounded() / 100, topic: entry.topic,
                       reasons: entry.reasons.sorted { ($1.weight, $0.matched) < ($0.weight, $1.matched) })
        }
        units.sort { $0.score != $1.score ? $0.score > $1.score : $0.unitId < $1.unitId }

        let top = units.first?.score ?? 0
        let second = units.dropFirst().first?.score ?? 0
        let strength = min(top / (Self.fallbackScore * 2), 1)
        let lead = top > 0 ? (top - second) / top : 0
        let confidence = ((strength * 0.5 + lead * 0.5) * 100).rounded() / 100
        let fallback = top < Self.fallbackScore
        if fallback {
            let fallbackUnit = units.first { $0.unitId == knowledge.fallbackUnit }
                ?? RankedUnit(unitId: knowledge.fallbackUnit, score: 0, topic: "", reasons: [])
            units = [fallbackUnit] + units.filter { $0.unitId != knowledge.fallbackUnit }
        }
        return RoutingDecision(units: units, confidence: confidence, fallback: fallback, terms: order, wordTerms: tokens.map(\.terms))
    }
}

/// What staff corrections taught: for each unit, extra weight on terms of enquiries that were re-routed to it
/// (and less on the unit they were wrongly sent to). The hand-written rules stay as they are; these add to them.
public struct LearnedWeights: Sendable, Equatable {
    public var weights: [String: [String: Double]] = [:]

    public init(weights: [String: [String: Double]] = [:]) { self.weights = weights }

    /// Learns from corrected enquiries: (text, the unit the router chose, the unit staff chose).
    /// Each corrected term moves `step` toward the right unit, capped so corrections never outweigh two strong words.
    public static func learn(
        from corrections: [(text: String, routedTo: String, correctedTo: String)], analyzer: SwedishAnalyzer, step: Double = 1.0
    ) -> LearnedWeights {
        var weights: [String: [String: Double]] = [:]
        for correction in corrections where correction.routedTo != correction.correctedTo {
            for term in Set(analyzer.terms(correction.text)) {
                weights[correction.correctedTo, default: [:]][term, default: 0] += step
            }
        }
        let cap = Router.termWeight * 2
        for (unit, terms) in weights { weights[unit] = terms.mapValues { min($0, cap) } }
        return LearnedWeights(weights: weights)
    }
}
