import Foundation
import LotsenModel

/// What a question says beyond its subject, read so a direct answer can honour it: how many people, where, what
/// kind of place or equipment, and whether it asks for money or for a place. Each fact keeps the words it came from,
/// so staff can see why an answer was chosen.
public struct QuestionFacts: Sendable, Equatable {
    /// "för 80 personer", "ett 50-tal", "max 30", "runt 120 gäster": the number of people the place must hold.
    public var capacity: Int?
    /// The words the capacity was read from ("80 personer").
    public var capacityWords: String?
    /// True when the question asks for money: a grant, support, funding.
    public var asksForMoney: Bool
    /// True when the question asks for a place: to rent, book or borrow premises.
    public var asksForPlace: Bool
    /// The folded words of the question, for matching places against the catalogue.
    public var words: [String]
    /// The stem of each of `words`, in the same order.
    public var stems: [String]
    /// The words lower-cased with å, ä and ö kept, for matching kinds and facilities ("håller" is not "hall").
    public var letterWords: [String]
    /// The words a negation governs ("Vi söker inte för en enskild föreställning utan …", "det är inga barn eller
    /// ungdomar"), lower-cased: what the question says it is not about.
    public var negatedWords: Set<String>
    /// Words written with a capital inside a sentence ("Danmark", "Kristianstad", "Maj-Britt"), lower-cased: names of
    /// places and people.
    public var properNames: Set<String>
    /// True when the question says it needs or looks for something ("behöver", "letar efter", "önskar").
    public var saysNeed: Bool
    /// True when the question gives an age of 60 or more ("de flesta är över 65", "65+", "från 70 år").
    public var statesSeniorAge: Bool

    public init(_ text: String) {
        let words = SwedishText.words(text, limit: 200)
        let (capacity, capacityWords) = Self.capacity(in: words)
        let stemmed = words.map(SwedishStemmer.stem)
        let stems = Set(stemmed)
        self.stems = stemmed
        self.words = words
        letterWords = Self.letterWords(text)
        negatedWords = Self.negatedWords(text, letterWords: letterWords)
        properNames = Self.properNames(text)
        statesSeniorAge = Self.statesSeniorAge(words: words, text: text)
        saysNeed = words.contains { ["behover", "letar", "onskar", "saknar"].contains($0) }
        self.capacity = capacity
        self.capacityWords = capacityWords
        asksForMoney = !stems.isDisjoint(with: Self.moneyStems) || Self.moneyPhrases.contains { words.containsSequence($0) }
            || Self.asksHelpWithCosts(stemmed)
            // "projektpengar", "startbidrag": a compound of a money word.
            || words.contains { word in word.count > 8 && ["pengar", "bidrag", "bidraget", "bidragen"].contains(where: word.hasSuffix) }
        asksForPlace = !stems.isDisjoint(with: Self.placeStems) || capacity != nil
    }

    /// Words that ask for money, stemmed and folded ("bidrag", "stöd", "pengar", "finansiering", "ersättning").
    static let moneyStems: Set<String> = Set([
        "bidrag", "bidraget", "bidragen", "stod", "stodet", "pengar", "pengarna", "finansiering", "finansiera", "medel",
        "ersattning", "ersatta", "ersatter", "anslag", "stipendium", "stipendier", "bekosta", "sponsring", "aktivitetsstod", "foreningsbidrag",
        "hyresbidrag", "driftbidrag", "verksamhetsbidrag", "projektbidrag", "evenemangsbidrag", "arrangorsstod",
    ].map(SwedishStemmer.stem))

    /// Word pairs that ask for money without a money word ("betala hyran", "täcka kostnaderna").
    static let moneyPhrases: [[String]] = [["betala", "hyran"], ["tacka", "kostnaderna"], ["hjalp", "med", "kostnaderna"], ["fa", "betalt"]]

    /// "hjälp med gaget och lokalhyran", "stå för en del av hyran", "sista dagen att söka": a cost someone should carry,
    /// or an application's deadline, asks for money though no money word is said.
    static func asksHelpWithCosts(_ stems: [String]) -> Bool {
        for (index, stem) in stems.enumerated() {
            // "stå för en del av det vi betalar i hyra": the cost a few words on.
            let next = stems[(index + 1)..<min(stems.count, index + 8)]
            // "hjälp med artistarvodet", "få tillbaka en procentdel av årskostnaden": the cost inside a compound too.
            if ["hjalp", "sta", "tack", "del", "tillbak", "ersatt"].contains(stem), next.contains(where: { word in costStems.contains { word.contains($0) } }) { return true }
            if stem == "sist", next.prefix(3).contains(where: { ["ansok", "sok", "ansokningsdag", "ansokningsdatum"].contains($0) }) { return true }
        }
        return false
    }
    static let costStems = ["hyr", "gag", "kostnad", "arvod", "utgift", "avgift", "resor"]

    /// Words that ask for a place to rent, book or borrow.
    static let placeStems: Set<String> = Set([
        "lokal", "lokaler", "lokalen", "hyra", "hyr", "boka", "bokning", "lana", "sal", "salen", "rum", "rummet", "hall",
        "hallen", "scen", "scenen", "plan", "planen", "bassang", "ishall", "simhall", "idrottshall", "sporthall", "gymnastiksal",
        "atelje", "replokal", "moteslokal", "samlingslokal", "festlokal", "konferensrum", "motesrum", "studio", "plats",
        // "Vilken anläggning gäller?", "vi behöver istider": a place, or time in one.
        "anlaggning", "anlaggningen", "istid", "istider", "banor",
    ].map(SwedishStemmer.stem))

    /// Words after a number that make it a count of people.
    static let peopleWords: Set<String> = [
        "personer", "person", "pers", "deltagare", "gaster", "besokare", "barn", "ungdomar", "medlemmar", "spelare",
        "dansare", "elever", "platser", "sittande", "staende", "publik", "ahorare", "st", "stycken", "deltagarna", "i",
        "ledare", "vuxna", "pensionarer", "seniorer", "scouter", "korister", "sangare", "musiker",
        // "vi har sålt 70 biljetter": the audience.
        "biljetter", "besokande", "ahorarna", "publiken", "foraldrar", "slaktingar", "anhoriga", "familjer", "supportrar", "deltagande",
    ]
    /// A word for people, compounds too ("kursdeltagare", "ungdomsledare").
    static func isPeople(_ word: String) -> Bool {
        peopleWords.contains(word) || word.count > 6 && ["deltagare", "ledare", "gaster", "personer", "spelare", "medlemmar"].contains { word.hasSuffix($0) }
    }

    /// Words before a number that make it a count of people even without a noun after ("max 30", "för 80").
    static let countWords: Set<String> = ["for", "max", "maximalt", "minst", "runt", "cirka", "ca", "omkring", "ungefar", "upp", "till", "drygt", "knappt", "totalt"]

    /// The largest number of people the question mentions, with its words.
    static func capacity(in words: [String]) -> (Int?, String?) {
        var best: (Int, String)?
        for (index, word) in words.enumerated() {
            guard let number = Self.number(word) else { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            let previous = index > 0 ? words[index - 1] : ""
            let tal = word.hasSuffix("tal")   // "ett 50-tal" is read as "50" "tal"
            // "24 unga ledare": one word may stand between the number and the people.
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            let followedByPeople = isPeople(next) || (next == "tal" && index + 2 < words.count)
                || (!next.isEmpty && Self.number(next) == nil && !isPeople(next) && isPeople(afterNext) && afterNext != "i" && afterNext != "st")
            // "max 30", "för 80 i publiken" count people; "ca 16 lag" counts teams.
            let endsCount = next.isEmpty || ["som", "och", "i", "pa", "till", "st", "under", "med"].contains(next)
            guard followedByPeople || (countWords.contains(previous) && endsCount) || tal else { continue }
            // A year, a price or a time is not a head count.
            if number > 5000 || ((1900...2100).contains(number) && !followedByPeople) || ["kr", "kronor", "sek", "procent", "ar", "manader", "timmar", "minuter", "kvm", "m2", "meter"].contains(next) { continue }
            if let found = best, found.0 >= number { continue }
            best = (number, [previous, word, next].filter { !$0.isEmpty }.joined(separator: " "))
        }
        return (best?.0, best?.1)
    }

    /// The words after "inte", "ej", "inga", "ingen" or "inget" to the end of the clause: a punctuation mark, or a word
    /// turning it ("utan", "bara", "men", "endast", "utom").
    static func negatedWords(_ text: String, letterWords: [String]) -> Set<String> {
        // Most questions negate nothing: then the text need not be read again.
        guard letterWords.contains(where: negators.contains) else { return [] }
        var negated: Set<String> = []
        for clause in text.lowercased().split(whereSeparator: { $0 == "." || $0 == "," || $0 == ";" || $0 == ":" || $0 == "!" || $0 == "?" }) {
            var inScope = false
            var previous: [String] = []
            for word in clause.split(whereSeparator: { !$0.isLetterOrDigit }).map(String.init) {
                // "Vi hyr alltså ingenting": the verb before "ingenting" is what does not happen.
                if word == "ingenting" { negated.formUnion(previous.suffix(2).filter { !["alltså", "ju", "då", "vi", "jag", "ni"].contains($0) }) }
                previous.append(word)
                // "ingenting" negates the verb before it (above), not the words after.
                if word != "ingenting", Self.negators.contains(word) { inScope = true; continue }
                if ["utan", "bara", "men", "endast", "utom"].contains(word) { inScope = false; continue }
                if inScope { negated.insert(word) }
            }
        }
        return negated
    }

    static let negators: Set<String> = ["inte", "ej", "inga", "ingen", "inget", "ingenting"]

    /// An age of 60 to 110 after "över", "från" or "äldre än", before "år" or "åringar", or written "65+".
    static func statesSeniorAge(words: [String], text: String) -> Bool {
        if text.contains("+"), text.range(of: #"\b[6-9][0-9] ?\+"#, options: .regularExpression) != nil { return true }
        for (index, word) in words.enumerated() {
            guard let age = Int(word), (60...110).contains(age) else { continue }
            let before = index > 0 ? words[index - 1] : "", after = index + 1 < words.count ? words[index + 1] : ""
            if ["over", "fran", "an"].contains(before) || ["ar", "aringar", "aring"].contains(after) { return true }
        }
        return false
    }

    /// The capitalized words of `text` that do not open a sentence, and the parts of a hyphenated name, lower-cased.
    /// One pass over the characters: every enquiry goes through here.
    static func properNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var word = "", opensSentence = true, signed = false
        func finish() {
            defer { word = "" }
            guard let first = word.first else { return }
            // A signature ("/Maj-Britt") is a name even where it opens its line.
            if first.isUppercase, !opensSentence || signed, word.dropFirst().contains(where: \.isLowercase) {
                for part in word.split(separator: "-") { names.insert(part.lowercased()) }
            }
            opensSentence = false
            signed = false
        }
        for character in text {
            if character.isLetterOrDigit || (character == "-" && !word.isEmpty) {
                word.append(character)
                continue
            }
            finish()
            if character == "." || character == "!" || character == "?" || character == "\n" { opensSentence = true }
            if character == "/" { signed = true }
        }
        finish()
        return names
    }

    /// Words of letters and digits, lower-cased, accents kept.
    static func letterWords(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetterOrDigit }.map(String.init)
    }

    /// "80" → 80; "50tal" → 50; "hundra" → 100.
    private static func number(_ word: String) -> Int? {
        if let value = SwedishNumbers.words[word] { return value }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        let rest = word.dropFirst(digits.count)
        guard rest.isEmpty || rest == "tal" else { return nil }
        return Int(digits)
    }
}

extension Array where Element == String {
    /// True when `sequence` occurs in order, side by side.
    func containsSequence(_ sequence: [String]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= count else { return false }
        for start in 0...(count - sequence.count) where self[start..<start + sequence.count].elementsEqual(sequence) {
            return true
        }
        return false
    }
}
