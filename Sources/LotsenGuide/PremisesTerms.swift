import Foundation
import LotsenModel
import LotsenRouting

/// Premises as direct answers, read once per store revision: the analysed words of their name, kind, venue,
/// district, description and facilities, and what a question can ask of them (how many people, where, what kind
/// of place or equipment). Every premises an answer lists satisfies what the question states; when none does, the
/// answer says so and offers the nearest.
struct PremisesTerms: Sendable {
    private struct Item: Sendable {
        var answer: RouteAnswer.PremisesAnswer
        var kind: String
        var facilities: Set<String>
        /// Folded words of its district and venue: the places a question can name.
        var places: Set<String>
    }

    private let items: [Item]
    private let postings: [String: [Int]]
    /// Places some but not all premises are in: the ones a question can narrow by.
    private let narrowingPlaces: Set<String>
    /// Stems of each kind's and facility's label and synonyms, by code.
    private let kinds: StemLookup
    private let facilities: StemLookup

    init(_ premises: [Premises], vocabulary: Vocabulary?, analyzer: SwedishAnalyzer) {
        items = premises.map { item in
            Item(
                answer: RouteAnswer.PremisesAnswer(
                    id: item.id, name: item.name, kind: item.kind, district: item.address.district, capacity: item.capacity,
                    bookingPhone: item.booking.phone, bookingEmail: item.booking.email, bookingUrl: item.booking.url),
                kind: item.kind, facilities: Set(item.facilities),
                places: Set(SwedishText.words((item.address.district ?? "") + " " + (item.venue ?? ""))))
        }
        var postings: [String: [Int]] = [:]
        for (index, item) in premises.enumerated() {
            let text = ([item.name, item.kind, item.venue ?? "", item.address.district ?? "", item.description] + item.facilities)
                .joined(separator: " ")
            for term in Set(analyzer.terms(text)) { postings[term, default: []].append(index) }
        }
        self.postings = postings
        let everyPlace = items.reduce(into: Set<String>()) { $0.formUnion($1.places) }
        let everywhere = items.dropFirst().reduce(items.first?.places ?? []) { $0.intersection($1.places) }
        narrowingPlaces = everyPlace.subtracting(everywhere)
        func stems(_ terms: [Vocabulary.Term]) -> [String: [String]] {
            Dictionary(terms.map { term in
                // "bild och form": the words of a label or synonym that say something, never "och".
                (term.code, Array(Set(([term.sv] + term.synonyms).flatMap(QuestionFacts.letterWords)
                    .filter { $0.count >= 2 && !Self.joiningWords.contains($0) }.map(SwedishStemmer.stem))))
            }, uniquingKeysWith: { first, _ in first })
        }
        kinds = StemLookup(stems(vocabulary?.premisesKind ?? []), shortestPart: 4)
        facilities = StemLookup(stems(vocabulary?.facility ?? []), shortestPart: 4)
    }

    /// What the question asks of a place, read against this catalogue.
    struct Wishes {
        var capacity: Int?
        /// Folded place words the question names that some premises is in.
        var places: [String] = []
        /// Places the question rules out ("inte ute i Åhus", "inte åka ut till Åhus").
        var avoided: [String] = []
        /// Each word naming a kind or facility, with the kinds and facilities it names.
        var features: [(word: String, kinds: Set<String>, facilities: Set<String>)] = []

        var isEmpty: Bool { capacity == nil && places.isEmpty && avoided.isEmpty && features.isEmpty }
    }

    /// Words that only join the words of a label ("bild och form", "lokal för fest").
    static let joiningWords: Set<String> = ["och", "med", "för", "till", "av", "i", "på", "en", "ett", "eller", "som", "utan"]

    /// Words for a place of any kind, and words saying a thing is not wanted.
    private static let anyPlace: Set<String> = ["lokal", "lokaler", "lokalen", "lokalerna", "rum", "plats", "anläggning", "anläggningen",
                                                "anläggningar", "anläggningarna"]
    private static let negations: Set<String> = ["ingen", "inget", "inga", "utan", "inte"]
    private static let foldedNegations: Set<String> = ["inte", "ej", "utan", "ingen", "inget", "inga", "forutom"]

    func wishes(_ facts: QuestionFacts) -> Wishes {
        var wishes = Wishes(capacity: facts.capacity)
        // A place every premises is in says nothing.
        for (index, word) in facts.words.enumerated() where narrowingPlaces.contains(word) && !wishes.places.contains(word) {
            if facts.words[max(0, index - 4)..<index].contains(where: Self.foldedNegations.contains) {
                wishes.avoided.append(word)
            } else {
                wishes.places.append(word)
            }
        }
        for (index, word) in facts.letterWords.enumerated() where word.count >= 2 && !Self.anyPlace.contains(word) {
            // "behöver ingen ljusrigg", "inget fancy ljus", "utan kök": not wished for.
            // "inte ett vanligt mötesrum": up to three words back.
            if facts.letterWords[max(0, index - 3)..<index].contains(where: Self.negations.contains) { continue }
            // Two letters only when the vocabulary says the word itself ("is").
            if word.count == 2, kinds.codes(naming: word).isEmpty { continue }
            let stem = SwedishStemmer.stem(word)
            let facilities = self.facilities.codes(naming: stem)
            var kinds = self.kinds.codes(naming: stem)
            if kinds.isEmpty, facilities.isEmpty { kinds = self.kinds.codes(startingCompound: stem) }
            if !kinds.isEmpty || !facilities.isEmpty { wishes.features.append((word, kinds, facilities)) }
        }
        return wishes
    }

    /// At most five premises for the question, best first, with a note when what was asked cannot be met.
    func answer(_ facts: QuestionFacts, wishes: Wishes, terms: [String]) -> (premises: [RouteAnswer.PremisesAnswer], note: RouteAnswer.Note?) {
        guard !items.isEmpty else { return ([], nil) }
        let scores = textScores(terms)
        if wishes.isEmpty {
            let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : items[$0.key].answer.name < items[$1.key].answer.name }
            return (ranked.prefix(5).map { items[$0.key].answer }, nil)
        }
        func fits(_ index: Int, _ wishes: Wishes) -> Bool {
            let item = items[index]
            if let capacity = wishes.capacity, (item.answer.capacity ?? -1) < capacity { return false }
            if !wishes.places.isEmpty, item.places.isDisjoint(with: wishes.places) { return false }
            if !item.places.isDisjoint(with: wishes.avoided) { return false }
            return wishes.features.allSatisfy { !$0.kinds.contains(item.kind) ? !$0.facilities.isDisjoint(with: item.facilities) : true }
        }
        let fitting = items.indices.filter { fits($0, wishes) }
        if !fitting.isEmpty { return (rank(fitting, wishes, scores).map { items[$0].answer }, nil) }
        return nearest(wishes, scores, fits: fits)
    }

    /// A folded place ("ahus") as the catalogue writes it ("Åhus"), from a premises' district.
    private func writtenPlace(_ folded: String) -> String {
        for item in items {
            guard let district = item.answer.district else { continue }
            if let word = district.split(separator: " ").first(where: { SwedishText.fold(String($0)) == folded }) { return String(word) }
        }
        return folded.capitalized
    }

    /// When nothing fits, leave out one wish at a time, the least essential first, and say which: equipment ("kök"),
    /// then the place, then the number of people (offering the largest), then the kind of place.
    private func nearest(
        _ wishes: Wishes, _ scores: [Int: Double], fits: (Int, Wishes) -> Bool
    ) -> (premises: [RouteAnswer.PremisesAnswer], note: RouteAnswer.Note?) {
        for index in wishes.features.indices where wishes.features[index].kinds.isEmpty {
            var without = wishes
            let word = without.features.remove(at: index).word
            let found = items.indices.filter { fits($0, without) }
            if !found.isEmpty {
                return (rank(found, without, scores).map { items[$0].answer }, RouteAnswer.Note(
                    sv: "Ingen lokal här har \(word) och allt det andra; de som passar i övrigt visas.",
                    en: "No premises here has \(word) and all the rest; those that fit otherwise are shown."))
            }
        }
        if !wishes.places.isEmpty {
            var elsewhere = wishes
            elsewhere.places = []
            let found = items.indices.filter { fits($0, elsewhere) }
            if !found.isEmpty {
                let place = wishes.places.map(writtenPlace).joined(separator: ", ")
                return (rank(found, elsewhere, scores).map { items[$0].answer }, RouteAnswer.Note(
                    sv: "Ingen sådan lokal i \(place); visar hela kommunen.", en: "No such premises in \(place); showing the whole municipality."))
            }
        }
        if let capacity = wishes.capacity {
            var any = wishes
            any.capacity = nil
            let found = items.indices.filter { fits($0, any) && items[$0].answer.capacity != nil }
            if !found.isEmpty {
                let largest = found.sorted { (items[$0].answer.capacity ?? 0) > (items[$1].answer.capacity ?? 0) }.prefix(3)
                return (largest.map { items[$0].answer }, RouteAnswer.Note(
                    sv: "Ingen lokal här rymmer \(capacity) personer; de största som passar i övrigt visas.",
                    en: "No premises here holds \(capacity) people; the largest that fit otherwise are shown."))
            }
            // A swimming hall or an ice rink often states no head count: offered, and said to be unknown.
            let unknown = items.indices.filter { fits($0, any) && items[$0].answer.capacity == nil }
            if !unknown.isEmpty {
                return (rank(unknown, any, scores).map { items[$0].answer }, RouteAnswer.Note(
                    sv: "Ingen lokal här anger att den rymmer \(capacity) personer; de här passar i övrigt men har inget angivet antal, fråga bokningen.",
                    en: "No premises here states it holds \(capacity) people; these fit otherwise but state no number, ask the booking office."))
            }
        }
        let words = wishes.features.map(\.word).joined(separator: ", ")
        return ([], RouteAnswer.Note(sv: "Ingen lokal i katalogen har det som efterfrågas (\(words)).",
                                     en: "No premises in the catalogue has what was asked for (\(words))."))
    }

    /// Best fit first: the smallest that holds the number of people, then the most shared words, then the name.
    private func rank(_ indices: [Int], _ wishes: Wishes, _ scores: [Int: Double]) -> [Int] {
        Array(indices.sorted { a, b in
            if wishes.capacity != nil, items[a].answer.capacity != items[b].answer.capacity {
                return (items[a].answer.capacity ?? .max) < (items[b].answer.capacity ?? .max)
            }
            let (sa, sb) = (scores[a] ?? 0, scores[b] ?? 0)
            return sa != sb ? sa > sb : items[a].answer.name < items[b].answer.name
        }.prefix(5))
    }

    /// Premises sharing the question's specific terms, weighted by how rare each term is.
    private func textScores(_ terms: [String]) -> [Int: Double] {
        let common = max(3, items.count * 3 / 4)
        var scores: [Int: Double] = [:]
        for term in Set(terms) {
            guard let hits = postings[term], hits.count < common else { continue }
            let weight = log(Double(items.count + 1) / Double(hits.count))
            for index in hits { scores[index, default: 0] += weight }
        }
        return scores
    }
}
