import LotsenModel

/// The codes whose vocabulary stems name a searched stem (``SwedishStemmer/names(_:_:shortestPart:)``), answered
/// with a few dictionary lookups instead of comparing the stem with every vocabulary word: a question's every word
/// is looked up on every answer.
struct StemLookup: Sendable {
    /// Stem → codes.
    private var exact: [String: Set<String>] = [:]
    /// The last part of a stem (at least `shortestPart` letters, two or more letters after its start) → codes.
    private var endings: [String: Set<String>] = [:]

    init(_ stemsByCode: [String: [String]], shortestPart: Int) {
        for (code, stems) in stemsByCode {
            for stem in stems {
                exact[stem, default: []].insert(code)
                let letters = Array(stem)
                guard letters.count >= shortestPart + 2 else { continue }
                for start in 2...(letters.count - shortestPart) {
                    endings[String(letters[start...]), default: []].insert(code)
                }
            }
        }
    }

    /// The codes named by `searched`: the same stem, the stem with up to three letters of inflection more, the last
    /// part of a vocabulary compound, or a compound ending in a vocabulary stem of four letters or more.
    func codes(naming searched: String) -> Set<String> {
        var found = exact[searched] ?? []
        if let more = endings[searched] { found.formUnion(more) }
        // Slices of the word itself: cheaper than an array of its characters, and this runs for every word asked.
        let count = searched.count
        for drop in 1...3 where count - drop >= 4 {
            if let more = exact[String(searched.dropLast(drop))] { found.formUnion(more) }
        }
        if count >= 7 {
            var start = searched.index(searched.startIndex, offsetBy: 3)
            let last = searched.index(searched.endIndex, offsetBy: -4)
            while start <= last {
                if let more = exact[String(searched[start...])] { found.formUnion(more) }
                searched.formIndex(after: &start)
            }
        }
        return found
    }

    /// The codes whose stem of five letters or more starts `searched`, four letters or more before its end: the
    /// first part of a compound ("hockeyturnering", "konståkningsklubben", "badhustider").
    func codes(startingCompound searched: String) -> Set<String> {
        guard searched.count >= 9 else { return [] }
        var found: Set<String> = []
        var end = searched.index(searched.startIndex, offsetBy: 5)
        let last = searched.index(searched.endIndex, offsetBy: -4)
        while end <= last {
            if let more = exact[String(searched[..<end])] { found.formUnion(more) }
            searched.formIndex(after: &end)
        }
        return found
    }
}
