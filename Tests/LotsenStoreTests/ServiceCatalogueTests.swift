import Foundation
import LotsenModel
import Testing

/// The service catalogue in `seed/routing.json` is data staff edit: every entry must name a real unit, give a short
/// answer, point only to https pages, and relate only to codes the vocabulary knows.
@Suite struct ServiceCatalogueTests {
    struct Entry: Decodable {
        let id: String
        let unit: String
        let answer: String?
        let link: String?
        let relates: [String]?
        let examples: [String]?
    }

    struct Catalogue: Decodable {
        let topics: [Entry]
    }

    struct UnitId: Decodable {
        let id: String
    }

    let entries: [Entry]
    let units: Set<String>
    let codes: Set<String>

    init() throws {
        entries = try JSONDecoder().decode(Catalogue.self, from: Data(contentsOf: seedDirectory.appendingPathComponent("routing.json"))).topics
        units = Set(try JSONDecoder().decode([UnitId].self, from: Data(contentsOf: seedDirectory.appendingPathComponent("units.json"))).map(\.id))
        let vocabulary = try JSONDecoder().decode(Vocabulary.self, from: Data(contentsOf: seedDirectory.appendingPathComponent("vocabulary.json")))
        codes = Set((vocabulary.premisesKind + vocabulary.grantCategory).map(\.code))
    }

    @Test func everyEntryNamesAUnitAndAnswers() {
        #expect(entries.count >= 25)
        for entry in entries {
            #expect(units.contains(entry.unit), "\(entry.id): unknown unit \(entry.unit)")
            #expect((entry.answer?.count ?? 0) >= 30, "\(entry.id): no short answer")
            #expect(entry.link.map { $0.hasPrefix("https://") } ?? true, "\(entry.id): link is not https")
            #expect(!(entry.examples ?? []).isEmpty, "\(entry.id): no typical questions")
            for code in entry.relates ?? [] { #expect(codes.contains(code), "\(entry.id): unknown code \(code)") }
        }
    }

    @Test func everyUnitHasAService() {
        #expect(units.subtracting(entries.map(\.unit)).isEmpty, "\(units.subtracting(entries.map(\.unit)))")
    }
}
