import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenModel
import LotsenStore
import Testing

@Suite struct ContactPageTests {
    @Test func aQuestionGetsAReferenceTheUnitOpenNowAndDirectAnswers() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let form = try await browser.get("/kontakt")
            #expect(form.status == .ok)
            #expect(form.headers[.cacheControl] == "no-store")
            #expect(browser.formToken != nil)
            #expect(browser.jar.attributes["lotsen_form"]?.isSuperset(of: ["httponly", "secure", "samesite=strict"]) == true)
            #expect(form.body.contains(#"<label for="text">Din fråga (obligatorisk)</label>"#))
            #expect(form.body.contains(#"<script src="/static/kontakt.js?v="#))

            let sent = try await browser.post("/kontakt", [
                ("text", "Vi är en idrottsförening och vill söka aktivitetsstöd för våra barn- och ungdomsgrupper"),
                ("name", "Anna Andersson"), ("email", "anna@example.se"), ("organisation_number", "8024001235"), ("topic", ""),
            ])
            #expect(sent.status == .seeOther)
            let location = try #require(sent.headers[.location])
            #expect(location.hasPrefix("/kontakt/tack/KRS-2026-000001?kvitto="))

            let receipt = try await browser.get(location)
            #expect(receipt.status == .ok)
            #expect(receipt.headers[.cacheControl] == "no-store")
            #expect(receipt.body.contains("<strong>KRS-2026-000001</strong>"))
            #expect(receipt.body.contains("Frågan går till <strong>Kultur- och fritidsförvaltningen</strong>"))
            #expect(receipt.body.contains("<a href=\"mailto:fritid@kristianstad.se\">fritid@kristianstad.se</a>"))
            // Kultur och fritid has no phone hours, so Medborgarcenter's are offered too.
            #expect(receipt.body.contains("Vill du prata med någon direkt? Kontakta <strong>Medborgarcenter</strong>."))
            #expect(receipt.body.contains("<span class=\"badge open\">Öppet nu</span> stänger kl. 17:00"))
            #expect(receipt.body.contains("<a href=\"/bidrag/aktivitetsstod\">Aktivitetsstöd, kommunalt</a> – sista ansökningsdag 25 februari 2027"))
            // The receipt holds no personal data.
            #expect(!receipt.body.contains("anna@example.se") && !receipt.body.contains("Anna Andersson"))

            let stored = try #require(try store.personal.enquiry(reference: "KRS-2026-000001"))
            #expect(stored.channel == "web" && stored.person.organisationNumber == "802400-1235" && stored.assignedUnit == "kultur-och-fritid")

            // A question nobody in particular owns goes to Medborgarcenter, open on a Monday morning.
            let general = try await browser.post("/kontakt", [("text", "Hej, jag undrar en sak")])
            let fallback = try await browser.get(try #require(general.headers[.location]))
            #expect(fallback.body.contains("<strong>Medborgarcenter</strong> tar emot frågan och lotsar den till rätt ställe."))
            #expect(fallback.body.contains("<span class=\"badge open\">Öppet nu</span> stänger kl. 17:00"))

            // Another browser (or someone guessing references) cannot open the receipt.
            var stranger = Browser(client)
            #expect(try await stranger.get(location).status == .notFound)
            #expect(try await stranger.get("/kontakt/tack/KRS-2026-000001").status == .notFound)
        }
    }

    @Test func afterClosingTheReceiptSaysWhenMedborgarcenterOpensAgain() async throws {
        let store = try makeStore()
        // Friday 27 November 2026, 18:00 in Stockholm.
        let fridayEvening = Date(timeIntervalSince1970: 1_795_798_800)
        try await makeApp(store, clock: { fridayEvening }).test(.router) { client in
            var browser = Browser(client)
            try await browser.get("/kontakt")
            let sent = try await browser.post("/kontakt", [("text", "Hej, jag undrar en sak")])
            let receipt = try await browser.get(try #require(sent.headers[.location]))
            #expect(receipt.body.contains("<span class=\"badge closed\">Stängt</span> öppnar måndag 30 november 2026 kl. 08:00"))
        }
    }

    @Test func mistakesAreShownAtTheirFieldsAndWhatWasTypedIsKept() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            try await browser.get("/kontakt")
            let page = try await browser.post("/kontakt", [("text", "  "), ("email", "anna(at)example.se"), ("organisation_number", "802400-1234"), ("name", "Anna")])
            #expect(page.status == .badRequest)
            #expect(page.body.contains(##"<li><a href="#text">Skriv din fråga.</a></li>"##))
            #expect(page.body.contains(#"<p class="field-error" id="email-error">Skriv en e-postadress"#))
            #expect(page.body.contains(#"aria-describedby="email-hint email-error" aria-invalid="true""#))
            #expect(page.body.contains(#"id="organisation_number-error">Organisationsnumret har tio siffror"#))
            #expect(page.body.contains(#"name="email" value="anna(at)example.se""#))
            #expect(page.body.contains(#"name="name" value="Anna""#))
            #expect(try store.personal.enquiries().total == 0)
        }
    }

    @Test func aFormWithoutAValidTokenIsRefusedAndNothingIsStored() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            let question = [("text", "Var kan vi hyra en lokal för 80 personer?")]
            // No cookie and no token: a post from another site.
            var forger = Browser(client)
            let forged = try await forger.post("/kontakt", question)
            #expect(forged.status == .forbidden)
            #expect(forged.body.contains("<h1>Formuläret kunde inte skickas</h1>"))
            // A cookie of its own but a made-up token.
            try await forger.get("/kontakt")
            #expect(try await forger.post("/kontakt", question, csrf: String(repeating: "a", count: 64)).status == .forbidden)
            // A token taken from another browser does not fit this browser's cookie.
            var victim = Browser(client)
            try await victim.get("/kontakt")
            #expect(try await forger.post("/kontakt", question, csrf: victim.formToken).status == .forbidden)
            // Not form-encoded.
            try await client.execute(uri: "/kontakt", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            #expect(try store.personal.enquiries().total == 0)
            // The victim's own post still works.
            #expect(try await victim.post("/kontakt", question).status == .seeOther)
            #expect(try store.personal.enquiries().total == 1)
        }
    }

    @Test func aScriptInTheQuestionIsShownAsText() async throws {
        let store = try makeStore()
        let staff = try store.personal.createToken(name: "Eva, Medborgarcenter", role: .staff).secret
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            try await browser.get("/kontakt")
            let hostile = "<script>alert('lokal')</script> Hur bokar vi <b>Stora scenen</b>?"
            let sent = try await browser.post("/kontakt", [("text", hostile), ("name", "<img src=x onerror=alert(1)>")])
            let receipt = try await browser.get(try #require(sent.headers[.location]))
            #expect(!receipt.body.contains("<script>alert") && !receipt.body.contains("<b>Stora"))
            #expect(receipt.body.contains("&lt;script&gt;alert(&#39;lokal&#39;)&lt;/script&gt; Hur bokar vi &lt;b&gt;Stora scenen&lt;/b&gt;?"))
            // The same text in the staff pages.
            var staffBrowser = Browser(client)
            try await staffBrowser.get("/personal/logga-in")
            try await staffBrowser.post("/personal/logga-in", [("token", staff)])
            let queue = try await staffBrowser.get("/personal")
            let enquiry = try await staffBrowser.get("/personal/arenden/KRS-2026-000001")
            for page in [queue.body, enquiry.body] {
                #expect(!page.contains("<script>alert") && !page.contains("<img src=x"))
            }
            #expect(enquiry.body.contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test func anOversizeFormIsRefused() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            try await browser.get("/kontakt")
            let page = try await browser.post("/kontakt", [("text", String(repeating: "lokal ", count: 8_000))])
            #expect(page.status == .contentTooLarge)
            #expect(try store.personal.enquiries().total == 0)
        }
    }
}

@Suite struct StaffPagesTests {
    @Test func staffPagesRefuseVisitorsWithoutAValidSession() async throws {
        let store = try makeStore()
        let revoked = try store.personal.createToken(name: "Slutat", role: .staff)
        try store.personal.revokeToken(id: revoked.token.id)
        let valid = try store.personal.createToken(name: "Eva", role: .staff)
        try await makeApp(store).test(.router) { client in
            var visitor = Browser(client)
            for path in ["/personal", "/personal/arenden/KRS-2026-000001"] {
                let page = try await visitor.get(path)
                #expect(page.status == .seeOther && page.headers[.location] == "/personal/logga-in", "\(path)")
            }
            // A forged session cookie or a revoked token is no session.
            try await client.execute(uri: "/personal", method: .get, headers: [.cookie: "lotsen_staff=lotsen_0000"]) { response in
                #expect(response.status == .seeOther)
            }
            // Nor is a staff token itself, valid or revoked: only a session opened by signing in is.
            for secret in [revoked.secret, valid.secret] {
                try await client.execute(uri: "/personal", method: .get, headers: [.cookie: "lotsen_staff=\(secret)"]) { response in
                    #expect(response.status == .seeOther)
                }
            }
            // Signing in with a wrong or revoked token fails at the field.
            try await visitor.get("/personal/logga-in")
            let wrong = try await visitor.post("/personal/logga-in", [("token", "lotsen_gissat")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains(#"id="token-error">Nyckeln är okänd eller återkallad."#))
            #expect(try await visitor.post("/personal/logga-in", [("token", revoked.secret)]).status == .unauthorized)
            #expect(visitor.jar.cookies["lotsen_staff"] == nil)
            // Signing in needs the form token too.
            #expect(try await visitor.post("/personal/logga-in", [("token", revoked.secret)], csrf: "0").status == .forbidden)
        }
    }

    @Test func staffSignInWorkTheQueueReassignAndSignOut() async throws {
        let store = try makeStore()
        let staff = try store.personal.createToken(name: "Eva, Medborgarcenter", role: .staff)
        _ = try store.personal.createEnquiry(NewEnquiry(text: "Vi vill bygga en brygga vid ån för kanotklubben", person: .init(name: "Anna", email: "anna@example.se")), routedUnit: "bygg", confidence: 0.8, at: mondayMorning)
        _ = try store.personal.createEnquiry(NewEnquiry(text: "Hur söker vi föreningsbidrag?"), routedUnit: "kultur-och-fritid", confidence: 0.9, at: mondayMorning)
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            try await browser.get("/personal/logga-in")
            let signedIn = try await browser.post("/personal/logga-in", [("token", staff.secret)])
            #expect(signedIn.status == .seeOther && signedIn.headers[.location] == "/personal")
            #expect(browser.jar.attributes["lotsen_staff"]?.isSuperset(of: ["httponly", "secure", "samesite=strict", "path=/personal"]) == true)
            let session = try #require(browser.jar.cookies["lotsen_staff"])
            #expect(session.hasPrefix("session_") && !session.contains(staff.secret))

            let queue = try await browser.get("/personal")
            #expect(queue.status == .ok && queue.headers[.cacheControl] == "no-store")
            #expect(queue.body.contains("2 ärenden"))
            #expect(queue.body.contains("Inloggad som Eva, Medborgarcenter"))
            let filtered = try await browser.get("/personal?unit=bygg&status=routed")
            #expect(filtered.body.contains("1 ärenden") && filtered.body.contains("brygga") && !filtered.body.contains("föreningsbidrag?"))

            let page = try await browser.get("/personal/arenden/KRS-2026-000001")
            #expect(page.body.contains("<dd>anna@example.se</dd>"))
            #expect(page.body.contains(#"<label for="assigned_unit">Förvaltning</label>"#))

            // Reassign to C4 Teknik, forward, with a note.
            let changed = try await browser.post("/personal/arenden/KRS-2026-000001", [
                ("assigned_unit", "c4-teknik"), ("status", "forwarded"), ("note", "Bryggor vid ån sköts av C4"),
            ])
            #expect(changed.status == .seeOther && changed.headers[.location] == "/personal/arenden/KRS-2026-000001?sparat=1")
            let record = try #require(try store.personal.enquiry(reference: "KRS-2026-000001"))
            #expect(record.assignedUnit == "c4-teknik" && record.status == .forwarded)
            #expect(record.history.last?.actor == "Eva, Medborgarcenter")
            #expect(try store.personal.routingCorrections().map(\.correctedTo) == ["c4-teknik"])
            let after = try await browser.get("/personal/arenden/KRS-2026-000001?sparat=1")
            #expect(after.body.contains("Ändringen är sparad."))
            #expect(after.body.contains("Bryggor vid ån sköts av C4"))

            // A change without the form token is refused and changes nothing.
            let forged = try await browser.post("/personal/arenden/KRS-2026-000001", [("status", "closed")], csrf: "")
            #expect(forged.status == .forbidden)
            #expect(try store.personal.enquiry(reference: "KRS-2026-000001")?.status == .forwarded)

            // Signing out ends the session.
            let out = try await browser.post("/personal/logga-ut", [])
            #expect(out.status == .seeOther)
            #expect(browser.jar.cookies["lotsen_staff"] == nil)
            #expect(try await browser.get("/personal").status == .seeOther)
            // The old session cookie, replayed, is no longer a session: signing out ended it on the server.
            try await client.execute(uri: "/personal", method: .get, headers: [.cookie: "lotsen_staff=\(session)"]) { response in
                #expect(response.status == .seeOther)
            }
            // And a change posted after signing out (with a valid form token) does nothing.
            try await browser.get("/kontakt")
            #expect(try await browser.post("/personal/arenden/KRS-2026-000001", [("status", "closed")]).status == .seeOther)
            #expect(try store.personal.enquiry(reference: "KRS-2026-000001")?.status == .forwarded)
        }
    }
}
