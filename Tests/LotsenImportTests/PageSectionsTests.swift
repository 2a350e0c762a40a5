import Foundation
@testable import LotsenImport
import LotsenModel
import LotsenStore
import Testing

/// Premises read from real page text of other municipalities (evaluation/pages/premises, copied verbatim) with no
/// profile: each case is a page's text and the rooms with head counts it must give.
struct PremisesPage: Sendable, CustomTestStringConvertible {
    let text: String
    let rooms: [String: Int]
    let source: String
    var testDescription: String { source }
}

@Suite struct PageSectionsTests {
    @Test(arguments: [
        PremisesPage(text: "Hyr lokal\n\nBalder, Lövlundsvägen 20\n\n • Samlingssalen. Maximalt 100 personer beroende på aktivitet.\n • Gymnastiksalen. Maximalt 10-20 personer beroende på aktivitet.\n • Studierummet. Maximalt 6-12 personer beroende på aktivitet.\n\nÄldreboendet Rosengården, Fridhemsvägen 8\n\n • Samlingssalen: Maximalt 50-70 personer beroende på aktivitet.\n",
                     rooms: ["Samlingssalen": 100, "Gymnastiksalen": 20, "Studierummet": 12, "Samlingssalen (Äldreboendet Rosengården, Fridhemsvägen 8)": 70],
                     source: "list items, ranges, one name at two addresses (p012)"),
        PremisesPage(text: "Avgifter\n\nTaxa 1\n\nSessionssalen, maxantal 20 personer\n\n433 kr/timme\n\nNämndrummet, maxantal 10 personer\n\n300 kr/timme\n",
                     rooms: ["Sessionssalen": 20, "Nämndrummet": 10], source: "a name and its count on one line, prices beside (p024)"),
        PremisesPage(text: "Boka program\n\nPlanerar du ett program har vi lokalen! På huvudbiblioteket, Biskopsgatan 2, har du tillgång till Hörsalen för 130 personer och Aktivitetsrummet för max 50 personer. I lokalerna finns tillgång till modern teknik.\n",
                     rooms: ["Hörsalen": 130, "Aktivitetsrummet": 50], source: "two rooms named in one sentence (p029)"),
        PremisesPage(text: "Lokaler\n\nLoftet\n\nInteriör från lokalen Loftet\n\nLoftet är en lokal i Svarvarehuset som endast kan bokas för publika arrangemang.\n\nLoftet rymmer max 40 personer och är möblerat med bord och stolar. Arrangemang får pågå till och med kl. 24.\n\nTeaterladan\n\nTeaterladan rymmer max 100 personer i biosittning, max 120 personer får vistas i lokalen samtidigt.\n",
                     rooms: ["Loftet": 40, "Teaterladan": 120], source: "a caption under a title; two counts for one room take the larger (p032)"),
        PremisesPage(text: "Stadshuset\n\nPå det övre planet finner du Sessionssalen med vackra målningar och stora fönster. Denna stora sal lämpar sig för det större sällskapet och rymmer cirka 80 personer.\n",
                     rooms: ["Sessionssalen": 80], source: "the one room a paragraph names (p023)"),
        PremisesPage(text: "Kulturhuset\n\nStora salen\n\nStolar Antal: 330 st.\n\nPris 1 000 kr per dygn.\n",
                     rooms: ["Stora salen": 330], source: "'Stolar Antal: 330 st.' under a title"),
    ])
    func roomsAndHeadCountsAreRead(_ page: PremisesPage) {
        let records = RecordExtractor.premises(from: Outline(text: page.text), file: "sida.txt", plainText: true)
        var found: [String: Int] = [:]
        for record in records {
            guard let name = record.values.first(where: { $0.field == .name })?.value,
                  let capacity = record.values.first(where: { $0.field == .capacity })?.value,
                  let persons = try? Normalize.capacity(capacity)?.persons else { continue }
            found[name] = persons
        }
        #expect(found == page.rooms)
    }

    /// Real pages (evaluation/pages/premises-extra) whose short lines are sentences, questions or rules: no rooms.
    @Test(arguments: [
        "Regler för lokalbokning\n\nDet finns en del grundregler hur tider i idrottshallar ska fördelas. Max 30 personer i salen.",
        "Får man använda omklädningsrummen?\n\nJa, men högst 2 personer åt gången.",
        "Just nu är biblioteken inte en mötesplats\n\nVi har bord och stolar med sittplats för 12 personer.",
    ])
    func aSentenceOrQuestionIsNotARoom(_ text: String) {
        #expect(RecordExtractor.premises(from: Outline(text: text), file: "sida.txt", plainText: true).isEmpty)
    }

    @Test func aNumberThatIsNotPeopleIsNotAHeadCount() {
        #expect(Capacity.find(in: "Hyra 500 kr per timme, 120 kvm, öppet till kl 22") == nil)
        #expect(Capacity.find(in: "sittande 120 / stående 200")?.persons == 200)
    }

    @Test func anHTMLTableWithoutAKindColumnIsImportedForReview() throws {
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-\(UUID().uuidString).db").path)
        try store.apply(SeedDataset.load(from: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seed")))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = directory.appendingPathComponent("lokaler.html")
        try Data("<html><body><h1>Lokaler</h1><table><tr><th>Lokal</th><th>Antal personer</th></tr><tr><td>Rosenborg</td><td>80</td></tr></table></body></html>".utf8).write(to: page)
        var options = ImportOptions()
        options.kind = .premises
        let report = try Importer(store: store).runLocal(page.path, options: options)[0]
        #expect(report.counts.added == 1 && report.counts.rejected == 0)
        #expect(report.warnings.contains { $0.message.contains("oklassad") })
        #expect(try store.allPremises().first?.item.kind == "oklassad")
    }
}

@Suite struct GrantPageTests {
    /// A real grant page (evaluation/pages/grants/g036) whose deadline sentence opens with no known words: the
    /// page is read in context, and its "Senast uppdaterad" and "löpande verksamhet" are not deadlines.
    @Test func aGrantPageWithoutADeadlineHeadingIsReadInContext() throws {
        let text = "Bidrag till studieförbund\n\nBidrag till studieförbund är till för att stödja studieförbundens löpande verksamhet. Sista datum för ansökan är den 31 mars.\n\nSenast uppdaterad 15 juni 2021\n"
        let record = RecordExtractor.grantPage(from: Outline(text: text), file: "sida.txt")
        #expect(record.values.contains { $0.field == .deadlinePage })
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-\(UUID().uuidString).db").path)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-grant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = directory.appendingPathComponent("sida.txt")
        try Data(text.utf8).write(to: page)
        var options = ImportOptions()
        options.kind = .grants
        _ = try Importer(store: store).runLocal(page.path, options: options)
        let grant = try #require(try store.currentGrants().first?.item)
        #expect(grant.name == "Bidrag till studieförbund")
        #expect(grant.deadlineRules.map(\.kind) == [.yearly])
        #expect(grant.deadlineRules.first?.closes == .date(month: 3, day: 31))
    }
}
