import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenModel
import LotsenRouting
import LotsenStore
import Testing

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func makeApp(at instant: Date) throws -> some ApplicationProtocol {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-route-\(UUID().uuidString).db").path
    let store = try Store(path: path)
    try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
    let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
    return Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, guide: guide, clock: { instant })))
}

private func post(_ client: some TestClientProtocol, _ body: String, contentType: String = "application/json",
                  check: @escaping @Sendable (TestResponse) async throws -> Void) async throws {
    try await client.execute(uri: "/v1/route", method: .post, headers: [.contentType: contentType],
                             body: ByteBuffer(string: body)) { try await check($0) }
}

private func object(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

/// Monday 23 November 2026, 10:00 in Stockholm.
private let mondayMorning = Date(timeIntervalSince1970: 1_795_424_400)

@Suite struct RouteAPITests {
    @Test func aGrantQuestionIsAnsweredWithTheGrantAndItsNextDeadline() async throws {
        try await makeApp(at: mondayMorning).test(.router) { client in
            try await post(client, #"{"text": "När är sista ansökningsdag för aktivitetsstöd?"}"#) { response in
                #expect(response.status == .ok)
                let body = try object(response)
                let route = try #require(body["route"] as? [String: Any])
                let best = try #require((route["units"] as? [[String: Any]])?.first)
                #expect(best["unit_id"] as? String == "kultur-och-fritid")
                #expect((best["reasons"] as? [[String: Any]])?.contains { $0["matched"] as? String == "aktivitetsstöd" } == true)
                let grants = try #require(body["grants"] as? [[String: Any]])
                #expect(grants.first?["id"] as? String == "aktivitetsstod")
                #expect(grants.first?["next_deadline"] as? String == "2027-02-25")
                #expect(route["fallback"] as? Bool == false)
            }
        }
    }

    @Test func aPremisesQuestionListsPremises() async throws {
        try await makeApp(at: mondayMorning).test(.router) { client in
            try await post(client, #"{"text": "Kan vi hyra stora scenen på Barbacka?"}"#) { response in
                let body = try object(response)
                let best = try #require(((body["route"] as? [String: Any])?["units"] as? [[String: Any]])?.first)
                #expect(best["unit_id"] as? String == "kulturhuset-barbacka")
                let premises = try #require(body["premises"] as? [[String: Any]])
                #expect(premises.first?["id"] as? String == "barbacka-stora-scenen")
            }
        }
    }

    @Test func anUnclearEnquiryGoesToMedborgarcenterWithItsOpeningHours() async throws {
        // Monday 10:00: open until 17:00.
        try await makeApp(at: mondayMorning).test(.router) { client in
            try await post(client, #"{"text": "Hej, jag har en fråga"}"#) { response in
                let body = try object(response)
                #expect((body["route"] as? [String: Any])?["fallback"] as? Bool == true)
                let contact = try #require(body["contact"] as? [String: Any])
                #expect(contact["unit_id"] as? String == "medborgarcenter")
                #expect(contact["open_now"] as? Bool == true)
                let phone = try #require((contact["channels"] as? [[String: Any]])?.first { $0["kind"] as? String == "phone" })
                let status = try #require(phone["open_now"] as? [String: Any])
                #expect(status["closes_at"] as? String == "2026-11-23T16:00:00Z")
                #expect((body["grants"] as? [Any])?.isEmpty == true)
            }
        }
        // Saturday: closed, opens Monday 08:00.
        try await makeApp(at: mondayMorning.addingTimeInterval(5 * 86_400)).test(.router) { client in
            try await post(client, #"{"text": "Hej, jag har en fråga"}"#) { response in
                let contact = try #require(try object(response)["contact"] as? [String: Any])
                #expect(contact["open_now"] as? Bool == false)
                let phone = try #require((contact["channels"] as? [[String: Any]])?.first { $0["kind"] as? String == "phone" })
                #expect((phone["open_now"] as? [String: Any])?["opens_at"] as? String == "2026-11-30T07:00:00Z")
            }
        }
    }

    @Test func badRequestsAreProblems() async throws {
        try await makeApp(at: mondayMorning).test(.router) { client in
            try await post(client, #"{"text": ""}"#) { #expect($0.status == .badRequest) }
            try await post(client, #"{"txt": "hej"}"#) { #expect($0.status == .badRequest) }
            try await post(client, #"{"text": "bygglov", "topic": "nope"}"#) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("topic"))
            }
            try await post(client, "text=hej", contentType: "application/x-www-form-urlencoded") { #expect($0.status == .unsupportedMediaType) }
            let long = String(repeating: "a", count: 20_000)
            try await post(client, #"{"text": "\#(long)"}"#) { #expect($0.status == .contentTooLarge) }
            try await post(client, #"{"text": "\#(String(repeating: "bygglov ", count: 600))"}"#) { #expect($0.status == .badRequest) }
        }
    }

    @Test func routingStoresNothing() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-route-\(UUID().uuidString).db").path
        let store = try Store(path: path)
        try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
        let before = try store.version()
        let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
        let app = Application(responder: ServerResponder(router: LotsenAPI.buildRouter(store: store, guide: guide, clock: { mondayMorning })))
        try await app.test(.router) { client in
            try await post(client, #"{"text": "Vi behöver bygglov för en läktare"}"#) { #expect($0.status == .ok) }
        }
        #expect(try store.version() == before)
    }
}

@Suite struct GuideFreshnessTests {
    /// After an import the old answers keep coming at once while one background task reads the new catalogue;
    /// within moments the new premises are answered.
    @Test func anImportShowsInAnswersWithoutMakingAnyoneWait() async throws {
        let (store, guide) = try makeGuide()
        let question = Enquiry(text: "Kan vi hyra stora scenen på Barbacka?")
        #expect(try guide.answer(question, at: mondayMorning).premises.first?.id == "barbacka-stora-scenen")
        try store.transaction { transaction in
            try transaction.put(Premises(id: "barbacka-stora-scenen-2", name: "Stora scenen 2", kind: "scen", venue: "Kulturhuset Barbacka"))
        }
        guide.refresh()
        // The answer that notices the change comes from the snapshot at hand; reading the new one starts beside it.
        #expect(try !guide.answer(question, at: mondayMorning).premises.contains { $0.id == "barbacka-stora-scenen-2" })
        var seen = false
        for _ in 0..<100 where !seen {
            // Answered from the snapshot at hand every time, the old one until the new one is read.
            seen = try guide.answer(question, at: mondayMorning).premises.contains { $0.id == "barbacka-stora-scenen-2" }
            if !seen { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(seen)
    }
}

@Suite struct PremisesNoteTests {
    /// A place the question names is shown as the catalogue writes it ("Åhus"), not in its folded form.
    @Test func theNoteNamesThePlaceAsWritten() throws {
        let (_, guide) = try makeGuide()
        let answer = try guide.answer(Enquiry(text: "Var kan vi hyra en lokal för 80 personer i Åhus?"), at: mondayMorning)
        #expect(answer.premisesNote?.sv == "Ingen sådan lokal i Åhus; visar hela kommunen.")
        #expect(answer.premises.allSatisfy { ($0.capacity ?? 0) >= 80 })
    }
}

/// A fresh default catalogue and a guide over it.
/// Direct answers that depend on how the question is worded, on the default catalogue.
@Suite struct DirectAnswerWordingTests {
    @Test(arguments: [
        ("Vi vill arrangera en hockeyturnering för U12 en helg i januari. Vilken hall kan vi boka?", "kristianstads-ishall"),
        ("Hockeyklubbens ungdomslag behöver istider för träning, hur bokar vi is i Kristianstad?", "kristianstads-ishall"),
        ("Ungdomsteatern har sålt 70 biljetter. Vilken scen med scenljus kan vi hyra?", "barbacka-stora-scenen"),
        // Equipment said not to be needed is no wish: the smaller stage without a lighting rig fits.
        ("Vi blir max 35 och behöver högtalare och ljudanläggning men ingen ljusrigg. Finns det något mindre rum på kulturhuset?", "barbacka-garaget"),
        ("Vi har startat en skridskoskola för barn och behöver tider på is. Hur bokar man?", "kristianstads-ishall"),
        // Routed to the association register, but it asks for ice time: premises all the same.
        ("Vi har precis registrerat vår nya förening i föreningsregistret. Nu behöver vi istider, var bokar vi dem?", "kristianstads-ishall"),
        // "Vilken anläggning" names no kind; "inte ett vanligt mötesrum" wishes for none.
        ("Vi vill starta en skridskoskola och konståkning för barn och behöver istider med tillgång till omklädningsrum. Vilken anläggning är det som gäller?", "kristianstads-ishall"),
        ("Jag leder en bildgrupp för barn som ska måla och hålla på med lera. Vi söker en lokal för bildskapande, inte ett vanligt mötesrum. Vad kan vi hyra?", "barbacka-ateljen"),
        // Needing what only a place has asks for a place (answerable-5 e32, studied after scoring).
        ("Fotbolsföreningen behöver konstgräs för vårträningarna, gärna med omklädningsrum, inne i Kristianstad (inte Åhus). Vi är registrerad förening.", "kristianstads-arenaomrade"),
        // A place said not to be wanted rules its premises out.
        ("Friidrottsklubben behöver löparbanor och omklädningsrum för träning inne i Kristianstad stad, inte ute i Åhus. Var kan vi boka tider?", "kristianstads-arenaomrade"),
    ])
    func premisesFromCompoundsAndAudiences(_ question: String, _ premises: String) throws {
        let (_, guide) = try makeGuide()
        #expect(try guide.answer(Enquiry(text: question), at: mondayMorning).premises.first?.id == premises)
    }

    @Test(arguments: [
        ("Scoutkåren hyr ett kansli i stan. Kan kommunen stå för en del av hyran?", "hyresbidrag"),
        ("Vi har startat läxhjälp för ukrainska familjer som flytt. Vad kan vi söka?", "foreningsbidrag-ukraina"),
        ("Padelsektionen vill prova något nytt i ett år, kan vi få projektpengar?", "projektbidrag-fritid"),
        ("Vi får redan driftbidrag för klubbhuset men vill byta till bergvärme och sätta upp solceller. Finns det stöd?", "energieffektiviseringsbidrag"),
        ("Vilka föreningar får driftbidrag?", "driftbidrag"),
    ])
    func grantsForACostToCarryOrAPeopleNamedByAnotherEnding(_ question: String, _ grant: String) throws {
        let (_, guide) = try makeGuide()
        #expect(try guide.answer(Enquiry(text: question), at: mondayMorning).grants.first?.id == grant)
    }
}

/// Choosing between grants that share words, by what the question says of the asker's situation.
@Suite struct GrantChoiceTests {
    @Test(arguments: [
        // Owning the place rules out a grant for renting one.
        ("Hej, vi i ridklubben äger vårt stall och ridhus och har fått höra att man kan få tillbaka en del av kostnaderna för el, vatten och försäkring. När är sista ansökningsdag?", "driftbidrag"),
        ("Vi är en bridgeklubb som hyr en lokal av ett privat fastighetsbolag. Kan kommunen ersätta en del av det vi betalar i hyra?", "hyresbidrag"),
        // "Vi hyr alltså ingenting": renting said not to happen names no grant for renting (answerable-5 e10, studied after scoring).
        ("Hej kommunen. Vi är en fiske- och friluftsförening som äger en stuga med brygga ute vid sjön. Vi har ett banklån på stugan, betalar arrende för marken och så el, värme, sophämtning och försäkring. Vi har ett 20-tal träffar om året, fisketurer, vandringar osv. Vi hyr alltså ingenting, vi äger själva. Finns det ett årligt bidrag till de löpande kostnaderna för en sån anläggning?", "driftbidrag"),
        // A grant for one or two audiences is about them; one listing six kinds of activity is about none in particular.
        ("Hej! Jag sitter i styrelsen för en SPF-förening. Vi vill ordna sångeftermiddagar och föreläsningar för våra äldre medlemmar. Finns det något bidrag för sådant?", "foreningsbidrag-omsorgen"),
        // The asker's own board and registration say nothing of what the money is for.
        ("Vi ordnar träffar och fika för medlemmar med funktionsnedsättning, de flesta är över 65. Vilket bidrag kan vi söka? Vi är registrerade i Rbok sen tidigare.", "foreningsbidrag-omsorgen"),
        // What the question says it does not ask for is no evidence; a cost in a compound ("artistarvodet") asks for money.
        ("Jazzklubben vill bjuda in en kvartett till en offentlig konsert i mars och behöver hjälp med artistarvodet. Vi söker inte för hela årets verksamhet, bara för den här konserten.", "arrangorsstod-kultur"),
        ("Vi är en förening för vuxna med synnedsättning och ordnar medlemsträffar och utflykter. Alla är över 30 så det är inga barn eller ungdomar. Vilket bidrag kan vi söka?", "foreningsbidrag-omsorgen"),
        // Getting part of a cost back asks for money.
        ("tjena, vår dansförening för tjejer 10–19 år (ca 40 betalande medlemmar) har flyttat in i en källarlokal i Tollarp som vi har kontrakt på sen i hösats. Vi tränar där varje vecka. Kan vi få tillbaka en procentdel av årskostnaden för lokalen, vattnet och sophämtningen? Vi redovisade drygt 600 deltagartillfällen förra året.", "hyresbidrag"),
        // Regular, yearly work is what a grant for "regelbunden, långsiktig verksamhet" is for.
        ("Vi är en amatörteaterförening som sätter upp egna föreställningar varje år. Kan vi söka ett årligt bidrag till den löpande verksamheten?", "verksamhetsbidrag-kultur"),
    ])
    func theAskersSituationChoosesTheGrant(_ question: String, _ grant: String) throws {
        let (_, guide) = try makeGuide()
        #expect(try guide.answer(Enquiry(text: question), at: mondayMorning).grants.first?.id == grant)
    }
}

private func makeGuide() throws -> (Store, EnquiryGuide) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-guide-\(UUID().uuidString).db").path
    let store = try Store(path: path)
    try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
    let guide = try EnquiryGuide(
        store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: path), catalogue: store),
        routingFile: root.appendingPathComponent("seed/routing.json"))
    return (store, guide)
}
