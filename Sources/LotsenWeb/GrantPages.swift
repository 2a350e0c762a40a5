import Foundation
import Hummingbird
import LotsenCalendar
import LotsenModel
import LotsenStore

/// `/bidrag`: the grants, filtered by who may apply and what for, each with its next deadline and the deadline
/// text as the municipality wrote it; `/bidrag/{id}`: one grant.
extension WebPages {
    func grantList(_ visit: Visit) throws -> Response {
        let t = visit.language
        let query = visit.query
        let vocabulary = try store.vocabulary()
        var errors: [(field: String, message: String)] = []
        var search = GrantQuery(text: query["q"].map { String($0.prefix(200)) }, applicant: query["applicant"], category: query["category"], limit: 100)
        let result: GrantSearchResult
        do {
            result = try store.searchGrants(search)
        } catch let invalid as InvalidQuery {
            errors.append((invalid.parameter, t("Okänt val: ", "Unknown choice: ") + invalid.message))
            search.applicant = nil
            search.category = nil
            result = try store.searchGrants(search)
        }
        let form: HTML = """
        <form class="filters" method="get" action="/bidrag" role="search" aria-label="\(t("Sök bidrag", "Search grants"))">
        \(Field.errorSummary(errors, language: t))
        <div class="fields">
        \(Field.text("q", label: t("Sök", "Search"), value: query["q"], type: "search", hint: t("Till exempel ”kultur”, ”ungdom” eller ”lokal”", "For example “culture”, “youth” or “premises”")))
        \(Field.select("applicant", label: t("Vem söker", "Who applies"), options: vocabulary.applicant.map { ($0.code, label($0, t)) }, selected: query["applicant"], anyLabel: t("Alla", "Anyone"), error: errors.first { $0.field == "applicant" }?.message))
        \(Field.select("category", label: t("Vad gäller det", "What for"), options: vocabulary.grantCategory.map { ($0.code, label($0, t)) }, selected: query["category"], anyLabel: t("Allt", "Anything"), error: errors.first { $0.field == "category" }?.message))
        </div>
        <div class="actions"><button type="submit">\(t("Sök", "Search"))</button><a href="/bidrag">\(t("Rensa filter", "Clear filters"))</a></div>
        </form>
        """
        let cards: [HTML] = result.grants.map { stored in
            let grant = stored.item
            return """
            <li class="card"><h3><a href="/bidrag/\(grant.id)">\(grant.name)</a></h3>
            \(funderNote(grant, t))
            <p>\(grant.summary)</p>
            <dl class="facts">
            <dt>\(t("Nästa sista dag", "Next deadline"))</dt><dd>\(nextDeadline(grant, visit))</dd>
            \(grant.deadlineText.map { HTML("<dt>\(t("Kommunens text", "The municipality's text"))</dt><dd lang=\"sv\">\($0)</dd>") })
            </dl></li>
            """
        }
        let content: HTML = """
        <h1>\(t("Bidrag till föreningar och idéburen sektor", "Grants for associations and civil society"))</h1>
        <p class="lead">\(t("Vem som kan söka, vad bidraget gäller och när det ska sökas. Se alla datum i", "Who may apply, what the grant is for and when to apply. See every date in the")) <a href="/kalender">\(t("bidragskalendern", "grant calendar"))</a>.</p>
        \(form)
        <h2 id="results-heading">\(result.total == 0 ? t("Inga bidrag matchar sökningen.", "No grants match the search.") : t("\(result.total) bidrag", "\(result.total) grants"))</h2>
        <ul class="results" aria-labelledby="results-heading">\(cards)</ul>
        """
        return visit.page(title: t("Bidrag", "Grants"), content, status: errors.isEmpty ? .ok : .badRequest)
    }

    /// "25 februari 2027" with its status, "Söks löpande", or the relative rule in words.
    func nextDeadline(_ grant: Grant, _ visit: Visit) -> HTML {
        let t = visit.language
        if let next = DeadlineEvaluator.next(grant.deadlineRules, onOrAfter: visit.today, count: 1).first, let date = next.date {
            return "\(t.date(date))\(statusBadge(next.status, t))\(movedNote(next, t))"
        }
        guard let undated = DeadlineEvaluator.undated(grant.deadlineRules).first else { return "\(t("Inget datum publicerat", "No date published"))" }
        switch undated.status {
        case .rolling: return "\(t("Söks löpande", "Open all year"))"
        case .relative: return "\(t("Räknas från ditt arrangemang", "Counted from your event"))"
        default: return "\(t("Se kommunens text", "See the municipality's text"))"
        }
    }

    func statusBadge(_ status: Deadline.Status, _ t: Language) -> HTML {
        switch status {
        case .projected:
            " <span class=\"badge projected\" title=\"\(t("Beräknat utifrån tidigare år; kommunen har inte publicerat datumet än", "Projected from earlier years; not yet published by the municipality"))\">\(t("beräknat", "projected"))</span>"
        case .confirmed: " <span class=\"badge confirmed\">\(t("bekräftat", "confirmed"))</span>"
        default: .empty
        }
    }

    /// "(flyttas till måndag 1 mars, första vardagen)" when the date falls on a weekend or holiday.
    private func movedNote(_ deadline: Deadline, _ t: Language) -> HTML {
        guard let effective = deadline.effectiveDate, effective != deadline.date else { return .empty }
        return " (\(t("gäller till", "moves to")) \(t.date(effective)), \(t("första vardagen", "the next working day")))"
    }

    func grantDetail(_ visit: Visit, id: String) throws -> Response {
        let t = visit.language
        guard let stored = try store.grant(id: id) else { throw WebError.notFound }
        let grant = stored.item
        let vocabulary = try store.vocabulary()
        let upcoming = DeadlineEvaluator.next(grant.deadlineRules, onOrAfter: visit.today, count: 3)
        let dates: [HTML] = upcoming.compactMap { deadline in
            deadline.date.map { "<li>\(t.date($0))\(statusBadge(deadline.status, t))\(movedNote(deadline, t))</li>" }
        }
        let undated: [HTML] = DeadlineEvaluator.undated(grant.deadlineRules).map { deadline in
            switch deadline.status {
            case .rolling: "<li>\(t("Söks löpande under året.", "Open all year round."))</li>"
            case .relative: "<li>\(t("Räknas från ditt arrangemang:", "Counted from your event:")) <span lang=\"sv\">\(deadline.rule.phrase)</span></li>"
            default: "<li>\(t("Datumet kunde inte läsas ut; se kommunens text.", "The date could not be read; see the municipality's text."))</li>"
            }
        }
        func list(_ items: [String]) -> HTML {
            items.isEmpty ? "<p>–</p>" : "<ul>\(items.map { HTML("<li>\($0)</li>") })</ul>"
        }
        let applicants = grant.applicants.map { label(vocabulary.applicant, $0, t) }
        let categories = grant.categories.map { label(vocabulary.grantCategory, $0, t) }
        let applyLabel = grant.funder.map { t("Ansök hos \($0)", "Apply with \($0)") } ?? t("Ansök hos kommunen", "Apply with the municipality")
        let apply: HTML = grant.applicationUrl.flatMap(Self.safeLink).map { "<p><a class=\"button\" href=\"\($0)\">\(applyLabel)</a></p>" } ?? .empty
        let content: HTML = """
        <p><a href="/bidrag">\(t("← Alla bidrag", "← All grants"))</a></p>
        <h1>\(grant.name)</h1>
        \(funderNote(grant, t))
        <p class="lead">\(grant.summary)</p>
        <h2>\(t("Sista ansökningsdag", "Application deadline"))</h2>
        \(grant.deadlineText.map { HTML("<p class=\"verbatim\" lang=\"sv\">\(t("Kommunens text:", "The municipality's text:")) ”\($0)”</p>") })
        \(dates.isEmpty && undated.isEmpty ? HTML("<p>\(t("Inget datum publicerat.", "No date published."))</p>") : "<ul>\(dates)\(undated)</ul>")
        <p><a href="/kalender">\(t("Se alla datum i bidragskalendern", "See every date in the grant calendar"))</a></p>
        <h2>\(t("Om bidraget", "About the grant"))</h2>
        <p>\(grant.description)</p>
        <dl class="facts">
        <dt>\(t("Vem kan söka", "Who may apply"))</dt><dd>\(applicants.isEmpty ? "–" : applicants.joined(separator: ", "))</dd>
        <dt>\(t("Gäller", "For"))</dt><dd>\(categories.isEmpty ? "–" : categories.joined(separator: ", "))</dd>
        \(grant.maxAmount.map { HTML("<dt>\(t("Högst", "At most"))</dt><dd>\(Self.number($0.amount, t)) \($0.currency == "SEK" ? "kr" : $0.currency)</dd>") })
        </dl>
        <h2>\(t("Villkor", "Conditions"))</h2>
        \(list(grant.conditions))
        <h2>\(t("Så ansöker du", "How to apply"))</h2>
        \(list(grant.applyMethods))
        \(apply)
        <h2>\(t("Källa", "Source"))</h2>
        <p>\(source(stored.provenance, t))</p>
        """
        return visit.page(title: grant.name, content)
    }

    /// Another funder's grant is marked as such: associations apply to them, not to the municipality.
    func funderNote(_ grant: Grant, _ t: Language) -> HTML {
        grant.funder.map { HTML("<p class=\"badge funder\">\(t("Beviljas av \($0) – inte ett bidrag från kommunen", "Granted by \($0) – not a municipal grant"))</p>") } ?? .empty
    }
}
