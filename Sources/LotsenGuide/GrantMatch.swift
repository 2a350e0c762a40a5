import Foundation
import LotsenCalendar
import LotsenModel
import LotsenRouting
import LotsenStore

/// Which grants answer a question: a word of the question that starts a word of a grant's name counts most
/// ("hyran" → Hyresbidrag, "energi" → Energieffektiviseringsbidrag, "kulturnatten" → Kulturnattsbidrag); then
/// every word the grant's text shares with the question, weighted by how few grants use it, so words most grants
/// share ("bidrag", "förening", "ansökan") count for nothing and audience and purpose words ("pensionärer",
/// "funktionsnedsättning", "el", "konsert") decide.
enum GrantMatch {
    /// The grants of one catalogue revision, indexed once: each grant's words, and how many grants use each term.
    struct Index: Sendable {
        let grants: [IndexedGrant]
        /// How many grants use each term, a grant having it only from its categories counting by its focus.
        let usedBy: [String: Double]
        /// Every folded word of the grants' texts, in byte order, with the grants that use it.
        private let words: [(word: [UInt8], grants: [Int])]

        init(_ grants: [Stored<Grant>], vocabulary: Vocabulary?, analyzer: SwedishAnalyzer) {
            self.grants = IndexedGrant.index(grants, vocabulary: vocabulary, analyzer: analyzer)
            // A term a grant has only from its categories counts by the grant's focus on them.
            usedBy = self.grants.reduce(into: [:]) { counts, grant in
                for term in grant.terms { counts[term, default: 0] += grant.categoryOnlyTerms.contains(term) ? grant.categoryFocus : 1 }
            }
            var byWord: [String: [Int]] = [:]
            for (index, grant) in self.grants.enumerated() { for word in grant.textWords { byWord[word, default: []].append(index) } }
            words = byWord.map { (Array($0.key.utf8), $0.value) }.sorted { $0.word.lexicographicallyPrecedes($1.word) }
        }

        /// How many grants' texts have a word starting with `prefix`.
        func grantsUsing(prefix: String) -> Int {
            let prefix = Array(prefix.utf8)
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle].word.lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
            }
            var found = Set<Int>()
            while low < words.count, words[low].word.starts(with: prefix) {
                found.formUnion(words[low].grants)
                low += 1
            }
            return found.count
        }
    }

    /// A grant with the words a question can find it by.
    struct IndexedGrant: Sendable {
        var grant: Stored<Grant>
        /// Its name's words, folded ("hyresbidrag", "aktivitetsstod", "kommunalt").
        var nameWords: [String]
        /// What its name says the money is for, the name's words without "bidrag" or "stöd" ("projekt", "drift",
        /// "evenemang"), five letters or more.
        var nameHeads: [String]
        /// The words of its name written with a capital after the first ("Ukraina"): names of places and peoples,
        /// which a question says by another ending ("ukrainska").
        var properNames: [String]
        /// The analysed words of its name, summary, description, conditions, applicants and categories.
        var terms: Set<String>
        /// The terms that come only from its categories' labels and synonyms, none from its own text.
        var categoryOnlyTerms: Set<String>
        /// How much a term from its categories says of it: a grant for one or two kinds of activity is about them
        /// ("Föreningsbidrag inom omsorgen": pensioners, disability); one listing six is about none in particular.
        var categoryFocus: Double

        /// The terms of its name and summary: what it says it is for.
        var purposeTerms: Set<String>

        /// How much sharing `term` with a question counts for this grant: what it says it is for most, then the rest of
        /// its text, then its categories by its focus on them.
        func weight(of term: String) -> Double {
            purposeTerms.contains(term) ? 1.5 : categoryOnlyTerms.contains(term) ? categoryFocus : 1
        }
        /// The same text's words, folded, for telling how many grants use a word of a name.
        var textWords: Set<String>

        /// Indexes `grants`; each category also brings its label and synonyms from the vocabulary, so staff can
        /// teach what a category covers ("kultur": konsert, teater, arvode) without touching the grants.
        static func index(_ grants: [Stored<Grant>], vocabulary: Vocabulary?, analyzer: SwedishAnalyzer) -> [IndexedGrant] {
            let categoryWords = Dictionary((vocabulary?.grantCategory ?? []).map { ($0.code, ([$0.sv] + $0.synonyms).joined(separator: " ")) },
                                           uniquingKeysWith: { first, _ in first })
            return grants.map { stored in
                let item = stored.item
                let nameWords = SwedishText.words(item.name)
                let ownText = ([item.name, item.summary, item.description] + item.conditions + item.applicants).joined(separator: " ")
                let categoryText = item.categories.map { categoryWords[$0] ?? $0 }.joined(separator: " ")
                let ownTerms = Set(analyzer.terms(ownText)), categoryTerms = Set(analyzer.terms(categoryText))
                return IndexedGrant(
                    grant: stored, nameWords: nameWords, nameHeads: heads(of: nameWords),
                    properNames: item.name.split(whereSeparator: { !$0.isLetter }).dropFirst().filter { $0.first?.isUppercase == true }
                        .map { SwedishText.fold($0) },
                    terms: ownTerms.union(categoryTerms), categoryOnlyTerms: categoryTerms.subtracting(ownTerms),
                    categoryFocus: min(1, (2 / Double(max(1, item.categories.count))).squareRoot()),
                    purposeTerms: Set(analyzer.terms(item.name + " " + item.summary)),
                    textWords: Set(SwedishText.words(ownText + " " + categoryText, limit: 100_000)))
            }
        }
    }

    /// "projektbidrag" → "projekt", "hyresbidrag" → "hyre" (too short: none), "aktivitetsstöd" → "aktivitet".
    static func heads(of nameWords: [String]) -> [String] {
        nameWords.compactMap { word in
            guard let suffix = ["bidrag", "stod"].first(where: word.hasSuffix) else { return nil }
            var head = String(word.dropLast(suffix.count))
            if head.hasSuffix("s"), head.count > 5 { head.removeLast() }
            return head.count >= 5 ? head : nil
        }
    }

    /// Words that start nearly every grant's name, say only "a grant", or only tie a sentence together.
    static let generic: Set<String> = [
        "bidrag", "bidraget", "bidragen", "stod", "stodet", "forening", "foreningar", "foreningsbidrag", "kommunalt", "kommunen",
        "for", "fran", "och", "med", "till", "att", "som", "den", "det", "har", "kan", "vill", "ska", "vid", "av", "om", "var",
        "nar", "hur", "vad", "vem", "oss", "ett", "under", "efter", "mot", "utan", "sin", "sitt", "sina", "alla", "inte", "finns",
        "inom", "bara", "aven", "eller", "vara", "vart", "vars",
    ]

    /// Words an asker says of its own association ("jag sitter i styrelsen", "våra medlemmar"), analysed and
    /// folded: every association has them, so a grant's conditions naming them ("vald styrelse") say nothing of what
    /// the money is for.
    /// Words of time, amount and everyday verbs ("sedan tidigare", "de flesta", "har fått höra") say nothing of
    /// what a grant is for either, though a grant's text may use them ("Ange tid", "senast").
    static let askerTerms: Set<String> = [
        "styr", "styrels", "styrelse", "styrelsen", "medlem", "medlemm", "medlemmar", "ordforand", "ordforande", "kassor", "sekreterar",
        "arsmot", "arsmote", "stadg", "stadgar", "registrer", "registrerad", "registrerade",
        "lokalavdelning", "lokalavdelningen", "lokalforening", "lokalforeningen", "riksforbund", "riksforbundet", "distrikt", "distriktet",
        "sen", "sedan", "senast", "tid", "tidigar", "tidigare", "nu", "idag", "gang", "varj", "varje", "del", "hel", "hela", "flest",
        "manga", "mycket", "liten", "over", "under", "ga", "gar", "fa", "far", "fatt", "fick", "hor", "hora", "gor",
        "gora", "kom", "komm", "bli", "blir", "ta", "tar", "ge", "ger", "fall", "sant", "sadant", "nagot", "nagon", "tillbak", "tillbaka",
        "planer", "vill", "bra", "gar", "dar", "hit", "dit",
        // Numbers written as words ("två uppsättningar om året", "redovisning två månader efter").
        "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio", "tio", "elva", "tolv", "hundra", "tusen",
        // "runt 150 lag", "personer med …", "kommunala pengar", "kunna fortsätta": said of anything.
        "runt", "person", "personer", "kommunal", "kommunalt", "kommunala", "kommun", "kommunen", "kunn", "kunna", "fort",
    ]

    /// Whether an analysed term is one of ``askerTerms``; most terms are plain ASCII and need no folding.
    static func isAskerTerm(_ term: String) -> Bool {
        askerTerms.contains(term.utf8.allSatisfy { $0 < 0x80 } ? term : SwedishText.fold(term))
    }

    /// At most three grants for the question, best first. Unless the question asks for money, a grant needs a word
    /// of its name in the question.
    /// `unit` is where the question was routed: of two grants as good, the one that unit gives comes first.
    /// `byNameOnly` (the router was unsure): only grants a word of the question names.
    /// `words` holds each word's analysed terms: a compound ("lokalhyra": lokalhyr, lokal, hyra) counts once, by its
    /// rarest term the grant shares.
    static func best(
        for facts: QuestionFacts, words: [[String]], in index: Index, unit: String?, today: LocalDate, byNameOnly: Bool = false
    ) -> [RouteAnswer.GrantAnswer] {
        guard !index.grants.isEmpty else { return [] }
        let reading = Reading(facts: facts, words: words, index: index)
        var scored: [(score: Double, grant: IndexedGrant, matched: [String])] = []
        for grant in index.grants {
            let match = reading.match(grant, unit: unit)
            guard match.named || (facts.asksForMoney && match.sharedWeight >= 0.5 && !byNameOnly) else { continue }
            scored.append((match.score, grant, match.matched))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.grant.grant.item.id < $1.grant.grant.item.id }
        return scored.prefix(3).map { answer($0.grant, matched: $0.matched, today: today) }
    }

    /// A question read once for matching against every grant of an index.
    struct Reading {
        let facts: QuestionFacts
        let index: Index
        /// The question's stems, and the parts of its compounds ("utvecklingsprojekt", "projektpengar" → projekt).
        let stems: Set<String>
        /// Each word's terms that can be evidence, with the ending a grant's text uses when the analyzer could not split it.
        let words: [[String]]
        /// The terms of what the question negates.
        let negated: Set<String>
        /// Grants the asker says it already has, and whether it owns its place.
        let received: Set<String>
        let ownsPlace: Bool

        init(facts: QuestionFacts, words: [[String]], index: Index) {
            self.facts = facts
            self.index = index
            let parts = words.flatMap { $0.dropFirst() }.filter { $0.unicodeScalars.count >= 5 }
            let negatedFolded = Set(facts.negatedWords.map { SwedishText.fold($0) })
            stems = Set((zip(facts.words, facts.stems).filter { word, stem in
                !generic.contains(word) && !generic.contains(stem) && stem.unicodeScalars.count >= 3 && !negatedFolded.contains(word)
            }.map(\.1) + parts).filter { !generic.contains($0) })
            let negated = Set(facts.negatedWords.flatMap { [$0, SwedishStemmer.stem($0)] })
            self.negated = negated
            // A name the question writes ("Danmark", "Maj-Britt") is a place or a person, not what the money is for.
            let names = Set(facts.properNames.flatMap { [$0, SwedishStemmer.stem($0)] })
            self.words = words.filter { terms in
                !terms.contains { isAskerTerm($0) || negated.contains($0) || $0.allSatisfy(\.isNumber) }
                    && !(terms.first.map(names.contains) ?? false)
            }.map { Self.withEnding($0, usedBy: index.usedBy) }
            received = alreadyReceived(facts.words, stems: facts.stems)
            ownsPlace = ownsItsPlace(facts.words)
        }

        /// "ungdomsturnering", "skytteföreningen": a compound the analyzer could not split ends in a word some grant's
        /// text uses ("turnering"), six letters or more; that word counts for the compound.
        static func withEnding(_ terms: [String], usedBy: [String: Double]) -> [String] {
            guard terms.count <= 2, let word = terms.first, word.count >= 9 else { return terms }
            var start = word.index(word.startIndex, offsetBy: 3)
            let last = word.index(word.endIndex, offsetBy: -6)
            while start <= last {
                let ending = String(word[start...])
                if usedBy[ending] != nil { return terms + [ending] }
                word.formIndex(after: &start)
            }
            return terms
        }

        /// How rare a term is among the grants' texts.
        func rarity(_ term: String) -> Double {
            let count = Double(index.grants.count), used = index.usedBy[term] ?? 0
            return max(0, log((count - used + 0.5) / (used + 0.5)))
        }

        /// A name word most grants' texts use ("verksamhet") says little even in a name.
        func nameRarity(_ stem: String) -> Double {
            let count = Double(index.grants.count), used = Double(index.grantsUsing(prefix: stem))
            return max(0.1, log((count - used + 0.5) / (used + 0.5)) / log(count + 0.5))
        }

        /// How well `grant` answers the question, and the words that say so.
        func match(_ grant: IndexedGrant, unit: String?) -> (score: Double, named: Bool, sharedWeight: Double, matched: [String]) {
            let (inName, alike) = named(grant)
            var shared = Set<String>()
            var sharedWeight = 0.0
            for terms in words {
                let found = terms.filter { grant.terms.contains($0) }
                guard let best = found.max(by: { rarity($0) * grant.weight(of: $0) < rarity($1) * grant.weight(of: $1) }) else { continue }
                if shared.insert(best).inserted { sharedWeight += rarity(best) * grant.weight(of: best) }
            }
            let nameWeight = inName.reduce(0.0) { $0 + 4 * nameRarity($1) } + alike.reduce(0.0) { $0 + 2 * nameRarity($1) }
            // The name's first word is what the grant is ("Verksamhetsbidrag"); its unit is where the question went.
            let first = inName.contains { stem in grant.nameWords.first?.hasPrefix(stem) == true } ? 0.5 * min(1, nameWeight / 4) : 0
            let sameUnit = unit != nil && grant.grant.item.ownerUnitId == unit ? 0.4 : 0
            // "vi äger vårt stall": a grant named for renting ("Hyresbidrag") is not for a place the asker owns.
            let contradicted = ownsPlace && grant.nameWords.first?.hasPrefix("hyr") == true ? 2.0 : 0
            // "det är inga barn eller ungdomar": a grant for what the question rules out counts less by as much.
            // Its own text only: "inte för en enskild utställning" rules out a grant for single exhibitions, not every
            // grant whose category lists exhibitions.
            let ruledOut = negated.filter { grant.terms.contains($0) && !grant.categoryOnlyTerms.contains($0) && !isAskerTerm($0) }
                .reduce(0.0) { $0 + rarity($1) }
            let matched = inName.union(alike).union(shared.filter { rarity($0) > 0 }).sorted()
            return (nameWeight + sharedWeight + first + sameUnit - contradicted - ruledOut, !inName.isEmpty || !alike.isEmpty, sharedWeight, matched)
        }

        /// The question's stems a word of the grant's name starts, and those naming a people or place of the name by
        /// another ending.
        func named(_ grant: IndexedGrant) -> (inName: Set<String>, alike: Set<String>) {
            var inName = stems.filter { stem in grant.nameWords.contains { $0.hasPrefix(stem) && !generic.contains($0) } }
            // "vi får redan driftbidrag", "Tennisklubben får driftbidrag för klubbhuset och …": a grant the asker
            // already has is the background of the question, not its answer.
            inName.subtract(received)
            // "projektpengar" for Projektbidrag: a question's compound that starts with what the grant is for.
            // The name said whole ("vi får redan driftbidrag") counts once, above.
            inName.formUnion(grant.nameHeads.filter { head in
                facts.words.contains { word in
                    word.count > head.count + 2 && word.hasPrefix(head) && !grant.nameWords.contains { word.hasPrefix($0) || $0.hasPrefix(word) }
                }
            })
            // "ukrainska" for "Ukraina": the same root by another ending counts half.
            let alike = stems.filter { stem in !inName.contains(stem) && grant.properNames.contains { startsAlike($0, stem) } }
            return (inName, alike)
        }
    }

    /// The stems of grants the asker says it has ("vi får redan driftbidrag"): received, not asked for.
    static func alreadyReceived(_ words: [String], stems: [String]) -> Set<String> {
        var found: Set<String> = []
        // Said of the asker: "vi", "jag", or a definite noun ("Tennisklubben", "föreningen"), not "Vilka föreningar får …?".
        for (index, word) in words.enumerated() where index > 0 && ["far", "har", "fick", "hade", "erhaller"].contains(word)
            && (["vi", "jag", "ni"].contains(words[index - 1]) || (words[index - 1].count > 5 && ["en", "et"].contains(where: words[index - 1].hasSuffix))) {
            var next = index + 1
            while next < words.count, ["redan", "i", "idag", "nu", "ett", "en"].contains(words[next]) { next += 1 }
            if next < words.count, ["bidrag", "stod"].contains(where: words[next].hasSuffix), words[next].count > 6 { found.insert(stems[next]) }
        }
        return found
    }

    /// "Vår skytteförening äger sin egen skjutbana", "vi äger vårt stall": the asker owns its place, and says
    /// nothing of renting one.
    static func ownsItsPlace(_ words: [String]) -> Bool {
        // "Vi hyr alltså ingenting": renting said not to happen is no renting.
        let rents = words.indices.contains { index in
            words[index].hasPrefix("hyr") && !words[index].hasPrefix("hyresbidrag")
                && !words[(index + 1)..<min(words.count, index + 4)].contains { ["inte", "ingenting", "ej", "aldrig"].contains($0) }
        }
        guard !rents else { return false }
        return words.contains { ["ager", "ags", "agare", "agd", "agda"].contains($0) }
    }

    /// A name the question's stem starts, or one of the same root by another ending ("ukrainska" and "Ukraina"): all
    /// but the stem's last two letters shared, the stem seven letters or more.
    static func startsAlike(_ nameWord: String, _ stem: String) -> Bool {
        if nameWord.hasPrefix(stem) { return true }
        guard stem.count >= 7 else { return false }
        let shared = zip(nameWord, stem).prefix { $0 == $1 }.count
        return shared >= stem.count - 2
    }

    private static func answer(_ indexed: IndexedGrant, matched: [String], today: LocalDate) -> RouteAnswer.GrantAnswer {
        let grant = indexed.grant.item
        let next = DeadlineEvaluator.next(grant.deadlineRules, onOrAfter: today, count: 1).first
        let undated = DeadlineEvaluator.undated(grant.deadlineRules).first
        return RouteAnswer.GrantAnswer(
            id: grant.id, name: grant.name, unitId: grant.ownerUnitId, url: indexed.grant.provenance.originUrl ?? grant.applicationUrl,
            nextDeadline: next?.date, effectiveDate: next?.effectiveDate, deadlineStatus: (next ?? undated)?.status.rawValue,
            deadlinePhrase: (next ?? undated)?.rule.phrase, matched: matched)
    }
}
