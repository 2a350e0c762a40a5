import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenStore

/// `/lokaler`: one list of the premises associations can rent or borrow, with filters kept in the URL so a
/// search can be shared; `/lokaler/{id}`: one premises with its prices, booking and source.
extension WebPages {
    static let premisesPageSize = 20

    func premisesList(_ visit: Visit) throws -> Response {
        let t = visit.language
        let query = visit.query
        let filters = PremisesFilters(value: { query[$0] }, values: query.all)
        var errors = filters.problems.map { (field: $0.field, message: t($0.sv, $0.en)) }
        let vocabulary = try store.vocabulary()
        let tariffs = vocabulary.tariff
        let tariff = tariffs.contains { $0.code == filters.query.tariff } ? filters.query.tariff : tariffs.first?.code ?? "taxa1"
        let page = max(1, min(500, Int(query["sida"] ?? "") ?? 1))
        var search = filters.query
        search.tariff = tariff
        search.limit = Self.premisesPageSize
        search.offset = (page - 1) * Self.premisesPageSize
        search.relax = true
        let result: PremisesSearchResult
        do {
            result = try store.searchPremises(search)
        } catch let invalid as InvalidQuery {
            errors.append((invalid.parameter, t("Okänt val: ", "Unknown choice: ") + invalid.message))
            search.kind = nil
            search.facilities = []
            result = try store.searchPremises(search)
        }
        // Facets count the hits, so the district list of a filtered search comes from an unfiltered one.
        let unfiltered = search == PremisesQuery(tariff: search.tariff, limit: search.limit, offset: search.offset, relax: true)
        let all = unfiltered ? result : try store.searchPremises(PremisesQuery(limit: 1))
        let kinds = vocabulary.premisesKind.map { ($0.code, label($0, t)) }
        let districts = all.facets.district.map { ($0.value, $0.label) }
        let facilities = vocabulary.facility.map { ($0.code, label($0, t)) }

        let form: HTML = """
        <form class="filters" method="get" action="/lokaler" role="search" aria-label="\(t("Sök lokal", "Search premises"))">
        \(Field.errorSummary(errors, language: t))
        <div class="fields">
        \(Field.text("q", label: t("Sök", "Search"), value: query["q"], type: "search", hint: t("Namn, ort eller ord som ”scen” eller ”kök”", "Name, place or a word like “stage” or “kitchen”")))
        \(Field.text("min_capacity", label: t("Minst antal personer", "At least this many people"), value: query["min_capacity"], error: errors.first { $0.field == "min_capacity" }?.message, attributes: " inputmode=\"numeric\""))
        \(Field.select("district", label: t("Ort", "District"), options: districts, selected: query["district"], anyLabel: t("Alla orter", "All districts")))
        \(Field.select("kind", label: t("Typ av lokal", "Kind of premises"), options: kinds, selected: query["kind"], anyLabel: t("Alla typer", "All kinds"), error: errors.first { $0.field == "kind" }?.message))
        \(Field.text("max_price", label: t("Högsta pris per timme (kr)", "Maximum price per hour (SEK)"), value: query["max_price"], error: errors.first { $0.field == "max_price" }?.message, attributes: " inputmode=\"decimal\""))
        \(Field.select("tariff", label: t("Taxa", "Tariff"), options: tariffs.map { ($0.code, label($0, t)) }, selected: tariff, anyLabel: nil))
        \(Field.checkboxes("facility", legend: t("Utrustning", "Facilities"), options: facilities, checked: Set(query.all("facility"))))
        <div class="field wide"><label><input type="checkbox" name="accessible" value="1" id="accessible"\(HTML.flag("checked", query["accessible"] != nil))> \(t("Bara tillgängliga lokaler (stegfri entré och tillgänglig toalett)", "Accessible premises only (step-free entrance and accessible toilet)"))</label></div>
        </div>
        <div class="actions"><button type="submit">\(t("Sök", "Search"))</button><a href="/lokaler">\(t("Rensa filter", "Clear filters"))</a></div>
        </form>
        """
        let relaxedNotice = SearchNotice.relaxed(result.relaxed) { code in
            vocabulary.premisesKind.first { $0.code == code }.map { ($0.sv, $0.en) }
        }
        let items: [HTML] = result.hits.map { premisesCard($0.premises, vocabulary: vocabulary, tariff: tariff, t) }
        let shown = result.total == 0 ? t("Inga lokaler matchar sökningen.", "No premises match the search.")
            : t("\(result.total) lokaler", "\(result.total) premises") + (result.total > Self.premisesPageSize ? t(", sida \(page)", ", page \(page)") : "")
        var pager: [HTML] = []
        if page > 1 { pager.append("<a href=\"\(visit.pathAndQuery(setting: ["sida": String(page - 1)]))\" rel=\"prev\">\(t("Föregående sida", "Previous page"))</a>") }
        if page * Self.premisesPageSize < result.total { pager.append("<a href=\"\(visit.pathAndQuery(setting: ["sida": String(page + 1)]))\" rel=\"next\">\(t("Nästa sida", "Next page"))</a>") }
        let content: HTML = """
        <h1>\(t("Lokaler att hyra eller låna", "Premises to rent or borrow"))</h1>
        <p class="lead">\(t("Kommunens lokaler för föreningar och privatpersoner på ett ställe: samlingslokaler, idrottshallar, skolor och scener.", "The municipality's premises for associations and private persons in one place: meeting rooms, sports halls, schools and stages."))</p>
        \(form)
        <h2 id="results-heading" aria-live="polite">\(shown)</h2>
        \(relaxedNotice.map { "<p class=\"notice\" role=\"status\">\(t($0.sv, $0.en))</p>" } ?? HTML.empty)
        <ul class="results" aria-labelledby="results-heading">\(items)</ul>
        \(pager.isEmpty ? HTML.empty : "<nav class=\"pager\" aria-label=\"\(t("Sidor", "Pages"))\">\(pager)</nav>")
        """
        return visit.page(title: t("Lokaler", "Premises"), content, status: errors.isEmpty ? .ok : .badRequest)
    }

    private func premisesCard(_ stored: Stored<Premises>, vocabulary: Vocabulary, tariff: String, _ t: Language) -> HTML {
        let item = stored.item
        let price = item.prices.first { $0.tariff == tariff } ?? item.prices.first
        return """
        <li class="card"><h3><a href="/lokaler/\(item.id)">\(item.name)</a></h3>
        <dl class="facts">
        <dt>\(t("Typ", "Kind"))</dt><dd>\(label(vocabulary.premisesKind, item.kind, t))\(item.venue.map { HTML(", \($0)") })</dd>
        <dt>\(t("Ort", "District"))</dt><dd>\(item.address.district ?? "–")</dd>
        <dt>\(t("Antal personer", "Capacity"))</dt><dd>\(capacity(item, t))</dd>
        <dt>\(t("Pris", "Price"))</dt><dd>\(price.map { priceText($0, vocabulary: vocabulary, t) } ?? t("Fråga vid bokning", "Ask when booking"))</dd>
        <dt>\(t("Tillgänglighet", "Accessibility"))</dt><dd>\(accessibility(item.accessibility, t))</dd>
        <dt>\(t("Boka", "Booking"))</dt><dd>\(bookingLine(item.booking, t))</dd>
        </dl>
        \(facilityTags(item.facilities, vocabulary: vocabulary, t))
        </li>
        """
    }

    func premisesDetail(_ visit: Visit, id: String) throws -> Response {
        let t = visit.language
        guard let stored = try store.premises(id: id) else { throw WebError.notFound }
        let item = stored.item
        let vocabulary = try store.vocabulary()
        let prices: [HTML] = item.prices.map { price in
            "<tr><td>\(label(vocabulary.tariff, price.tariff, t))</td><td>\(priceText(price, vocabulary: vocabulary, t))</td><td>\(price.note)</td></tr>"
        }
        let rentable = [item.rentableBy.associations ? t("föreningar", "associations") : nil,
                        item.rentableBy.privatePersons ? t("privatpersoner", "private persons") : nil,
                        item.rentableBy.youth ? t("ungdomar", "young people") : nil].compactMap { $0 }
        let address = [item.address.street, [item.address.postalCode, item.address.district].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let content: HTML = """
        <p><a href="/lokaler">\(t("← Alla lokaler", "← All premises"))</a></p>
        <h1>\(item.name)</h1>
        \(item.withdrawnAt != nil ? HTML("<p class=\"notice\">\(t("Lokalen finns inte längre i kommunens förteckning.", "These premises are no longer in the municipality's listing."))</p>") : .empty)
        <p class="lead">\(item.description)</p>
        <dl class="facts">
        <dt>\(t("Typ", "Kind"))</dt><dd>\(label(vocabulary.premisesKind, item.kind, t))\(item.venue.map { HTML(", \($0)") })</dd>
        <dt>\(t("Adress", "Address"))</dt><dd>\(address.isEmpty ? "–" : address)</dd>
        <dt>\(t("Antal personer", "Capacity"))</dt><dd>\(capacity(item, t))</dd>
        \(item.areaSquareMetres.map { HTML("<dt>\(t("Yta", "Area"))</dt><dd>\(Self.number($0, t)) m²</dd>") })
        <dt>\(t("Tillgänglighet", "Accessibility"))</dt><dd>\(accessibility(item.accessibility, t))</dd>
        <dt>\(t("Kan hyras av", "Can be rented by"))</dt><dd>\(rentable.isEmpty ? "–" : rentable.joined(separator: ", "))</dd>
        </dl>
        <h2>\(t("Utrustning", "Facilities"))</h2>
        \(item.facilities.isEmpty ? HTML("<p>–</p>") : facilityTags(item.facilities, vocabulary: vocabulary, t))
        <h2>\(t("Priser", "Prices"))</h2>
        \(prices.isEmpty ? HTML("<p>\(t("Fråga vid bokning.", "Ask when booking."))</p>") : """
        <table><caption class="hint">\(t("Pris per taxa, inklusive moms där sådan gäller", "Price per tariff, VAT included where it applies"))</caption>
        <thead><tr><th scope="col">\(t("Taxa", "Tariff"))</th><th scope="col">\(t("Pris", "Price"))</th><th scope="col">\(t("Anmärkning", "Note"))</th></tr></thead>
        <tbody>\(prices)</tbody></table>
        """)
        <h2>\(t("Så bokar du", "How to book"))</h2>
        <p>\(bookingLine(item.booking, t))</p>
        \(item.booking.note.map { HTML("<p>\($0)</p>") })
        <h2>\(t("Källa", "Source"))</h2>
        <p>\(source(stored.provenance, t))</p>
        \(StructuredData.premises(item, path: "/lokaler/\(item.id)", vocabulary: vocabulary))
        """
        return visit.page(title: item.name, content)
    }

    // MARK: Pieces shared by the premises pages

    func label(_ term: Vocabulary.Term, _ t: Language) -> String { t == .sv ? term.sv : term.en }

    func label(_ terms: [Vocabulary.Term], _ code: String, _ t: Language) -> String {
        terms.first { $0.code == code }.map { label($0, t) } ?? code
    }

    private func capacity(_ item: Premises, _ t: Language) -> String {
        guard let capacity = item.capacity else { return "–" }
        return item.capacityEstimated ? t("cirka \(capacity) (uppskattat)", "about \(capacity) (estimated)") : String(capacity)
    }

    private func priceText(_ price: Price, vocabulary: Vocabulary, _ t: Language) -> String {
        let units: [Price.Unit: (String, String)] = [
            .hour: ("timme", "hour"), .halfDay: ("halvdag", "half day"), .day: ("dag", "day"), .occasion: ("tillfälle", "occasion"),
            .season: ("säsong", "season"),
        ]
        let unit = units[price.unit].map { t($0.0, $0.1) } ?? price.unit.rawValue
        if price.amount == 0 { return t("Gratis", "Free") }
        let currency = price.currency == "SEK" ? "kr" : price.currency
        return "\(Self.number(price.amount, t)) \(currency)/\(unit)"
    }

    /// 250, 62,50 (Swedish) or 62.50 (English).
    static func number(_ value: Double, _ t: Language) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = String(format: "%.2f", value)
        return t == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    private func accessibility(_ accessibility: Accessibility, _ t: Language) -> String {
        func state(_ value: Bool?, _ yes: String, _ no: String) -> String? {
            switch value {
            case true?: yes
            case false?: no
            case nil: nil
            }
        }
        let parts = [
            state(accessibility.stepFree, t("stegfri entré", "step-free entrance"), t("ej stegfri entré", "no step-free entrance")),
            state(accessibility.accessibleToilet, t("tillgänglig toalett", "accessible toilet"), t("ingen tillgänglig toalett", "no accessible toilet")),
        ].compactMap { $0 }
        return parts.isEmpty ? t("Uppgift saknas", "Not stated") : parts.joined(separator: ", ")
    }

    private func bookingLine(_ booking: Booking, _ t: Language) -> HTML {
        var parts: [HTML] = []
        if let phone = booking.phone { parts.append("\(t("Telefon", "Phone")) <a href=\"tel:\(phone.filter { $0.isNumber || $0 == "+" })\">\(phone)</a>") }
        if let email = booking.email { parts.append("\(t("e-post", "e-mail")) <a href=\"mailto:\(email)\">\(email)</a>") }
        if let url = booking.url, let safe = Self.safeLink(url) { parts.append("<a href=\"\(safe)\">\(t("boka på webben", "book online"))</a>") }
        return parts.isEmpty ? HTML("\(t("Kontakta kommunen", "Contact the municipality"))") : parts.joined(separator: ", ")
    }

    private func facilityTags(_ codes: [String], vocabulary: Vocabulary, _ t: Language) -> HTML {
        guard !codes.isEmpty else { return .empty }
        let tags: [HTML] = codes.map { "<li>\(label(vocabulary.facility, $0, t))</li>" }
        return "<ul class=\"tags\" aria-label=\"\(t("Utrustning", "Facilities"))\">\(tags)</ul>"
    }

    func source(_ provenance: Provenance, _ t: Language) -> HTML {
        let name = provenance.sourceTitle ?? provenance.source ?? t("kommunens webbplats", "the municipality's website")
        let link: HTML = provenance.originUrl.flatMap(Self.safeLink).map { "<a href=\"\($0)\">\(name)</a>" } ?? "\(name)"
        return "\(t("Uppgifterna kommer från", "From")) \(link). \(t("Senast uppdaterad", "Last updated")) \(t.dateTime(provenance.updatedAt))."
    }

    /// Only http(s) links from imported data become links; anything else (`javascript:`) is shown as text.
    static func safeLink(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }
}
