import Foundation
import LotsenModel
import Testing
@testable import LotsenRouting

@Suite struct SwedishStemmerTests {
    /// Every word of the routing knowledge, the evaluation set and twenty of Kristianstad's grant pages,
    /// stemmed by the Snowball reference implementation.
    @Test func agreesWithTheSnowballReferenceOnASwedishVocabulary() throws {
        let url = try #require(Bundle.module.url(forResource: "swedish-stems", withExtension: "tsv", subdirectory: "Fixtures"))
        let pairs = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(pairs.count > 1_500)
        let wrong = pairs.filter { SwedishStemmer.stem($0[0]) != $0[1] }.map { "\($0[0]) → \(SwedishStemmer.stem($0[0])), not \($0[1])" }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }

    @Test func inflectionsMeet() {
        for word in ["föreningar", "föreningen", "föreningens", "föreningarna"] { #expect(SwedishStemmer.stem(word) == "förening") }
        #expect(SwedishStemmer.stem("lokalerna") == SwedishStemmer.stem("lokal"))
        #expect(SwedishStemmer.stem("klokaste") == "klok")
        #expect(SwedishStemmer.stem("ön") == "ön")
    }
}

@Suite struct SwedishAnalyzerTests {
    let analyzer = SwedishAnalyzer(
        stopWords: ["och", "vi", "att", "en", "för"],
        synonymGroups: [["boka", "hyra", "låna"], ["bidrag", "stöd", "pengar"]],
        vocabulary: ["förening", "lokal", "bokning", "idrott", "hall", "bidrag"])

    @Test func normalizesCasePunctuationAndAccents() {
        #expect(SwedishAnalyzer.normalize("Café, KULTURHUSET! é/è") == "cafe  kulturhuset  e e")
        #expect(SwedishAnalyzer.words(in: "Vår förening—Åhus IF (bildad 1923)") == ["vår", "förening", "åhus", "if", "bildad", "1923"])
    }

    @Test func aHyphenStaysOnlyBetweenTwoLetters() {
        #expect(SwedishAnalyzer.normalize("LSS-insats e-TJÄNST Ære-Ø") == "lss-insats e-tjänst äre-ö")
        #expect(SwedishAnalyzer.normalize("barn- och -start a--b 3-4 a-3 slut-") == "barn  och  start a  b 3 4 a 3 slut ")
        #expect(SwedishAnalyzer.words(in: "Bygg- och miljö-nämnden, -- Åhus-Ängelholm") == ["bygg", "och", "miljö-nämnden", "åhus-ängelholm"])
    }

    @Test func dropsStopWordsAndStems() {
        #expect(analyzer.terms("Vi och föreningarna") == ["förening"])
    }

    @Test func synonymsMeetAtTheFirstWordOfTheirGroup() {
        #expect(analyzer.terms("hyra") == analyzer.terms("boka"))
        #expect(analyzer.terms("låna") == ["bok"])
        #expect(analyzer.terms("pengar") == analyzer.terms("bidrag"))
        #expect(analyzer.terms("stödet") == ["bidrag"])  // definite "-et" dropped when the bare word is known
        #expect(analyzer.terms("bidraget") == ["bidrag"])
    }

    @Test func twoLettersSwappedInALongWordStandForTheKnownWord() {
        var analyzer = SwedishAnalyzer(stopWords: [], synonymGroups: [])
        analyzer.learn(["livsmedelsverksamhet"])
        #expect(analyzer.terms("livsmedlesverksamhet").contains(analyzer.terms("livsmedelsverksamhet")[0]))
        // A short word is never read as another ("lag" is not "alg").
        analyzer.learn(["alg"])
        #expect(analyzer.terms("lag") == ["lag"])
    }

    @Test func theVerbOfAnActionSaysTheAction() {
        var analyzer = SwedishAnalyzer(stopWords: [], synonymGroups: [])
        analyzer.learn(["snöröjning", "sandning"])
        #expect(analyzer.terms("snöröjer") == analyzer.terms("snöröjning"))
        #expect(analyzer.terms("sandar") == analyzer.terms("sandning"))
    }

    @Test func compoundsSplitAgainstTheVocabulary() {
        #expect(analyzer.compoundParts("föreningsbidrag") == ["förening", "bidrag"])
        #expect(analyzer.compoundParts("lokalbokning") == ["lokal", "bokning"])
        #expect(analyzer.compoundParts("idrottshallen") == ["idrot", "hall"])  // the stems: Snowball drops one t of "tt"
        #expect(analyzer.compoundParts("lokalbokningsbidrag") == ["lokal", "bokning", "bidrag"])
        // The whole word stays a term, its parts follow.
        #expect(analyzer.terms("föreningsbidragen") == ["föreningsbidrag", "förening", "bidrag"])
        // Unknown parts: no split, nothing guessed.
        #expect(analyzer.compoundParts("kvarteret").isEmpty)
        #expect(analyzer.compoundParts("bidrag").isEmpty)
        // A known first part of six letters or more with an unknown rest gives the first part.
        #expect(analyzer.compoundParts("föreningsinformationen") == ["förening"])
        #expect(analyzer.compoundParts("lokalinformation").isEmpty)  // "lokal" has five letters: too short to guess by
        // Past 40 letters nothing is split (every cut would be tried), though the word is still a term.
        let long = String(repeating: "lokalbokning", count: 400)
        #expect(analyzer.compoundParts(long).isEmpty)
        #expect(analyzer.terms(long).count == 1)
    }
}
