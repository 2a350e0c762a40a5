import Foundation
import LotsenImport
import LotsenModel
import LotsenStore
import Testing

/// Every label and synonym of the seed vocabulary, as a person would type it: kinds and facilities.
private let vocabulary = try! JSONDecoder().decode(Vocabulary.self, from: Data(contentsOf: seedDirectory.appendingPathComponent("vocabulary.json")))

struct VocabularyWord: Sendable, CustomTestStringConvertible {
    let word: String
    let code: String
    let isKind: Bool
    var testDescription: String { "\(word) → \(isKind ? "kind" : "facility") \(code)" }
}

private let vocabularyWords: [VocabularyWord] =
    vocabulary.premisesKind.flatMap { term in ([term.sv] + term.synonyms).map { VocabularyWord(word: $0, code: term.code, isKind: true) } }
    + vocabulary.facility.flatMap { term in ([term.sv] + term.synonyms).map { VocabularyWord(word: $0, code: term.code, isKind: false) } }

/// A catalogue with one premises of every kind and one with each facility, named so that no name gives them away.
private func catalogueOfEveryKind() throws -> Store {
    let store = try Store(path: temporaryDatabasePath())
    try DefaultData.fill(store, seedDirectory: seedDirectory, importersDirectory: URL(fileURLWithPath: "/nonexistent-importers"))
    try store.transaction { transaction in
        for (index, kind) in vocabulary.premisesKind.enumerated() {
            try transaction.put(Premises(id: "kind-\(kind.code)", name: "Lokal nummer \(index)", kind: kind.code))
        }
        for (index, facility) in vocabulary.facility.enumerated() {
            try transaction.put(Premises(id: "facility-\(facility.code)", name: "Rum nummer \(index)", kind: "samlingslokal", facilities: [facility.code]))
        }
    }
    return store
}

@Suite struct SearchWordsTests {
    let store: Store

    init() throws {
        store = try catalogueOfEveryKind()
    }

    @Test(arguments: vocabularyWords)
    func everyLabelAndSynonymFindsThePremisesThatHaveIt(_ item: VocabularyWord) throws {
        let found = try store.searchPremises(PremisesQuery(text: item.word, limit: 100)).ids
        #expect(found.contains(item.isKind ? "kind-\(item.code)" : "facility-\(item.code)"), "\(found)")
    }

    @Test(arguments: [
        ("lokaler", "kind-samlingslokal"),            // inflected and generic: every premises is a lokal
        ("idrottshallen", "kind-idrottshall"),        // inflected form of a kind
        ("hall", "kind-idrottshall"),                 // the last part of a compound kind
        ("hall", "kind-ishall"),
        ("sporthallar", "kind-idrottshall"),          // an inflected synonym
        ("konferensrummet", "kind-moteslokal"),
        ("möteslokalen", "kind-moteslokal"),
        ("sal", "kind-idrottshall"),                  // "gymnastiksal" is a synonym of Idrottshall
        ("bassängen", "kind-simhall"),
        ("teleslingan", "facility-horslinga"),
    ])
    func compoundsAndInflectionsFindTheirKind(_ word: String, _ expected: String) throws {
        #expect(try store.searchPremises(PremisesQuery(text: word, limit: 100)).ids.contains(expected))
    }

    @Test func aWordThatNamesNothingDoesNotMatchEverything() throws {
        #expect(try store.searchPremises(PremisesQuery(text: "rymdskepp")).total == 0)
        #expect(try store.searchPremises(PremisesQuery(text: "hyra ishall", limit: 100)).ids == ["kind-ishall"])
    }
}

@Suite struct RelaxedSearchTests {
    let store: Store

    init() throws {
        store = try seededStore()
    }

    @Test func aPlaceThatEmptiesTheResultIsLeftOutAndNamed() throws {
        let strict = try store.searchPremises(PremisesQuery(text: "möteslokal åhus"))
        #expect(strict.total == 0 && strict.relaxed.isEmpty)
        let relaxed = try store.searchPremises(PremisesQuery(text: "möteslokal åhus", relax: true))
        #expect(relaxed.relaxed == [.init(parameter: "district", value: "Åhus")])
        #expect(Set(relaxed.ids) == ["barbacka-roda-rummet", "barbacka-tivolirummet"])
    }

    @Test func aDistrictFilterIsLeftOutWhenNothingThereMatches() throws {
        let result = try store.searchPremises(PremisesQuery(text: "scen", district: "Åhus", relax: true))
        #expect(result.relaxed == [.init(parameter: "district", value: "Åhus")])
        #expect(result.ids.contains("barbacka-stora-scenen"))
    }

    @Test func aWordThatFindsNothingIsLeftOutAsWritten() throws {
        let result = try store.searchPremises(PremisesQuery(text: "Rymdskepp scen", relax: true))
        #expect(result.relaxed == [.init(parameter: "q", value: "rymdskepp")])
        #expect(result.total == 3)
    }

    @Test func aSearchThatMatchesIsNotRelaxed() throws {
        let result = try store.searchPremises(PremisesQuery(text: "scen", relax: true))
        #expect(result.relaxed.isEmpty && result.total == 3)
    }
}
