import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// `/personal/redigera`: editors (staff tokens with the editor or admin role) correct premises and grants, enter the
/// årshjul's dates, times and places, and close a unit for a day or change its hours. Each form carries the version
/// it was read at; saving over somebody else's change is refused and the form shown again with their version.
extension WebPages {
    /// One field of an edit form and where its value lives in the record's JSON.
    struct EditField {
        enum Kind { case text, longText, integer, decimal, time, date, dates, lines }

        let name: String
        let sv: String
        let en: String
        let path: [String]
        let kind: Kind
    }

    /// The record types editable here: their path segment, the store's record and the fields of the form.
    static let editForms: [(segment: String, record: EditableRecord, sv: String, en: String, fields: [EditField])] = [
        ("styrgrupp", .styrgrupp, "Ledamot i styrgruppen", "Steering group member", [
            EditField(name: "name", sv: "Namn", en: "Name", path: ["name"], kind: .text),
            EditField(name: "organisation", sv: "Organisation", en: "Organisation", path: ["organisation"], kind: .text),
            EditField(name: "role", sv: "Roll", en: "Role", path: ["role"], kind: .text),
            EditField(name: "term_from", sv: "Mandatperiod från (år)", en: "Term from (year)", path: ["term_from"], kind: .integer),
            EditField(name: "term_to", sv: "Mandatperiod till (år)", en: "Term to (year)", path: ["term_to"], kind: .integer),
            EditField(name: "position", sv: "Plats i listan", en: "Place in the list", path: ["position"], kind: .integer),
        ]),
        ("iop", .iop, "IOP-avtal", "IOP agreement", [
            EditField(name: "name", sv: "Namn", en: "Name", path: ["name"], kind: .text),
            EditField(name: "parties", sv: "Parter (en per rad)", en: "Parties (one a line)", path: ["parties"], kind: .lines),
            EditField(name: "purpose", sv: "Syfte", en: "Purpose", path: ["purpose"], kind: .longText),
            EditField(name: "period_from", sv: "Gäller från", en: "Valid from", path: ["period_from"], kind: .date),
            EditField(name: "period_to", sv: "Gäller till", en: "Valid to", path: ["period_to"], kind: .date),
            EditField(name: "unit_id", sv: "Ansvarig förvaltning (id)", en: "Responsible department (id)", path: ["unit_id"], kind: .text),
            EditField(name: "url", sv: "Länk till avtalet", en: "Link to the agreement", path: ["url"], kind: .text),
        ]),
        ("lokaler", .premises, "Lokal", "Premises", [
            EditField(name: "name", sv: "Namn", en: "Name", path: ["name"], kind: .text),
            EditField(name: "capacity", sv: "Antal personer", en: "Capacity", path: ["capacity"], kind: .integer),
            EditField(name: "area", sv: "Yta (m²)", en: "Area (m²)", path: ["area_square_metres"], kind: .decimal),
            EditField(name: "description", sv: "Beskrivning", en: "Description", path: ["description"], kind: .longText),
            EditField(name: "booking_note", sv: "Så bokar du", en: "How to book", path: ["booking", "note"], kind: .longText),
        ]),
        ("bidrag", .grant, "Bidrag", "Grant", [
            EditField(name: "name", sv: "Namn", en: "Name", path: ["name"], kind: .text),
            EditField(name: "summary", sv: "Sammanfattning", en: "Summary", path: ["summary"], kind: .longText),
            EditField(name: "deadline_text", sv: "Sista ansökningsdag (som den publiceras)", en: "Deadline (as published)", path: ["deadline_text"], kind: .longText),
            EditField(name: "application_url", sv: "Länk till ansökan", en: "Application link", path: ["application_url"], kind: .text),
            EditField(name: "funder", sv: "Bidragsgivare (tomt: kommunen)", en: "Funder (empty: the municipality)", path: ["funder"], kind: .text),
        ]),
        ("kalender", .event, "Händelse i årshjulet", "Calendar event", [
            EditField(name: "name", sv: "Namn", en: "Name", path: ["name"], kind: .text),
            EditField(name: "dates", sv: "Datum (ett per rad, ÅÅÅÅ-MM-DD)", en: "Dates (one a line, YYYY-MM-DD)", path: ["dates"], kind: .dates),
            EditField(name: "starts", sv: "Börjar kl.", en: "Starts at", path: ["starts"], kind: .time),
            EditField(name: "ends", sv: "Slutar kl.", en: "Ends at", path: ["ends"], kind: .time),
            EditField(name: "place", sv: "Plats", en: "Place", path: ["place"], kind: .text),
            EditField(name: "description", sv: "Beskrivning", en: "Description", path: ["description"], kind: .longText),
        ]),
    ]

    /// A value for a URL's query, percent-encoded (ids are slugs; this keeps any other safe in a link or a redirect).
    static func queryValue(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-_")) ?? ""
    }

    /// The signed-in member when they may edit, or the answer to send instead.
    enum EditorCheck {
        case editor(StaffToken)
        case answer(Response)
    }

    func editor(_ visit: Visit) throws -> EditorCheck {
        guard let member = try staffMember(visit.request) else { return .answer(visit.redirect(to: "/personal/logga-in")) }
        guard member.role.includes(.editor) else {
            let t = visit.language
            return .answer(visit.page(
                title: t("Ej behörig", "Not allowed"),
                "<h1>\(t("Du kan inte redigera katalogen", "You cannot edit the catalogue"))</h1><p>\(t("Din nyckel ger inte rätt att redigera. En administratör kan ge den rollen redaktör (lotsen token role).", "Your token does not allow editing. An administrator can give it the editor role (lotsen token role)."))</p>",
                status: .forbidden, personal: true))
        }
        return .editor(member)
    }

    func editIndex(_ visit: Visit) throws -> Response {
        let member: StaffToken
        switch try editor(visit) { case .editor(let found): member = found; case .answer(let response): return response }
        let t = visit.language
        func chooser(_ segment: String, _ label: String, _ options: [(String, String)]) -> HTML {
            """
            <form class="filters" method="get" action="/personal/redigera/\(segment)"><div class="fields">\
            \(Field.select("id", label: label, options: options, selected: nil, anyLabel: nil, id: "choose-\(segment)"))</div>\
            <div class="actions"><button type="submit">\(t("Redigera", "Edit"))</button></div></form>
            """
        }
        let withdrawnMark = t(" (borttagen)", " (withdrawn)")
        let premises = try store.allPremises().map { ($0.item.id, $0.item.name + ($0.item.withdrawnAt == nil ? "" : withdrawnMark)) }.sorted { $0.1 < $1.1 }
        let current = Set(try store.currentGrants().map(\.item.id))
        let grants = try store.allGrants().map { ($0.item.id, $0.item.name + (current.contains($0.item.id) ? "" : withdrawnMark)) }
        let events = try store.calendarEvents().map { ($0.id, $0.name) }
        let units = try store.units().map { ($0.id, $0.name) }
        let members = try store.steeringGroup().map { ($0.id, "\($0.name), \($0.organisation)") }
        let agreements = try store.iopAgreements().map { ($0.id, $0.name) }
        let content: HTML = """
        <p><a href="/personal">\(t("← Ärenden", "← Enquiries"))</a></p>
        <h1>\(t("Redigera katalogen", "Edit the catalogue"))</h1>
        \(signOutForm(visit, member))
        <p class="lead">\(t("Det du ändrar här behåller sitt värde även när källan importeras igen. Varje ändring loggas med ditt namn.", "What you change here keeps its value when the source is imported again. Every change is logged with your name."))</p>
        \(chooser("lokaler", t("Lokal", "Premises"), premises))
        <p><a href="/personal/redigera/lokaler?ny=1">\(t("Lägg till en lokal", "Add premises"))</a></p>
        \(chooser("bidrag", t("Bidrag", "Grant"), grants))
        <p><a href="/personal/redigera/bidrag?ny=1">\(t("Lägg till ett bidrag (även en annan bidragsgivares)", "Add a grant (another funder's too)"))</a></p>
        \(chooser("kalender", t("Händelse i årshjulet", "Calendar event"), events))
        <p><a href="/personal/redigera/kalender?ny=1">\(t("Lägg till en händelse i årshjulet", "Add a calendar event"))</a></p>
        \(chooser("enheter", t("Öppettider och stängda dagar för", "Opening hours and closed days of"), units))
        <h2>\(t("Samverkan", "Cooperation"))</h2>
        \(members.isEmpty ? HTML.empty : chooser("styrgrupp", t("Ledamot i styrgruppen", "Steering group member"), members))
        <p><a href="/personal/redigera/styrgrupp?ny=1">\(t("Lägg till en ledamot i styrgruppen", "Add a steering group member"))</a></p>
        \(agreements.isEmpty ? HTML.empty : chooser("iop", t("IOP-avtal", "IOP agreement"), agreements))
        <p><a href="/personal/redigera/iop?ny=1">\(t("Lägg till ett IOP-avtal i registret", "Add an IOP agreement to the register"))</a></p>
        """
        return visit.page(title: t("Redigera katalogen", "Edit the catalogue"), content, personal: true)
    }
}
