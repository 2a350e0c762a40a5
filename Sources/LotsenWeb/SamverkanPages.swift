import Foundation
import Hummingbird
import LotsenCalendar
import LotsenGuide
import LotsenModel
import LotsenStore

/// `/samverkan`: the överenskommelse between the municipality and the idéburen sektor, its styrgrupp, the dialogue
/// conference and theme meetings, IOP with its register and a self-check; `/nytt`: what changed in the catalogue.
extension WebPages {
    /// The six principles of the överenskommelse, each in one sentence of our own.
    static let principles: [(sv: String, en: String, textSv: String, textEn: String)] = [
        ("Öppenhet och insyn", "Openness and transparency", "Parterna delar information och redovisar öppet hur samarbetet går.", "The parties share information and report openly on how the work goes."),
        ("Självständighet och oberoende", "Independence", "Föreningarna bestämmer själva över sin verksamhet och kan granska kommunen.", "Associations run their own affairs and may scrutinise the municipality."),
        ("Dialog", "Dialogue", "Frågor som rör sektorn tas upp tidigt och tillsammans.", "Questions that concern the sector are raised early and together."),
        ("Långsiktighet", "Long-term commitment", "Samarbete och stöd planeras för längre tid än ett år i taget.", "Cooperation and support are planned for longer than a year at a time."),
        ("Kvalitet", "Quality", "Parterna följer upp och utvecklar det de gör tillsammans.", "The parties follow up and improve what they do together."),
        ("Mångfald", "Diversity", "Alla slags idéburna organisationer, stora som små, ska kunna delta.", "Every kind of civil-society organisation, large or small, can take part."),
    ]

    func samverkan(_ visit: Visit) throws -> Response {
        let t = visit.language
        let members: [HTML] = try store.steeringGroup().map { member in
            let term = member.termFrom.map { from in member.termTo.map { "\(from)–\($0)" } ?? "\(from)–" } ?? "–"
            return "<tr><th scope=\"row\">\(member.name)</th><td>\(member.organisation)</td><td>\(member.role)</td><td>\(term)</td></tr>"
        }
        let principles: [HTML] = Self.principles.map { "<li><strong>\(t($0.sv, $0.en))</strong>: \(t($0.textSv, $0.textEn))</li>" }
        let content: HTML = """
        <h1>\(t("Samverkan med idéburen sektor", "Working with the civil society"))</h1>
        <p class="lead">\(t("Kommunen och de idéburna organisationerna har en överenskommelse om hur de samarbetar. En styrgrupp med företrädare för båda följer den med en handlingsplan.", "The municipality and the civil-society organisations have an agreement (överenskommelse) on how they work together. A steering group with representatives of both follows it up with an action plan."))</p>
        <h2>\(t("Överenskommelsens sex principer", "The agreement's six principles"))</h2>
        <ul>\(principles)</ul>
        <h2 id="styrgrupp-heading">\(t("Styrgruppen", "The steering group"))</h2>
        \(members.isEmpty ? HTML("<p>\(t("Styrgruppens medlemmar är inte inlagda än.", "The steering group's members have not been entered yet."))</p>") : HTML("""
        <table aria-labelledby="styrgrupp-heading"><thead><tr><th scope="col">\(t("Namn", "Name"))</th><th scope="col">\(t("Organisation", "Organisation"))</th>\
        <th scope="col">\(t("Roll", "Role"))</th><th scope="col">\(t("Mandatperiod", "Term"))</th></tr></thead><tbody>\(members)</tbody></table>
        """))
        <h2>\(t("Dialogkonferens och tematräffar", "Dialogue conference and theme meetings"))</h2>
        \(try meetings(visit))
        \(try iopSection(visit))
        <h2>\(t("Frågor om samverkan", "Questions about cooperation"))</h2>
        \(try ["kommunledningskontoret", "medborgarcenter"].lazy.compactMap { try self.store.unit(id: $0) }.first { !$0.channels.isEmpty }
            .map { "<p>\($0.name)</p>\(contactList($0, visit))" } ?? HTML.empty)
        <p><a href="/kontakt">\(t("Ställ din fråga till kommunen", "Ask the municipality"))</a> · <a href="/nytt">\(t("Nytt för föreningar", "What's new for associations"))</a></p>
        """
        return visit.page(title: t("Samverkan", "Cooperation"), content)
    }

    /// The årshjul's events in the coming year: set dates with time and place, else the approximate month.
    private func meetings(_ visit: Visit) throws -> HTML {
        let t = visit.language
        let entries = GrantCalendar.entries(grants: [], events: try store.calendarEvents(), from: visit.today, to: visit.today.adding(days: 365),
                                            today: visit.today, filter: CalendarFilter(), includeUndated: false)
        let items: [HTML] = entries.compactMap { entry in
            guard let date = entry.date else { return nil }
            let when = entry.approximate ? t("Preliminärt", "Provisionally") + " " + t.month(date.month, year: date.year) : t.date(date)
            return "<li><span class=\"when\">\(when)</span><div><strong lang=\"sv\">\(entry.title)</strong><p class=\"hint\">\(entry.description)</p></div></li>"
        }
        return items.isEmpty ? "<p>\(t("Inga träffar är inlagda för det kommande året.", "No meetings are entered for the coming year."))</p>" : "<ul class=\"timeline\">\(items)</ul>"
    }

    private func iopSection(_ visit: Visit) throws -> HTML {
        let t = visit.language
        let units = Dictionary(try store.units().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows: [HTML] = try store.iopAgreements().map { agreement in
            let period = [agreement.periodFrom.map { t.date($0) }, agreement.periodTo.map { t.date($0) }].compactMap { $0 }.joined(separator: " – ")
            let name: HTML = Self.safeLink(agreement.url ?? "").map { "<a href=\"\($0)\">\(agreement.name)</a>" } ?? "\(agreement.name)"
            return "<tr><th scope=\"row\">\(name)</th><td>\(agreement.parties.joined(separator: ", "))</td><td>\(agreement.purpose)</td><td>\(period)</td><td>\(agreement.unitId.map { units[$0] ?? $0 } ?? "")</td></tr>"
        }
        return """
        <h2 id="iop-heading">\(t("Idéburet offentligt partnerskap (IOP)", "Civil–public partnership (IOP)"))</h2>
        <p>\(t("Ett IOP är ett avtal där kommunen och en idéburen organisation tillsammans driver något för allmänhetens bästa. Det är varken ett bidrag eller en upphandling: båda parter bidrar och bestämmer tillsammans.", "An IOP is an agreement in which the municipality and a civil-society organisation together run something for the public good. It is neither a grant nor a procurement: both parties contribute and decide together."))</p>
        <p><a href="/samverkan/iop">\(t("Är IOP rätt för er idé? Gör testet", "Is IOP right for your idea? Take the check"))</a></p>
        \(rows.isEmpty ? HTML("<p>\(t("Inga IOP-avtal är registrerade här än.", "No IOP agreements are registered here yet."))</p>") : HTML("""
        <table aria-labelledby="iop-heading"><thead><tr><th scope="col">\(t("Avtal", "Agreement"))</th><th scope="col">\(t("Parter", "Parties"))</th>\
        <th scope="col">\(t("Syfte", "Purpose"))</th><th scope="col">\(t("Period", "Period"))</th><th scope="col">\(t("Ansvarig förvaltning", "Responsible department"))</th></tr></thead><tbody>\(rows)</tbody></table>
        """))
        """
    }
}
