import Foundation
import LotsenCLI
import LotsenGuide
import LotsenModel
import LotsenStore
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `lotsen newsletter --month 2027-02` (issue 18): the draft for a fixed month from the default data plus a grant
/// added and an event dated in the month before.
@Suite struct NewsletterTests {
    @Test func theFebruaryDraftHasItsDeadlinesJanuarysNewsAndTheMonthsEvents() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-news-\(UUID().uuidString).db").path
        let (store, _) = try Bootstrap.openStore(path: path, seedDirectory: repository.appendingPathComponent("seed"),
                                                 importersDirectory: repository.appendingPathComponent("importers"))
        let january = Date(timeIntervalSince1970: 1_799_575_200)  // 2027-01-10 11:00 in Stockholm
        try store.transaction(now: january) {
            try $0.put(Grant(id: "bygdemedel", name: "Bygdemedel", applicants: ["forening"], deadlineText: "Ansök senast 15 april.", funder: "Region Skåne"))
        }
        let event = #"{"name": "Tematräff om föreningsengagemang", "schedule": [{"month": 2}], "dates": ["2027-02-18"], "starts": "17:00", "ends": "19:30", "place": "Rådhus Skåne"}"#
        _ = try store.edit(.event, id: "tematraff-feb", RecordEdit(mode: .replace, body: Data(event.utf8), ifMatch: nil, actor: "t"), now: january)

        let draft = try NewsletterDraft.make(store: store, month: LocalDate(year: 2027, month: 2, day: 1)!, site: "https://lotsen.example")
        let text = draft.text
        #expect(text.hasPrefix("Nytt för föreningar – februari 2027\n"))
        #expect(text.contains("- 25 februari 2027: Aktivitetsstöd, kommunalt\n  https://lotsen.example/bidrag/aktivitetsstod\n"))
        #expect(text.contains("- Nytt bidrag: Bygdemedel\n  https://lotsen.example/bidrag/bygdemedel\n"))
        #expect(text.contains("- Nytt i årshjulet: Tematräff om föreningsengagemang\n"))
        #expect(text.contains("- 18 februari 2027: Tematräff om föreningsengagemang – Kl. 17.00–19.30, Rådhus Skåne.\n"))
        // April's deadline is after the draft's two months; nothing of March's changes leaks in.
        #expect(!text.contains("15 april"))
        #expect(draft.html.contains("<a href=\"https://lotsen.example/bidrag/bygdemedel\">Nytt bidrag: Bygdemedel</a>"))
        #expect(!draft.html.contains("<script"))
    }
}
