import Foundation
import Hummingbird
import LotsenGuide
import LotsenStore

/// `/nytt`: what changed in the catalogue lately — new grants, moved deadlines, premises added or withdrawn, årshjul
/// events — newest first, with the Atom feed to follow it in a feed reader.
extension WebPages {
    func whatsNew(_ visit: Visit) throws -> Response {
        let t = visit.language
        let type = visit.query["type"].flatMap(CatalogueChange.Record.init(rawValue:))
        let changes = WhatsNew.latestPerRecord(try store.changes(ChangeQuery(records: type.map { [$0] } ?? [], limit: 200))).prefix(50)
        let items: [HTML] = changes.map { change in
            let (day, _) = change.at.localDateAndTime(in: .stockholm)
            let name: HTML = change.kind == .withdrawn ? "\(change.name)" : "<a href=\"\(WhatsNew.path(change))\">\(change.name)</a>"
            return """
            <li><span class="when">\(t.date(day))</span><div><strong>\(WhatsNew.label(change, english: t == .en))</strong>: \(name)\
            \(change.detail.map { HTML("<p class=\"hint verbatim\">\($0)</p>") })</div></li>
            """
        }
        let kinds: [(String, String)] = [("grant", t("Bidrag", "Grants")), ("premises", t("Lokaler", "Premises")), ("event", t("Årshjulet", "The calendar"))]
        let feed = "/v1/changes.atom" + (type.map { "?type=\($0.rawValue)" } ?? "")
        let content: HTML = """
        <h1>\(t("Nytt för föreningar", "What's new for associations"))</h1>
        <p class="lead">\(t("Nya och ändrade bidrag, ansökningstider, lokaler och händelser i årshjulet.", "New and changed grants, deadlines, premises and calendar events."))</p>
        <form class="filters" method="get" action="/nytt" aria-label="\(t("Välj vad som visas", "Choose what is shown"))">
        <div class="fields">\(Field.select("type", label: t("Visa", "Show"), options: kinds, selected: type?.rawValue, anyLabel: t("Allt", "Everything")))</div>
        <div class="actions"><button type="submit">\(t("Visa", "Show"))</button></div>
        </form>
        <p><a href="\(feed)">\(t("Följ ändringarna som flöde (Atom)", "Follow the changes as a feed (Atom)"))</a></p>
        \(items.isEmpty ? HTML("<p>\(t("Inget har ändrats än.", "Nothing has changed yet."))</p>") : HTML("<ul class=\"timeline\">\(items)</ul>"))
        """
        return visit.page(title: t("Nytt", "What's new"), content)
    }
}
