import LotsenModel

/// What one word of a premises search finds: the words people type are seldom the words a listing uses, so a word
/// matches a term it starts (as before), a term with the same stem ("lokaler" → "lokal"), a compound it is the last
/// part of ("hall" → "idrottshall", "lokal" → "samlingslokal"), a kind or facility whose label or synonym it names
/// ("sporthall" → Idrottshall, "bassäng" → Simhall), and, when none of that finds anything, the parts of a compound
/// it is made of ("möteslokal" → "mötes" + "lokal").
enum PremisesWords {
    /// Words that say what every premises is for, folded: they never narrow a search ("hyra lokal" lists them all).
    static let generic: Set<String> = [
        "hyra", "hyr", "hyrs", "hyrer", "uthyrning", "boka", "bokar", "bokas", "bokning", "lana", "lanar", "lanas",
        "lokal", "lokalen", "lokaler", "lokalerna", "ledig", "ledigt", "lediga", "och", "eller", "for", "med", "till",
        "en", "ett", "att", "som", "pa", "i", "av", "vid", "om", "vi", "jag", "kan", "var", "finns", "nagon", "nagot",
    ]

    /// The rows `word` (folded) finds.
    static func rows(for word: String, in index: PremisesIndex) -> Bitmap {
        var hits = direct(word, in: index)
        if hits.isEmpty { hits = compoundParts(word, in: index) }
        return hits
    }

    private static func direct(_ word: String, in index: PremisesIndex) -> Bitmap {
        let text = index.text
        var hits = text.rows(ofTerms: text.terms(withPrefix: word), rowCount: index.count)
        let stem = SwedishStemmer.stem(word)
        if stem != word, stem.count >= 3 {
            hits.formUnion(text.rows(ofTerms: text.terms(withPrefix: stem), rowCount: index.count))
        }
        hits.formUnion(text.rows(ofTerms: text.compounds(endingWith: stem), rowCount: index.count))
        let kinds = Set(index.kindStems.indices.filter { index.kindStems[$0].contains { SwedishStemmer.names($0, stem) } }.map(Int32.init))
        let facilities = index.facilityStems.indices.filter { index.facilityStems[$0].contains { SwedishStemmer.names($0, stem) } }
        if !kinds.isEmpty || !facilities.isEmpty {
            for row in 0..<index.count where kinds.contains(index.kind[row]) || facilities.contains(where: { index.hasFacility(row, $0) }) {
                hits.insert(row)
            }
        }
        return hits
    }

    /// Rows that have both parts of `word` read as a compound: a first part of at least three letters (with or
    /// without the linking "s") and a last part of at least three.
    private static func compoundParts(_ word: String, in index: PremisesIndex) -> Bitmap {
        var hits = Bitmap(count: index.count)
        let letters = Array(word)
        guard letters.count >= 6 else { return hits }
        for split in 3...(letters.count - 3) {
            let head = String(letters[..<split]), tail = String(letters[split...])
            var tailHits = direct(tail, in: index)
            guard !tailHits.isEmpty else { continue }
            var headHits = direct(head, in: index)
            if head.hasSuffix("s"), head.count > 3 { headHits.formUnion(direct(String(head.dropLast()), in: index)) }
            tailHits.formIntersection(headHits)
            hits.formUnion(tailHits)
        }
        return hits
    }
}
