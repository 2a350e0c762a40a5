import Foundation
import HummingbirdTesting
import LotsenModel
import LotsenStore
import Testing

/// The staff editing pages, samverkan and what's new (issue 18).
@Suite struct EditPagesTests {
    private func version(in html: String) throws -> String {
        let range = try #require(html.range(of: #"name="version" value="([0-9a-f]{16})""#, options: .regularExpression))
        return String(html[range].dropFirst(#"name="version" value=""#.count).dropLast())
    }

    @Test func anEditorCorrectsACapacityAndAStaleFormIsRefused() async throws {
        let store = try makeStore()
        let staff = try store.personal.createToken(name: "Per", role: .staff).secret
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        let id = try #require(try store.allPremises().first { $0.item.withdrawnAt == nil }).item.id
        try await makeApp(store).test(.router) { client in
            var plain = Browser(client)
            try await plain.get("/personal/logga-in")
            try await plain.post("/personal/logga-in", [("token", staff)])
            #expect(try await plain.get("/personal/redigera/lokaler?id=\(id)").status == .forbidden)

            var eva = Browser(client)
            try await eva.get("/personal/logga-in")
            try await eva.post("/personal/logga-in", [("token", editor)])
            #expect(try await eva.get("/personal").body.contains("/personal/redigera"))
            let form = try await eva.get("/personal/redigera/lokaler?id=\(id)")
            #expect(form.status == .ok)
            let read = try version(in: form.body)
            let name = try #require(try store.premises(id: id)).item.name
            let saved = try await eva.post("/personal/redigera/lokaler?id=\(id)", [("version", read), ("name", name), ("capacity", "33")])
            #expect(saved.status == .seeOther)
            #expect(try store.premises(id: id)?.item.capacity == 33)
            let audited = try store.auditTrail(.premises, id: id)
            #expect(audited.map(\.field) == ["capacity"], "\(audited)")
            // The same form sent again is based on the old version: refused, nothing changes.
            let stale = try await eva.post("/personal/redigera/lokaler?id=\(id)", [("version", read), ("name", name), ("capacity", "99")])
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("Någon annan har ändrat posten"))
            #expect(try store.premises(id: id)?.item.capacity == 33)
        }
    }

    @Test func anEditorAddsAnIOPAgreementAndItShowsOnSamverkan() async throws {
        let store = try makeStore()
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        try await makeApp(store).test(.router) { client in
            var eva = Browser(client)
            try await eva.get("/personal/logga-in")
            try await eva.post("/personal/logga-in", [("token", editor)])
            try await eva.get("/personal/redigera/iop?ny=1")
            let saved = try await eva.post("/personal/redigera/iop?ny=1", [
                ("version", ""), ("id", "laxhjalpen"), ("name", "Läxhjälp i Gamlegården"), ("parties", "Kristianstads kommun\nRöda Korset Kristianstad"),
                ("purpose", "Läxhjälp för barn i årskurs 4–9"), ("period_from", "2027-01-01"), ("period_to", "2028-12-31"), ("unit_id", "barn-och-utbildning"), ("url", ""),
            ])
            #expect(saved.status == .seeOther)
            let agreement = try #require(try store.iopAgreements().first)
            #expect(agreement.parties == ["Kristianstads kommun", "Röda Korset Kristianstad"] && agreement.periodTo == LocalDate(year: 2028, month: 12, day: 31))
            let page = try await eva.get("/samverkan")
            #expect(page.body.contains("Läxhjälp i Gamlegården") && page.body.contains("Barn- och utbildningsförvaltningen"))
            let form = try await eva.get("/personal/redigera/iop?id=laxhjalpen")
            #expect(form.body.contains("Eva") && form.body.contains("purpose"))  // the change history names who made it
        }
    }

    @Test func anEditorAddsPremisesWithdrawsAndRestoresThem() async throws {
        let store = try makeStore()
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        try await makeApp(store).test(.router) { client in
            var eva = Browser(client)
            try await eva.get("/personal/logga-in")
            try await eva.post("/personal/logga-in", [("token", editor)])
            try await eva.get("/personal/redigera/lokaler?ny=1")
            let added = try await eva.post("/personal/redigera/lokaler?ny=1", [
                ("version", ""), ("id", "bygdegarden-vanneberga"), ("kind", "samlingslokal"), ("owner_unit_id", ""),
                ("name", "Bygdegården Vanneberga"), ("capacity", "80"), ("description", "Stor sal med kök"),
            ])
            #expect(added.status == .seeOther)
            #expect(try store.premises(id: "bygdegarden-vanneberga")?.item.capacity == 80)
            let form = try await eva.get("/personal/redigera/lokaler?id=bygdegarden-vanneberga")
            try await eva.post("/personal/redigera/lokaler?id=bygdegarden-vanneberga", [("version", try version(in: form.body)), ("action", "withdraw")])
            #expect(try store.premises(id: "bygdegarden-vanneberga")?.item.withdrawnAt != nil)
            let withdrawn = try await eva.get("/personal/redigera/lokaler?id=bygdegarden-vanneberga")
            #expect(withdrawn.body.contains("Återställ"))
            try await eva.post("/personal/redigera/lokaler?id=bygdegarden-vanneberga", [("version", try version(in: withdrawn.body)), ("action", "restore")])
            #expect(try store.premises(id: "bygdegarden-vanneberga")?.item.withdrawnAt == nil)
        }
    }

    @Test func aClosedDayIsEnteredForAUnit() async throws {
        let store = try makeStore()
        let editor = try store.personal.createToken(name: "Eva", role: .editor).secret
        try await makeApp(store).test(.router) { client in
            var eva = Browser(client)
            try await eva.get("/personal/logga-in")
            try await eva.post("/personal/logga-in", [("token", editor)])
            let page = try await eva.get("/personal/redigera/enheter?id=medborgarcenter")
            let saved = try await eva.post("/personal/redigera/enheter?id=medborgarcenter",
                                           [("version", try version(in: page.body)), ("date", "2026-12-24"), ("note", "Julafton")])
            #expect(saved.status == .seeOther)
            let unit = try #require(try store.unit(id: "medborgarcenter"))
            #expect(unit.channels.compactMap(\.hours).allSatisfy { $0.exceptions.contains { $0.date == LocalDate(year: 2026, month: 12, day: 24) && $0.intervals.isEmpty } })
            #expect(try await eva.get("/personal/redigera/enheter?id=medborgarcenter").body.contains("Julafton"))
            // Times that cannot be read are an error, never a closed day.
            let again = try await eva.get("/personal/redigera/enheter?id=medborgarcenter")
            let unreadable = try await eva.post("/personal/redigera/enheter?id=medborgarcenter",
                                                [("version", try version(in: again.body)), ("date", "2026-12-10"), ("opens", "9"), ("closes", "15")])
            #expect(unreadable.status == .conflict || unreadable.status == .unprocessableContent)
            #expect(try store.unit(id: "medborgarcenter")?.channels.compactMap(\.hours).allSatisfy { !$0.exceptions.contains { $0.date == LocalDate(year: 2026, month: 12, day: 10) } } == true)
            let withSeconds = try await eva.post("/personal/redigera/enheter?id=medborgarcenter",
                                                 [("version", try version(in: again.body)), ("date", "2026-12-10"), ("opens", "10:00:00"), ("closes", "14:00")])
            #expect(withSeconds.status == .seeOther)
            // The weekly hours: Monday shortened, with a lunch break; an unreadable day is refused.
            let weekly = try await eva.get("/personal/redigera/enheter?id=medborgarcenter")
            let range = try #require(weekly.body.range(of: #"name="hours-[0-9]+-1""#, options: .regularExpression))
            let channel = try #require(Int(weekly.body[range].dropFirst(#"name="hours-"#.count).prefix { $0.isNumber }))
            let bad = try await eva.post("/personal/redigera/enheter?id=medborgarcenter",
                                         [("version", try version(in: weekly.body)), ("action", "weekly"), ("hours-\(channel)-1", "nio till fem")])
            #expect(bad.status == .unprocessableContent && bad.body.contains("nio till fem"))
            let good = try await eva.post("/personal/redigera/enheter?id=medborgarcenter",
                                          [("version", try version(in: weekly.body)), ("action", "weekly"), ("hours-\(channel)-1", "08:00–12:00, 13:00-16.30")])
            #expect(good.status == .seeOther)
            let monday = try #require(try store.unit(id: "medborgarcenter")?.channels[channel].hours?.regular.filter { $0.weekday == 1 })
            #expect(monday.map { "\($0.opens)–\($0.closes)" } == ["08:00–12:00", "13:00–16:30"])
        }
    }

    @Test(arguments: [
        ("/samverkan", "Peter Wadbro"), ("/samverkan", "Självständighet och oberoende"), ("/samverkan?lang=en", "The steering group"),
        ("/samverkan/iop", "Är IOP rätt för er idé?"),
        ("/samverkan/iop?initiativ=ja&plan=ja&allmannytta=ja&utanfor-bidrag=ja&sjalvstandig=ja&ingen-marknad=nej&medfinansiering=ja&ingen-detaljstyrning=ja&langsiktig=ja",
         "lagen om offentlig upphandling"),
        ("/nytt", "Inget har ändrats än."),
    ])
    func publicPagesShow(path: String, expected: String) async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.body.contains(expected), "\(path)")
        }
    }
}
