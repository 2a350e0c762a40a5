import LotsenModel

/// How page text names premises: titles, room names and labels, the words that make a line a sentence or a label,
/// and the premises a page names most.
extension PageSections {
    /// The premises a page names most often ("Bjurvalla Bygdegård" three times, "bygdegården" twice), with the
    /// capitalized words before its kind word; nil when no kind word comes twice.
    static func mostNamedPremises(in text: String) -> String? {
        // A line or sentence ends a name: "… Vendels Bygdegård" over "• Ovanvåningen får ej …" are two names. The
        // boundary is an empty word, which no name takes.
        let words = text.split(separator: "\n").flatMap { line in
            line.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }.flatMap { token in
                token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            } + [""]
        }
        var counts: [String: (count: Int, written: String, first: Int)] = [:]
        for (index, written) in words.enumerated() where !written.dropFirst().contains(where: \.isUppercase) {
            // "Ateljéns bokningskalender": the genitive names the room too.
            var word = written, folded = SwedishText.fold(written)
            // "Röda Rummet": a generic kind word after a proper name is a name.
            let named = index > 0 && words[index - 1].first?.isUppercase == true && words[index - 1].count > 2
                && !isFunctionWord(SwedishText.fold(words[index - 1])) && !["salen", "rummet", "huset", "hallen", "lokalen"].contains(SwedishText.fold(words[index - 1]))
                // "Ordningsregler lokalen": the rules of the premises, not its name.
                && !labelEndings.contains(where: SwedishText.fold(words[index - 1]).hasSuffix)
            func isKind(_ folded: String) -> Bool {
                folded.count >= 5 && (named || !Capacity.notNames.contains(folded)) && !["utomhus", "inomhus"].contains(folded)
                    && Capacity.roomEndings.contains { folded.hasSuffix($0) }
            }
            if !isKind(folded), folded.hasSuffix("s"), isKind(String(folded.dropLast())) {
                word.removeLast()
                folded.removeLast()
            }
            guard isKind(folded) else { continue }
            // "Bjurvalla Bygdegård": a capitalized word before the kind word belongs to the name.
            var start = index
            while start > 0, index - start < 2, words[start - 1].first?.isUppercase == true, words[start - 1].count > 2,
                  !isFunctionWord(SwedishText.fold(words[start - 1])) { start -= 1 }
            let name = (words[start..<index] + [word]).joined(separator: " ")
            // "bygdegård" and "bygdegården" are one premises.
            var key = SwedishText.fold(name)
            if key.hasSuffix("en") || key.hasSuffix("et"), isKind(String(key.dropLast(2))) { key.removeLast(2) }
            counts[key] = (counts[key]?.count ?? 0) + 1 > 1 ? ((counts[key]?.count ?? 0) + 1, counts[key]?.written ?? name, counts[key]?.first ?? index)
                : (1, name, index)
        }
        // A proper name ("Bjurvalla Bygdegård") before a bare kind word; a name said once counts when it is the only
        // one, or the only one written with a capital ("Till Ateljéns bokningskalender").
        let capitalized = counts.values.filter { $0.written.first?.isUppercase == true }
        // A proper name with its kind ("Vendels Bygdegård") said once counts when no other name of two words is said.
        let proper = counts.values.filter { $0.written.first?.isUppercase == true && named(of: $0.written) == 1 }
        let candidates = counts.values.filter {
            $0.count >= 2 || counts.count == 1 || (capitalized.count == 1 && $0.written.first?.isUppercase == true)
                || (proper.count == 1 && proper[0].written == $0.written)
        }
        guard let best = candidates.max(by: { (named(of: $0.written), $0.count, -$0.first) < (named(of: $1.written), $1.count, -$1.first) }) else { return nil }
        return best.written.prefix(1).uppercased() + best.written.dropFirst()
    }

    /// "Till", "Om", "Hyr": a capitalized word that is not part of a name.
    static func isFunctionWord(_ folded: String) -> Bool {
        Capacity.notNames.contains(folded) || sentenceWords.contains(folded) || leadingVerbs.contains(folded) || chromeWords.contains(folded)
    }

    private static func named(of name: String) -> Int { name.contains(" ") ? 1 : 0 }

    /// A section title that can name premises: a room name that is not a label ("Bokningsregler", "Prislista"); a
    /// longer one ("Till Riksförbundet Gå till distrikt") only when it names a kind of premises.
    static func isSectionName(_ text: String) -> Bool {
        let words = SwedishText.words(text)
        guard isRoomName(text), !words.contains(where: { word in labelEndings.contains { word.hasSuffix($0) } }),
              !words.allSatisfy({ Capacity.notNames.contains($0) || labelWords.contains($0) || chromeWords.contains($0) }) else { return false }
        return words.count <= 3 || namesPremises(text)
    }
    static let labelEndings = ["regler", "villkor", "information", "priser", "prislista", "avgifter", "taxor", "taxa", "bokning",
                               "skydd", "sakerhet", "uthyrning",
                               "kontakt", "instruktioner", "tider", "bestammelser", "anvisningar"]

    /// Words of the site's own lines before a page's title.
    static let chromeWords: Set<String> = ["stang", "meddelande", "hoppa", "till", "innehall", "meny", "sok", "startsida", "logga", "in",
                                           "lyssna", "las", "upp", "dela", "skriv", "ut", "cookies", "english",
                                           // "Laddar", "Loading": what a page shows while its script runs.
                                           "laddar", "loading", "tillbaka", "navigering"]

    /// A title without the verb a page puts before the premises it offers: "Hyr Folkets hus" → "Folkets hus",
    /// "Boka ett mötesrum" → "Mötesrum".
    static func roomName(_ title: String) -> String {
        // "Bergby Skolas bygdegård, mars 2017": the date after the name is the photo's or the post's; "Gillestugan
        // (25-30 personer)": the count is not part of the name.
        var title = title
        if let open = title.firstIndex(of: "("), title[open...].contains(where: \.isNumber), open > title.startIndex {
            title = String(title[..<open]).trimmingSpaces
        }
        if let comma = title.firstIndex(of: ","), title[comma...].contains(where: \.isNumber) { title = String(title[..<comma]) }
        var words = title.split(separator: " ").map(String.init)
        // "Ordningsregler lokalen", "Priser för Logen": the rules or prices of the premises named after them.
        if words.count > 1, labelEndings.contains(where: SwedishText.fold(words[0]).hasSuffix) {
            words.removeFirst()
            if words.count > 1, ["for", "i", "pa", "vid"].contains(SwedishText.fold(words[0])) { words.removeFirst() }
        }
        while words.count > 1, leadingVerbs.contains(SwedishText.fold(words[0])) { words.removeFirst() }
        let name = words.joined(separator: " ")
        return name.prefix(1).uppercased() + name.dropFirst()
    }
    static let leadingVerbs: Set<String> = ["hyr", "hyra", "boka", "bokning", "lana", "lan", "av", "ett", "en", "var", "vara", "om"]

    /// A title that names a kind of premises by one of its words ("Stora salen", "Folkets hus", "Bygdegården").
    static func namesPremises(_ text: String) -> Bool {
        SwedishText.words(text).contains { word in Capacity.roomEndings.contains { word.hasSuffix($0) } }
    }

    /// The name a line starts with before ".", ":" or ",": short, capitalized, a few words.
    static func leadingName(_ text: String) -> String? {
        guard let end = text.firstIndex(where: { $0 == "." || $0 == ":" || $0 == "," }) else { return nil }
        let name = text[..<end].trimmingSpaces
        guard (3...40).contains(name.count), name.first?.isUppercase == true, name.split(separator: " ").count <= 5,
              !name.contains(where: \.isNumber) else { return nil }
        // "Stolar Antal: 330 st." is a label, not a room.
        guard !SwedishText.words(name).allSatisfy({ Capacity.notNames.contains($0) || labelWords.contains($0) }) else { return nil }
        // "Sittplatser vid hel lokal: 100 personer", "Stående: 150": a way of counting the room above, not a room.
        if let first = SwedishText.words(name).first, Capacity.isPeople(first) || ["vid", "med", "utan", "antal"].contains(first) { return nil }
        return name
    }

    /// Words of field labels on premises pages.
    static let labelWords: Set<String> = ["pris", "priser", "hyra", "yta", "bord", "avgift", "taxa", "bokning", "kontakt", "adress", "utrustning"]

    /// Words that make a title a sentence ("Regler för lokalbokning", "Just nu är biblioteken stängda", "Får man …?"),
    /// not a room's name.
    static let sentenceWords: Set<String> = ["ar", "att", "for", "kan", "man", "inte", "som", "far", "ska", "vi", "du", "ni", "om", "hur",
                                             "vad", "nar", "varfor", "regler", "planer", "mojligt", "information", "nyheter",
                                             "ja", "nej", "obs", "observera", "notera", "tips", "ga", "till"]

    /// A title that can name a room: a few words, not a question, not a sentence.
    static func isRoomName(_ text: String) -> Bool {
        let words = SwedishText.words(text)
        // "Biosittning, max 70 personer": a way to furnish the room, not a room.
        if words.contains(where: { word in ["ttning", "moblering", "placering"].contains { word.hasSuffix($0) } }) { return false }
        // "Lokalerna hyrs med befintlig utrustning": a passive verb makes it a sentence.
        return !words.isEmpty && words.count <= 5 && !text.hasSuffix("?") && words.allSatisfy { !sentenceWords.contains($0) }
            && !words.dropFirst().contains { passiveVerbs.contains($0) }
    }
    static let passiveVerbs: Set<String> = ["hyrs", "hyres", "uthyres", "bokas", "anvands", "lanas", "finns", "galler", "kostar", "erbjuds",
                                            "upplats", "nyttjas", "disponeras"]

    /// Words a section label of a room's page starts with.
    static let sectionWords: Set<String> = ["utrustning", "pris", "priser", "hyra", "hyror", "bokning", "boka", "kontakt", "tillganglighet",
                                            "adress", "oppettider", "avgift", "avgifter", "taxa", "taxor", "villkor", "regler", "om", "fakta",
                                            "kapacitet", "mer", "las", "hitta", "sa", "for", "vid", "expedition", "reception", "kontakta"]

    static func isSectionLabel(_ text: String) -> Bool {
        guard let first = SwedishText.words(text).first else { return false }
        // "Standardutrustning", "Möblering", "Biosittning": a label by its ending too.
        return sectionWords.contains(first) || SwedishText.words(text).count <= 2 && labelSuffixes.contains { first.hasSuffix($0) }
    }
    static let labelSuffixes = ["utrustning", "moblering", "sittning", "placering", "priser", "avgifter", "taxor", "villkor", "regler",
                                "oppettider", "tillganglighet", "information"]

    /// A line that reads as a title: short, letters, no sentence end, no label.
    static func isTitleLine(_ text: String) -> Bool {
        text.count <= 60 && !text.hasSuffix(".") && !text.contains(":") && text.contains(where: \.isLetter)
            && text.filter(\.isNumber).count * 3 < text.count && (!text.contains(where: \.isNumber) || PagePrices.prices(inLine: text).isEmpty)
    }

    /// "Föreningslokal - P27" and "festlokal" are both a "lokal"; "Ekedalens församlingsgård" and "samlingssalen" are not.
    static func sameKind(_ title: String, _ foldedName: String) -> Bool {
        let ending = { (word: String) in Capacity.roomEndings.filter { word.hasSuffix($0) }.max { $0.count < $1.count }.map(kindStem) }
        guard let named = ending(foldedName) else { return false }
        return SwedishText.words(title).contains { ending($0) == named }
    }
    /// "lokalen" → "lokal", "salen" → "sal": a room ending without its definite article.
    private static func kindStem(_ ending: String) -> String {
        for article in ["en", "et", "n"] where ending.hasSuffix(article) && ending.count > article.count + 2 { return String(ending.dropLast(article.count)) }
        return ending
    }

    /// Kinds of premises a page's text names its premises by ("festlokal", "samlingssal").
    static let genericKindWords: Set<String> = ["festlokal", "festlokalen", "samlingssal", "samlingssalen", "samlingslokal", "samlingslokalen",
                                                "foreningslokal", "foreningslokalen", "moteslokal", "moteslokalen", "lokalerna", "festsal",
                                                "festsalen", "vaning", "vaningen", "bygdegard", "bygdegarden", "klubbhus", "klubbhuset",
                                                "klubblokal", "klubblokalen", "klubbstuga", "klubbstugan"]
}
