import LotsenModel

/// How many people a text says a place holds: "max 200 personer", "plats för 40", "Stolar Antal: 330 st.",
/// "sittande 120 / stående 200" (the larger), "100 sittplatser".
enum Capacity {
    /// Words after a number that count people or seats.
    static let people: Set<String> = [
        "personer", "person", "pers", "sittande", "staende", "sittplatser", "platser", "gaster", "besokare", "askadare",
        "deltagare", "stolar", "sittplats", "publikplatser", "bordsplaceringar", "bordsplacerade", "personers",
        // English pages of Swedish venues: "1200 people", "up to 900 guests".
        "people", "persons", "guests", "seats",
        // A camp's cabins: "Klippan: närmast havet, 12 bäddar".
        "baddar", "baddplatser", "sangplatser", "sovplatser",
    ]
    /// A word that counts people, compounds too ("bordsgäster", "festdeltagare").
    static func isPeople(_ word: String) -> Bool {
        people.contains(word) || word.count > 8 && ["gaster", "personer", "deltagare", "besokare", "sittplatser"].contains { word.hasSuffix($0) }
    }

    /// Words before a number that make it a head count.
    static let before: Set<String> = ["max", "maximalt", "maxantal", "hogst", "rymmer", "for", "tar", "antal", "sittande", "staende", "till", "ca", "cirka"]
    /// "maxantal", "personantal", "antal personer": words naming a head count.
    static func saysHeadCount(_ words: ArraySlice<String>) -> Bool {
        words.contains { $0 == "maxantal" || $0 == "personantal" }
            || zip(words, words.dropFirst()).contains { $0 == "antal" && ["personer", "besokare", "gaster", "deltagare"].contains($1) }
    }

    /// Labels a head count follows ("Personantal: 100").
    static let labelsBefore: Set<String> = ["kapacitet", "personantal", "maxantal", "antal", "platsantal", "publikkapacitet"]
    /// Words after a number that make it something else.
    static let notPeople: Set<String> = ["kr", "kronor", "sek", "m2", "kvm", "kvadratmeter", "meter", "m", "minuter", "timmar", "tim", "procent", "ar", "dagar"]

    /// The largest head count in `text`.
    static func find(in text: String) -> (persons: Int, words: String)? {
        mentions(in: text).max { $0.persons < $1.persons }.map { (persons: $0.persons, words: "\($0.persons) personer") }
    }

    /// A head count in a text, with the capitalized name just before it when there is one ("Loftet rymmer max 40").
    struct Mention: Equatable {
        var persons: Int
        var name: String?
    }

    /// Words that may stand between a name and its head count, or start a sentence without naming a room.
    static let linking: Set<String> = ["for", "max", "maximalt", "maxantal", "rymmer", "inrymma", "rymma", "kan", "med", "plats", "upp", "till",
                                       "det", "finns", "ryms", "mot",
                                       "ca", "cirka", "tar", "har", "ar", "sittande", "staende", "och", "hogst", "omkring", "ungefar", "antal"]

    /// Endings of words that name a room or hall ("Hörsalen", "Grupprum", "Kulturhörnan", "Teaterladan").
    static let roomEndings = ["salen", "sal", "rummet", "rum", "hallen", "hall", "lokalen", "lokal", "scenen", "scen", "garden", "gard",
                              "laden", "loftet", "hornan", "kallaren", "studion", "studio", "ateljen", "atelje", "foajen", "foaje",
                              "huset", "hus", "stugan", "stuga", "aula", "aulan", "arena", "arenan", "vaningen", "vaning",
                              "paviljongen", "paviljong", "teatern", "teater", "kyrkan", "hemmet", "magasinet", "magasin", "villan", "villa", "rummen", "salongen", "salong", "konferensen"]

    /// The distinct capitalized words of `text` that name a room by their ending.
    static func roomWords(in text: String) -> [String] {
        var found: [String] = []
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        where word.first?.isUppercase == true && word.count >= 4 && !found.contains(word) {
            let folded = SwedishText.fold(word)
            if roomEndings.contains(where: { folded.hasSuffix($0) }) && !notNames.contains(folded) { found.append(word) }
        }
        return found
    }
    /// "en stor och fin samlingssal med plats och porslin för 110 personer": the one kind of room (written in lower
    /// case, not a bare "lokalen") named in the sentences of a paragraph that give a head count, capitalized.
    static func kindNamedWithCount(in text: String) -> String? {
        var found: Set<String> = []
        var first: String?
        for sentence in text.split(separator: ".") where !mentions(inLine: String(sentence)).isEmpty {
            for word in sentence.split(whereSeparator: { !$0.isLetter }).map(String.init) where word.count >= 6 && word.first?.isLowercase == true {
                let folded = SwedishText.fold(word)
                guard roomEndings.contains(where: { folded.hasSuffix($0) }), !notNames.contains(folded), !folded.hasSuffix("lokalerna") else { continue }
                if found.insert(folded).inserted, first == nil { first = word }
            }
        }
        guard found.count == 1, let first else { return nil }
        return first.prefix(1).uppercased() + first.dropFirst()
    }

    /// "Sädesmagasinet uthyres endast sommartid. Där finns plats för ca 80 bordsgäster.": the name a paragraph opens
    /// with, when a verb follows it.
    static func subject(of text: String) -> String? {
        let words = text.split(whereSeparator: { !($0.isLetter || $0 == "-") }).prefix(2).map(String.init)
        guard words.count == 2, words[0].count >= 5, words[0].first?.isUppercase == true, !words[0].dropFirst().contains(where: \.isUppercase)
        else { return nil }
        let first = SwedishText.fold(words[0]), verb = SwedishText.fold(words[1])
        guard !PageSections.isFunctionWord(first), subjectVerbs.contains(verb) || (verb.hasSuffix("es") && verb.count >= 6) else { return nil }
        return words[0]
    }
    static let subjectVerbs: Set<String> = ["ar", "har", "rymmer", "tar", "kan", "ligger", "hyrs", "erbjuder", "passar", "lampar", "som"]

    /// "1 augusti 2019": a year.
    static let monthNames: Set<String> = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                                          "november", "december"]
    static let notNames: Set<String> = ["det", "den", "vi", "du", "ni", "lokalen", "salen", "rummet", "lokalerna", "huset", "hallen", "ja", "nej", "obs",
                                        "rummen", "salarna", "hallarna", "lokal", "rum", "sal", "dar", "man", "nu", "hos", "sedan", "rymmer", "i", "pa", "har", "hit",
                                        "max", "maximalt", "stolar", "antal", "totalt", "kapacitet", "plats", "platser", "ca", "cirka",
                                        // "Rökplats finns utomhus": where, not a house.
                                        "utomhus", "inomhus", "maxantal", "personantal", "sittplatser", "platsantal",
                                        // "Ytterligare cirka 100 lösa stolar": words a sentence opens with before a count.
                                        "ytterligare", "sammanlagt", "dessutom", "endast", "bara", "drygt", "knappt", "minst", "over", "under"]

    static func mentions(in text: String) -> [Mention] {
        // A count and its words stand on one line.
        text.split(separator: "\n").flatMap { mentions(inLine: String($0)) }
    }

    static func mentions(inLine line: String) -> [Mention] {
        let text = joiningThousands(line)
        // "A-salen" is one word; "10-20" two numbers.
        let written = text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.flatMap { token in
            token.contains(where: \.isNumber) || token.allSatisfy({ $0 == "-" }) ? token.split(separator: "-").flatMap(splittingGluedUnit) : [String(token)]
        }
        let words = written.map { SwedishText.fold($0) }
        var found: [Mention] = []
        for (index, word) in words.enumerated() {
            guard let value = SwedishNumbers.value(word), value > 0, value < 100_000 else { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            let previous = index > 0 ? words[index - 1] : ""
            // "för 1 dygn", "max 4 timmar", "från 12 till 12": a time, not people.
            // "till 30 april": a date.
            if notPeople.contains(next) || PagePrices.units[next] != nil || previous == "kl" || monthNames.contains(previous)
                || monthNames.contains(next) { continue }
            if previous == "fran" || (previous == "till" && index >= 2 && SwedishNumbers.value(words[index - 2]) != nil) { continue }
            // Written as words, a number counts only with people after it ("sex personer", not "för sex").
            let asWord = Int(word) == nil
            let counts = isPeople(next) || (!asWord && before.contains(previous) && (next == "st" || !(next.first?.isNumber ?? false)))
                || (previous == "antal" && next == "st")
                // "Godkänt antal personer i lokalen är 90 st.", "Det ryms 25 st personer"
                || (!asWord && next == "st" && words[max(0, index - 6)..<index].contains { $0 == "personer" || $0 == "antal" })
                || (next == "st" && index + 2 < words.count && isPeople(words[index + 2]))
                // "Sittplatser: 80", "Max antal personer: 120", "Personantal: 100": a label, then its figure.
                || (!asWord && (isPeople(previous) || labelsBefore.contains(previous)) && !(next.first?.isNumber ?? false)
                    && !(1900...2100).contains(value))
                // "följa maxantal personer i lokalen (149)": the figure a few words after the label.
                || (!asWord && !(1900...2100).contains(value) && !(next.first?.isNumber ?? false) && saysHeadCount(words[max(0, index - 5)..<index]))
            guard counts else { continue }
            // "10-20 personer", "fyra och sex personer": the upper figure; the lower one is not a count of its own.
            if index + 2 < words.count, SwedishNumbers.value(next) != nil || (next == "och" && SwedishNumbers.value(words[index + 2]) != nil) { continue }
            func namesRoom(_ position: Int) -> Bool {
                written[position].first?.isUppercase == true && !notNames.contains(words[position])
                    && roomEndings.contains { words[position].hasSuffix($0) }
            }
            var name: String?
            // "125 pers för A-salen": the room after the count; else the one before it ("Loftet rymmer max 40").
            if index + 3 < words.count, people.contains(next), ["for", "i"].contains(words[index + 2]), namesRoom(index + 3) {
                name = written[index + 3]
            }
            var back = index - 1
            while name == nil, back >= 0, index - back <= 7 {
                let folded = words[back]
                // "Upp till 200 personer": a capitalized word at a sentence's start that only leads to the count.
                if written[back].first?.isUppercase == true, !notNames.contains(folded), !linking.contains(folded), Int(folded) == nil {
                    name = PageSections.isRoomName(written[back]) ? written[back] : nil
                    break
                }
                // "i läsrummen finns det 7 platser": a room named in lower case.
                if folded.count >= 6, !notNames.contains(folded), roomEndings.contains(where: { folded.hasSuffix($0) }) {
                    // "Övre våningen max 50 gäster": the adjective before it belongs to the name.
                    let adjective = back > 0 && roomAdjectives.contains(words[back - 1]) ? written[back - 1] + " " : ""
                    let named = adjective + written[back]
                    name = named.prefix(1).uppercased() + named.dropFirst()
                    break
                }
                guard linking.contains(folded) || Int(folded) != nil else { break }
                back -= 1
            }
            if name == nil { name = clauseRoom(written, words, before: index) }
            found.append(Mention(persons: value, name: name))
        }
        return found
    }

    /// "upp till 1 200 personer": a figure grouped by thousands with a space (or a no-break or thin space) is one
    /// figure. Only after a lower-case word or at the start, so "Sal 1 150 personer" stays a room and its count.
    static func joiningThousands(_ text: String) -> String {
        guard text.contains(where: { $0 == " " || $0 == "\u{a0}" || $0 == "\u{202f}" }) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            result.append(character)
            guard [" ", "\u{a0}", "\u{202f}"].contains(character), index > 0, characters[index - 1].isASCII, characters[index - 1].isNumber
            else { index += 1; continue }
            // The group before: one to three digits, standing alone, after a lower-case word or the start.
            var start = index - 1
            while start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber { start -= 1 }
            let groupBefore = index - start
            let wordBefore = characters[..<start].reversed().drop { $0 == " " }.prefix { $0.isLetter }
            let standsAlone = start == 0 || characters[start - 1] == " "
            let after = characters[(index + 1)...].prefix { $0.isASCII && $0.isNumber }
            let endsAfter = index + 1 + after.count == characters.count || !characters[index + 1 + after.count].isLetter
            if (1...3).contains(groupBefore), standsAlone, after.count == 3, endsAfter,
               wordBefore.isEmpty || wordBefore.last?.isLowercase == true {
                result.removeLast()
            }
            index += 1
        }
        return result
    }

    /// "Övervåningen är ej bokningsbar", "Källaren kan inte hyras", "Köket ingår inte": `room` is said not to be offered.
    static func saidNotOffered(_ room: String, in text: String) -> Bool {
        let words = SwedishText.words(text, limit: 400), name = SwedishText.fold(room)
        for (index, word) in words.enumerated() where word == name {
            let after = words[(index + 1)..<min(words.count, index + 5)]
            guard after.contains(where: { ["ej", "inte", "icke"].contains($0) }) else { continue }
            if after.contains(where: { word in notOfferedWords.contains { word.hasPrefix($0) } }) { return true }
        }
        return false
    }
    static let notOfferedWords = ["bokningsbar", "uthyrningsbar", "hyras", "bokas", "hyrs", "uthyrd", "ingar", "tillganglig", "tillaten", "disponibel"]

    /// "70st", "120pers", "80personer": a figure written together with what it counts, as two words.
    static func splittingGluedUnit(_ token: Substring) -> [String] {
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        let rest = token.dropFirst(digits.count)
        guard !digits.isEmpty, !rest.isEmpty, rest.allSatisfy(\.isLetter) else { return [String(token)] }
        let unit = SwedishText.fold(rest)
        return unit == "st" || isPeople(unit) ? [String(digits), String(rest)] : [String(token)]
    }

    /// "I stora lokalen får av brandsäkerhetsskäl vistas högst 120 personer och i lilla lokalen 30 personer": the
    /// room named earlier in the same clause (since the last "och", "samt", "men"), an adjective with a bare kind
    /// ("stora lokalen") or a kind of its own ("samlingssalen").
    static func clauseRoom(_ written: [String], _ words: [String], before index: Int) -> String? {
        var position = index - 1
        while position >= 0, !["och", "samt", "men", "medan"].contains(words[position]) {
            let word = words[position]
            if ["lokalen", "salen", "rummet", "hallen", "huset", "vaningen"].contains(word), position > 0, roomAdjectives.contains(words[position - 1]) {
                let name = written[position - 1] + " " + written[position]
                return name.prefix(1).uppercased() + name.dropFirst()
            }
            if word.count >= 6, !notNames.contains(word), roomEndings.contains(where: { word.hasSuffix($0) }) {
                return written[position].prefix(1).uppercased() + written[position].dropFirst()
            }
            position -= 1
        }
        return nil
    }
    static let roomAdjectives: Set<String> = ["stora", "lilla", "nya", "gamla", "ovre", "nedre", "bakre", "norra", "sodra", "ostra", "vastra",
                                              "hela"]
}
