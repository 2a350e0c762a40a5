import Foundation
import HTTPTypes
import Hummingbird
import LotsenCalendar
import LotsenModel
import LotsenStore

/// `/kalender`: the bidragskalender (årshjul) month by month for the coming year, projected dates marked as
/// such, deadlines without a date listed apart, and a link to subscribe to the same selection as iCalendar.
extension WebPages {
    func calendar(_ visit: Visit) throws -> Response {
        let t = visit.language
        let query = visit.query
        let vocabulary = try store.vocabulary()
        let applicant = query["applicant"].flatMap { code in vocabulary.contains(code, in: .applicant) ? code : nil }
        let category = query["category"].flatMap { code in vocabulary.contains(code, in: .grantCategory) ? code : nil }
        let deadlinesOnly = query["type"] == "deadline"
        let grants = try store.currentGrants()
        // Another funder's grant carries its funder's name, so no one takes it for the municipality's.
        let names = Dictionary(grants.map { ($0.item.id, $0.item.name + ($0.item.funder.map { " (\($0))" } ?? "")) }, uniquingKeysWith: { first, _ in first })
        let from = visit.today
        let to = from.adding(days: 365)
        let entries = GrantCalendar.entries(
            grants: grants.map { CalendarGrant(grant: $0.item, url: $0.provenance.originUrl) }, events: try store.calendarEvents(),
            from: from, to: to, today: visit.today,
            filter: CalendarFilter(applicant: applicant, category: category, deadlinesOnly: deadlinesOnly), includeUndated: true)

        var months: [(key: Int, entries: [CalendarEntry])] = []
        var undated: [CalendarEntry] = []
        for entry in entries {
            guard let date = entry.date else { undated.append(entry); continue }
            let key = date.year * 12 + date.month - 1
            if months.last?.key == key { months[months.count - 1].entries.append(entry) } else { months.append((key, [entry])) }
        }
        func title(_ entry: CalendarEntry) -> HTML {
            guard entry.kind == .deadline, let id = entry.grantId else {
                return t == .sv ? "\(entry.title)" : "<span lang=\"sv\">\(entry.title)</span>"
            }
            let link: HTML = "<a href=\"/bidrag/\(id)\">\(names[id] ?? id)</a>"
            return entry.date == nil ? link : "\(t("Sista ansökningsdag:", "Deadline:")) \(link)"
        }
        let sections: [HTML] = months.map { month in
            let year = month.key / 12
            let number = month.key % 12 + 1
            let items: [HTML] = month.entries.map { entry in
                var when = t.date(entry.date!)
                if let end = entry.endDate, end != entry.date { when += " – " + t.date(end) }
                let moved: HTML = entry.effectiveDate.flatMap { effective in
                    effective != entry.date ? HTML("<p class=\"hint\">\(t("Infaller på en helg eller helgdag; gäller till", "Falls on a weekend or public holiday; moves to")) \(t.date(effective)).</p>") : nil
                } ?? .empty
                return """
                <li><span class="when">\(when)</span><div>\(title(entry))\(entry.kind == .deadline ? statusBadge(entry.status, t) : .empty)\
                \(entry.approximate ? HTML(" <span class=\"badge projected\">\(t("preliminärt", "approximate"))</span>") : .empty)\(moved)\
                \(entry.phrase.map { HTML("<p class=\"verbatim\" lang=\"sv\">”\($0)”</p>") })</div></li>
                """
            }
            return "<section class=\"month\" aria-labelledby=\"m\(month.key)\"><h2 id=\"m\(month.key)\">\(capitalized(t.month(number, year: year)))</h2><ol>\(items)</ol></section>"
        }
        let undatedItems: [HTML] = undated.map { entry in
            let kind = entry.status == .rolling ? t("Söks löpande", "Open all year") : entry.status == .relative ? t("Räknas från ditt arrangemang", "Counted from your event") : t("Datum oklart", "Date unclear")
            return "<li><span class=\"when\">\(kind)</span><div>\(title(entry))\(entry.phrase.map { HTML("<p class=\"verbatim\" lang=\"sv\">”\($0)”</p>") })</div></li>"
        }
        var filters: [(String, String)] = []
        if let applicant { filters.append(("applicant", applicant)) }
        if let category { filters.append(("category", category)) }
        if deadlinesOnly { filters.append(("type", "deadline")) }
        let form: HTML = """
        <form class="filters" method="get" action="/kalender" aria-label="\(t("Välj bidrag i kalendern", "Choose grants in the calendar"))">
        <div class="fields">
        \(Field.select("applicant", label: t("Vem söker", "Who applies"), options: vocabulary.applicant.map { ($0.code, label($0, t)) }, selected: applicant, anyLabel: t("Alla", "Anyone")))
        \(Field.select("category", label: t("Vad gäller det", "What for"), options: vocabulary.grantCategory.map { ($0.code, label($0, t)) }, selected: category, anyLabel: t("Allt", "Anything")))
        \(Field.select("type", label: t("Visa", "Show"), options: [("all", t("Sista ansökningsdagar och händelser", "Deadlines and events")), ("deadline", t("Bara sista ansökningsdagar", "Deadlines only"))], selected: deadlinesOnly ? "deadline" : "all", anyLabel: nil))
        </div>
        <div class="actions"><button type="submit">\(t("Visa", "Show"))</button><a href="/kalender">\(t("Rensa filter", "Clear filters"))</a></div>
        </form>
        """
        let content: HTML = """
        <h1>\(t("Bidragskalender", "Grant calendar"))</h1>
        <p class="lead">\(t("Sista ansökningsdagar och händelser för föreningar, \(t.date(from)) – \(t.date(to)). Datum markerade ”beräknat” bygger på tidigare år och är inte publicerade än.", "Application deadlines and events for associations, \(t.date(from)) – \(t.date(to)). Dates marked “projected” are based on earlier years and not yet published."))</p>
        \(form)
        \(subscription(visit, filters: filters))
        \(sections.isEmpty ? HTML("<p>\(t("Inga datum det kommande året.", "No dates in the coming year."))</p>") : HTML("\(sections)"))
        \(undatedItems.isEmpty ? HTML.empty : "<section class=\"month\" aria-labelledby=\"undated\"><h2 id=\"undated\">\(t("Utan fast datum", "Without a fixed date"))</h2><ol>\(undatedItems)</ol></section>")
        """
        return visit.page(title: t("Bidragskalender", "Grant calendar"), content)
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Reminder choices for the subscription, in days before a deadline.
    static let reminderChoices = [1, 3, 7, 14, 30]

    /// "Prenumerera": the person chooses a reminder and whether dates on a weekend or holiday move to the next working
    /// day, then gets the feed with those choices and the page's filters as a webcal:// link, an address to add by
    /// URL (https behind a TLS proxy), and a download.
    private func subscription(_ visit: Visit, filters: [(String, String)]) -> HTML {
        let t = visit.language
        let remind = visit.query["remind"].flatMap(Int.init).flatMap { Self.reminderChoices.contains($0) ? $0 : nil }
        let working = visit.query["working"] == "1"
        var feedQuery = filters
        if let remind { feedQuery.append(("remind_days", String(remind))) }
        if working { feedQuery.append(("working_days", "true")) }
        let encoded = FormFields.encode(feedQuery)
        let feedPath = "/v1/calendar.ics" + (encoded.isEmpty ? "" : "?" + encoded)
        let host = visit.request.head.authority ?? "localhost"
        let address = Self.scheme(visit.request, host: host) + "://" + host + feedPath
        let hidden: [HTML] = filters.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">" }
        let reminders = Self.reminderChoices.map { (String($0), $0 == 1 ? t("1 dag före", "1 day before") : t("\($0) dagar före", "\($0) days before")) }
        return """
        <div class="subscribe">
        <h2>\(t("Prenumerera på kalendern", "Subscribe to the calendar"))</h2>
        <p>\(t("Lägg in de här datumen i din egen kalender (Outlook, Google, iPhone). Den uppdateras av sig själv och har samma urval som ovan.", "Add these dates to your own calendar (Outlook, Google, iPhone). It updates itself and has the same selection as above."))</p>
        <form class="filters" method="get" action="/kalender#prenumerera" aria-label="\(t("Välj påminnelse och vardagar", "Choose reminder and working days"))">
        \(hidden)<div class="fields">
        \(Field.select("remind", label: t("Påminnelse", "Reminder"), options: reminders, selected: remind.map(String.init), anyLabel: t("Ingen påminnelse", "No reminder")))
        \(Field.checkboxes("working", legend: t("Helger och helgdagar", "Weekends and public holidays"), options: [("1", t("Flytta datum som infaller på en helg eller helgdag till första vardagen efter", "Move dates that fall on a weekend or public holiday to the next working day"))], checked: working ? ["1"] : []))
        </div>
        <div class="actions"><button type="submit">\(t("Uppdatera länkarna", "Update the links"))</button></div>
        </form>
        <p id="prenumerera"><a href="webcal://\(host)\(feedPath)">\(t("Prenumerera på bidragskalendern (iCalendar)", "Subscribe to the grant calendar (iCalendar)"))</a> · <a href="\(feedPath)" type="text/calendar" download="bidragskalender.ics">\(t("Ladda ner som .ics-fil", "Download as an .ics file"))</a></p>
        \(Field.text("feed-address", label: t("Eller lägg till med adress (i Google Kalender: Andra kalendrar → Från webbadress; i Outlook: Lägg till kalender → Prenumerera från webben)", "Or add by address (Google Calendar: Other calendars → From URL; Outlook: Add calendar → Subscribe from web)"), value: address, type: "url", wide: true, attributes: " readonly"))
        <p><a href="\(address)">\(address)</a></p>
        </div>
        """
    }

    /// https unless the page was asked for on this machine without a proxy saying otherwise (`X-Forwarded-Proto`).
    static func scheme(_ request: Request, host: String) -> String {
        if let forwarded = request.headers[.xForwardedProto], ["http", "https"].contains(forwarded) { return forwarded }
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }.dropFirst()) : String(host.prefix { $0 != ":" })
        return ["localhost", "::1"].contains(name) || name.hasPrefix("127.") ? "http" : "https"
    }
}

extension HTTPField.Name {
    static let xForwardedProto = Self("X-Forwarded-Proto")!
}
