import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import LotsenStore
import Testing

@Suite struct PublicPagesTests {
    @Test func everyPageIsSwedishHTMLWithLandmarksAndSecurityHeaders() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            for path in ["/", "/lokaler", "/lokaler/barbacka-stora-scenen", "/bidrag", "/bidrag/aktivitetsstod", "/kalender", "/kontakt", "/personal/logga-in"] {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.body.hasPrefix("<!doctype html>\n<html lang=\"sv\">"), "\(path)")
                for landmark in ["<header", "<nav class=\"site-nav\" aria-label=\"Huvudmeny\"", "<main id=\"main\"", "<footer", "<h1>", "href=\"#main\""] {
                    #expect(page.body.contains(landmark), "\(path) lacks \(landmark)")
                }
                let policy = try #require(page.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
                // No inline script or style anywhere: the policy would block it.
                #expect(!page.body.contains("<script>") && !page.body.contains("style=") && !page.body.contains("<style"), "\(path)")
            }
        }
    }

    @Test func premisesSearchFiltersByCapacityKindAndFacilityAndKeepsTheFiltersInTheURL() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let all = try await browser.get("/lokaler")
            #expect(all.body.contains("10 lokaler"))
            #expect(all.body.contains("<a href=\"/lokaler/barbacka-ateljen\">Ateljén</a>"))
            #expect(all.body.contains("cirka 15 (uppskattat)"))
            #expect(all.body.contains("50 kr/timme"))

            let big = try await browser.get("/lokaler?min_capacity=50&kind=scen")
            #expect(big.status == .ok)
            #expect(big.body.contains("2 lokaler"))
            #expect(big.body.contains("Stora scenen") && big.body.contains("Lilla scenen") && !big.body.contains(">Garaget<"))
            // The form shows what was chosen.
            #expect(big.body.contains(#"id="min_capacity" name="min_capacity" value="50""#))
            #expect(big.body.contains(#"<option value="scen" selected>"#))

            let lights = try await browser.get("/lokaler?facility=ljusrigg&facility=scen")
            #expect(lights.body.contains("2 lokaler"))
            #expect(lights.body.contains(#"value="ljusrigg" id="facility-"#) && lights.body.contains("checked"))

            let cheap = try await browser.get("/lokaler?max_price=60")
            #expect(cheap.body.contains("Ateljén") && !cheap.body.contains("Stora scenen"))
        }
    }

    @Test func aBadFilterValueIsShownAtItsFieldInsteadOfFailingTheSearch() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/lokaler?min_capacity=m%C3%A5nga&kind=slott")
            #expect(page.status == .badRequest)
            #expect(page.body.contains(#"class="error-summary" role="alert""#))
            #expect(page.body.contains(##"<a href="#min_capacity">Antal personer måste vara ett heltal"##))
            #expect(page.body.contains(#"aria-describedby="min_capacity-error" aria-invalid="true""#))
            #expect(page.body.contains(#"<p class="field-error" id="kind-error">Okänt val"#))
            // The rest of the search still runs.
            #expect(page.body.contains("10 lokaler"))
        }
    }

    /// schema.org JSON-LD on a premises page: a CivicStructure with capacity and features, an Offer per price.
    @Test func premisesPageCarriesStructuredData() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/lokaler/barbacka-stora-scenen")
            let start = try #require(page.body.range(of: "<script type=\"application/ld+json\">"))
            let end = try #require(page.body[start.upperBound...].range(of: "</script>"))
            let json = try #require(JSONSerialization.jsonObject(with: Data(page.body[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
            #expect(json["@context"] as? String == "https://schema.org")
            let graph = try #require(json["@graph"] as? [[String: Any]])
            let place = try #require(graph.first { $0["@type"] as? String == "CivicStructure" })
            #expect(place["name"] as? String == "Stora scenen" && place["maximumAttendeeCapacity"] as? Int == 150)
            #expect((place["amenityFeature"] as? [[String: Any]])?.isEmpty == false)
            let offers = graph.filter { $0["@type"] as? String == "Offer" }
            #expect(!offers.isEmpty && offers.allSatisfy { $0["priceCurrency"] as? String == "SEK" && $0["price"] is Double })
        }
    }

    @Test func premisesDetailShowsPricesBookingAndSource() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/lokaler/barbacka-stora-scenen")
            #expect(page.body.contains("<h1>Stora scenen</h1>"))
            #expect(page.body.contains("<h2>Så bokar du</h2>"))
            #expect(page.body.contains("href=\"mailto:barbacka@kristianstad.se\""))
            #expect(page.body.contains("Uppgifterna kommer från"))
            #expect(page.body.contains("Senast uppdaterad"))
            #expect(page.body.contains("<th scope=\"col\">Taxa</th>"))
            let missing = try await browser.get("/lokaler/finns-inte")
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("<h1>Sidan finns inte</h1>"))
        }
    }

    @Test func grantsShowTheNextDeadlineAndTheVerbatimText() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let list = try await browser.get("/bidrag?category=lokaler")
            #expect(list.body.contains("Driftbidrag") && list.body.contains("Hyresbidrag") && !list.body.contains("Kulturnattsbidrag"))
            #expect(list.body.contains("15 februari 2027"))
            #expect(list.body.contains("Sista ansökningsdag: 15 februari"))
            let detail = try await browser.get("/bidrag/aktivitetsstod")
            #expect(detail.body.contains("<h1>Aktivitetsstöd, kommunalt</h1>"))
            #expect(detail.body.contains("”Sista ansökningsdag är 25 februari och 25 augusti.”"))
            #expect(detail.body.contains("<li>25 februari 2027"))
            #expect(detail.body.contains("<li>25 augusti 2027"))
            let rolling = try await browser.get("/bidrag/arrangorsstod-kultur")
            #expect(rolling.body.contains("Söks löpande under året."))
        }
    }

    @Test func theCalendarListsMonthsMarksProjectedDatesAndLinksTheFeedWithTheSameFilters() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/kalender?applicant=forening&type=deadline")
            #expect(page.body.contains(#"<h2 id="m24325">Februari 2027</h2>"#))
            #expect(page.body.contains("Sista ansökningsdag: <a href=\"/bidrag/aktivitetsstod\">Aktivitetsstöd, kommunalt</a>"))
            #expect(page.body.contains("<span class=\"when\">25 februari 2027</span>"))
            // A round the municipality has not published yet is marked as projected.
            #expect(page.body.contains("<a href=\"/bidrag/kulturnattsbidrag\">Kulturnattsbidrag</a> <span class=\"badge projected\""))
            #expect(page.body.contains(">beräknat</span>"))
            #expect(page.body.contains(#"href="/v1/calendar.ics?applicant=forening&amp;type=deadline""#))
            #expect(page.body.contains("webcal://"))
            #expect(page.body.contains("<h2 id=\"undated\">Utan fast datum</h2><ol><li><span class=\"when\">Söks löpande</span><div><a href=\"/bidrag/arrangorsstod-kultur\">"))
            // Events are left out when only deadlines are asked for.
            let all = try await browser.get("/kalender")
            #expect(all.body.count > page.body.count)
        }
    }

    @Test func theSubscriptionCarriesTheChosenReminderAndWorkingDaysAsWebcalAndByAddress() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/kalender?applicant=forening&remind=7&working=1")
            let feed = "/v1/calendar.ics?applicant=forening&amp;remind_days=7&amp;working_days=true"
            #expect(page.body.contains("href=\"webcal://localhost\(feed)\""))
            #expect(page.body.contains("value=\"http://localhost\(feed)\" readonly"))
            #expect(page.body.contains("<option value=\"7\" selected>7 dagar före</option>"))
            #expect(page.body.contains("value=\"1\" id=\"working-0\" checked>"))
            // The filters ride along in the subscription form.
            #expect(page.body.contains("<input type=\"hidden\" name=\"applicant\" value=\"forening\">"))
            // A reminder the page does not offer is not passed on.
            let odd = try await browser.get("/kalender?remind=999")
            #expect(!odd.body.contains("remind_days"))
            // Behind a TLS proxy (or on a public host) the address is https.
            let proxied = try await client.execute(uri: "/kalender", method: .get, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"], body: nil)
            #expect(String(buffer: proxied.body).contains("value=\"https://localhost/v1/calendar.ics\" readonly"))
        }
    }

    @Test func englishIsOneClickAwayAndRemembered() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let swedish = try await browser.get("/lokaler?kind=scen")
            #expect(swedish.body.contains(#"<a class="language-switch" href="/lokaler?kind=scen&amp;lang=en" lang="en" hreflang="en">In English</a>"#))
            let english = try await browser.get("/lokaler?kind=scen&lang=en")
            #expect(english.body.contains("<html lang=\"en\">"))
            #expect(english.body.contains("<h1>Premises to rent or borrow</h1>"))
            #expect(english.headers[.contentLanguage] == "en")
            #expect(browser.jar.cookies["lang"] == "en")
            // The choice sticks without the parameter.
            let calendar = try await browser.get("/kalender")
            #expect(calendar.body.contains("<h1>Grant calendar</h1>"))
            #expect(calendar.body.contains("February 2027"))
        }
    }

    @Test func hostileInputInTheQueryIsEscapedEverywhere() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let attack = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E"
            for path in ["/lokaler?q=\(attack)", "/bidrag?q=\(attack)", "/lokaler?district=\(attack)", "/kalender?applicant=\(attack)", "/lokaler?kind=\(attack)&lang=en"] {
                let page = try await browser.get(path)
                #expect(!page.body.contains("<script>alert"), "\(path)")
                #expect(!page.body.contains("<img src=x"), "\(path)")
                #expect(!page.body.contains("\"><img"), "\(path)")
            }
            let echoed = try await browser.get("/lokaler?q=\(attack)")
            #expect(echoed.body.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\""))
        }
    }

    @Test func theStylesheetIsServedWithLongCachingWhenFingerprinted() async throws {
        let store = try makeStore()
        try await makeApp(store).test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/")
            let range = try #require(page.body.range(of: #"/static/lotsen\.css\?v=[0-9a-f]{12}"#, options: .regularExpression))
            let url = String(page.body[range])
            let css = try await browser.get(url)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(css.body.contains(":focus-visible"))
            let etag = try #require(css.headers[.eTag])
            try await client.execute(uri: url, method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/static/other.css", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
