import LotsenGuide
import Testing

@Suite struct QuestionFactsTests {
    @Test(arguments: [
        ("Var kan vi hyra en lokal för 80 personer?", 80),
        ("Vi är ett 50-tal medlemmar som vill ha årsmöte", 50),
        ("Lokal för max 30", 30),
        ("det blir drygt hundra i publiken", 100),
        ("Vi är 8-12 ungdomar som målar", 12),
        ("runt 120 gäster på festen", 120),
        ("en ledarutbildning för 24 unga ledare en helg", 24),
        ("Vi är tolv kursdeltagare", 12),
        ("en ungdomsteater, vi har sålt 70 biljetter redan", 70),
        ("vi tror det kommer runt hundra föräldrar och släktingar", 100),
    ])
    func readsHowManyPeople(_ text: String, _ expected: Int) {
        #expect(QuestionFacts(text).capacity == expected)
    }

    @Test(arguments: ["Vi spelar en cup med ca 16 lag", "Hyran är 500 kr i timmen", "Bidraget för 2025", "Ring mig efter 17",
                      "Vi vill hyra för två dagar i mars"])
    func aNumberThatIsNotPeopleIsNotACapacity(_ text: String) {
        #expect(QuestionFacts(text).capacity == nil)
    }

    @Test func moneyAndPlaceAreToldApart() {
        #expect(QuestionFacts("Kan vi få bidrag till hyran?").asksForMoney)
        #expect(!QuestionFacts("Var kan vi hyra en scen?").asksForMoney)
        #expect(QuestionFacts("Var kan vi hyra en scen?").asksForPlace)
    }

    @Test(arguments: [
        "Kan kommunen stå för en del av hyran?",
        "behöver hjälp med gaget och lokalhyran",
        "Kan man söka löpande eller finns det ett sista datum? När är sista dagen att söka?",
        "Kan vi få hjälp med kostnaderna för resan?",
    ])
    func aCostToCarryOrADeadlineToApplyByAsksForMoney(_ text: String) {
        #expect(QuestionFacts(text).asksForMoney)
    }

    @Test(arguments: ["Var kan vi hyra en lokal för 40 personer?", "Vem hjälper oss med nyckeln till hallen?",
                      "Hur bokar vi istider i ishallen?"])
    func aPlaceOrHelpWithoutACostDoesNot(_ text: String) {
        #expect(!QuestionFacts(text).asksForMoney)
    }
}

@Suite struct EnquiryDraftTests {
    @Test(arguments: [
        (EnquiryDraft(text: "  "), "text"),
        (EnquiryDraft(text: "Hej\u{0}"), "text"),
        (EnquiryDraft(text: "Hej", topic: "okänt"), "topic"),
        (EnquiryDraft(text: "Hej", channel: "fax"), "channel"),
        (EnquiryDraft(text: "Hej", email: "anna(at)example.se"), "email"),
        (EnquiryDraft(text: "Hej", organisationNumber: "802400-1234"), "organisation_number"),
        (EnquiryDraft(text: "Hej", name: String(repeating: "a", count: 500)), "name"),
    ])
    func eachProblemNamesItsField(_ draft: EnquiryDraft, _ field: String) {
        #expect(throws: EnquiryProblems.self) { try draft.validated(topicIds: ["bidrag"]) }
        do {
            _ = try draft.validated(topicIds: ["bidrag"])
        } catch {
            #expect(error.problems.map(\.field).contains(field))
        }
    }

    @Test func aGoodDraftIsTrimmedAndNormalized() throws {
        let new = try EnquiryDraft(text: "  Hej  ", topic: "bidrag", email: " anna@example.se ", organisationNumber: "8024001235")
            .validated(topicIds: ["bidrag"])
        #expect(new.text == "Hej" && new.topic == "bidrag" && new.person.email == "anna@example.se")
        #expect(new.person.organisationNumber == "802400-1235")
    }
}
