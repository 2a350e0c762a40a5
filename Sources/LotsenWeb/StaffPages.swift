import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// `/personal`: Medborgarcenter and unit staff sign in with their staff token, which opens an eight-hour session
/// (its own secret in a Secure, HttpOnly, SameSite=Strict cookie; the token itself never goes into a cookie), see
/// the enquiry queue, and reassign, annotate and move enquiries along.
extension WebPages {
    static let sessionCookie = "lotsen_staff"
    static let sessionSeconds = 8 * 3600
    static let queuePageSize = 50

    /// The signed-in staff member, or nil without an open session (unexpired, not signed out, token not revoked).
    func staffMember(_ request: Request) throws -> StaffToken? {
        guard let secret = sessionSecret(request) else { return nil }
        return try enquiryStore().staffSession(secret: secret)
    }

    private func sessionSecret(_ request: Request) -> String? {
        guard let secret = request.cookies[Self.sessionCookie]?.value, !secret.isEmpty, secret.utf8.count <= 200 else { return nil }
        return secret
    }

    /// The unrevoked token a secret belongs to; nil for none, an unknown secret or a revoked token.
    private func activeToken(_ secret: String?) throws -> StaffToken? {
        guard let secret, !secret.isEmpty, secret.count <= 200, let token = try enquiryStore().token(secret: secret), token.revokedAt == nil
        else { return nil }
        return token
    }

    private var statusNames: [EnquiryRecord.Status: (String, String)] {
        [.received: ("Mottaget", "Received"), .routed: ("Lotsat", "Routed"), .forwarded: ("Vidarebefordrat", "Forwarded"),
         .answered: ("Besvarat", "Answered"), .closed: ("Avslutat", "Closed")]
    }

    private func statusName(_ status: EnquiryRecord.Status, _ t: Language) -> String {
        statusNames[status].map { t($0.0, $0.1) } ?? status.rawValue
    }

    // MARK: Signing in and out

    func signInForm(_ visit: Visit, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = visit.language
        let errors = error.map { [("token", $0)] } ?? []
        let content: HTML = """
        <h1>\(t("Logga in som personal", "Staff sign-in"))</h1>
        <p class="lead">\(t("För Medborgarcenter och förvaltningarnas handläggare. Nyckeln får du av systemförvaltaren (lotsen token create).", "For citizen-centre and department staff. Your token comes from the system administrator (lotsen token create)."))</p>
        \(Field.errorSummary(errors, language: t))
        <form class="stack" method="post" action="/personal/logga-in">
        \(visit.formTokenField)
        <div class="fields">\(Field.text("token", label: t("Personalnyckel", "Staff token"), value: nil, type: "password", error: error, wide: true, attributes: " autocomplete=\"current-password\" required"))</div>
        <div class="actions"><button type="submit">\(t("Logga in", "Sign in"))</button></div>
        </form>
        """
        return visit.page(title: t("Logga in", "Sign in"), content, status: status, personal: true)
    }

    func signIn(_ request: Request) async throws -> Response {
        let (fields, visit) = try await postedForm(request, maxBytes: 4096)
        let t = visit.language
        guard let token = try activeToken(fields["token"]) else {
            return try signInForm(visit, error: t("Nyckeln är okänd eller återkallad.", "The token is unknown or revoked."), status: .unauthorized)
        }
        let session = try enquiryStore().openStaffSession(tokenId: token.id, lifetime: Self.sessionSeconds)
        var response = visit.redirect(to: "/personal")
        response.setCookie(Cookie(name: Self.sessionCookie, value: session, maxAge: Self.sessionSeconds, path: "/personal",
                                  secure: true, httpOnly: true, sameSite: .strict))
        return response
    }

    func signOut(_ request: Request) async throws -> Response {
        let (_, visit) = try await postedForm(request, maxBytes: 4096)
        if let secret = sessionSecret(request) { try enquiryStore().closeStaffSession(secret: secret) }
        var response = visit.redirect(to: "/personal/logga-in")
        response.setCookie(Cookie(name: Self.sessionCookie, value: "", maxAge: 0, path: "/personal", secure: true, httpOnly: true, sameSite: .strict))
        return response
    }

    func signOutForm(_ visit: Visit, _ member: StaffToken) -> HTML {
        let t = visit.language
        return """
        <form class="actions" method="post" action="/personal/logga-ut">\(visit.formTokenField)\
        <span>\(t("Inloggad som", "Signed in as")) \(member.name)</span><button type="submit" class="secondary">\(t("Logga ut", "Sign out"))</button></form>
        """
    }

    // MARK: The queue

    func staffQueue(_ visit: Visit) throws -> Response {
        guard let member = try staffMember(visit.request) else { return visit.redirect(to: "/personal/logga-in") }
        let t = visit.language
        let query = visit.query
        let units = try store.units()
        let status = query["status"].flatMap(EnquiryRecord.Status.init(rawValue:))
        let unit = query["unit"].flatMap { id in units.contains { $0.id == id } ? id : nil }
        let days = query["older_than_days"].flatMap(Int.init).map { min(max($0, 0), 3650) }
        let page = max(1, min(10_000, Int(query["sida"] ?? "") ?? 1))
        let found = try enquiryStore().enquiries(
            status: status, unit: unit, olderThan: days.map { visit.now.addingTimeInterval(-Double($0) * 86_400) },
            limit: Self.queuePageSize, offset: (page - 1) * Self.queuePageSize)
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows: [HTML] = found.items.map { record in
            let excerpt = record.text.count > 120 ? String(record.text.prefix(117)) + "…" : record.text
            return """
            <tr><th scope="row"><a href="/personal/arenden/\(record.reference)">\(record.reference)</a></th><td>\(t.dateTime(record.createdAt))</td>\
            <td>\(statusName(record.status, t))</td><td>\(unitNames[record.assignedUnit] ?? record.assignedUnit)</td><td>\(excerpt)</td></tr>
            """
        }
        var pager: [HTML] = []
        if page > 1 { pager.append("<a href=\"\(visit.pathAndQuery(setting: ["sida": String(page - 1)]))\" rel=\"prev\">\(t("Föregående sida", "Previous page"))</a>") }
        if page * Self.queuePageSize < found.total { pager.append("<a href=\"\(visit.pathAndQuery(setting: ["sida": String(page + 1)]))\" rel=\"next\">\(t("Nästa sida", "Next page"))</a>") }
        let content: HTML = """
        <h1>\(t("Ärenden", "Enquiries"))</h1>
        \(signOutForm(visit, member))
        \(member.role.includes(.editor) ? HTML("<p><a href=\"/personal/redigera\">\(t("Redigera katalogen: lokaler, bidrag, årshjulet och öppettider", "Edit the catalogue: premises, grants, the calendar and opening hours"))</a></p>") : .empty)
        <form class="filters" method="get" action="/personal" aria-label="\(t("Filtrera ärenden", "Filter enquiries"))">
        <div class="fields">
        \(Field.select("status", label: t("Status", "Status"), options: EnquiryRecord.Status.allCases.map { ($0.rawValue, statusName($0, t)) }, selected: status?.rawValue, anyLabel: t("Alla", "All")))
        \(Field.select("unit", label: t("Förvaltning", "Department"), options: units.map { ($0.id, $0.name) }, selected: unit, anyLabel: t("Alla", "All")))
        \(Field.text("older_than_days", label: t("Äldre än (dagar)", "Older than (days)"), value: days.map(String.init), attributes: " inputmode=\"numeric\""))
        </div>
        <div class="actions"><button type="submit">\(t("Visa", "Show"))</button><a href="/personal">\(t("Rensa filter", "Clear filters"))</a></div>
        </form>
        <h2 id="queue-heading">\(t("\(found.total) ärenden", "\(found.total) enquiries"))</h2>
        \(rows.isEmpty ? HTML("<p>\(t("Inga ärenden matchar.", "No enquiries match."))</p>") : """
        <table aria-labelledby="queue-heading"><thead><tr><th scope="col">\(t("Ärende", "Reference"))</th><th scope="col">\(t("Inkom", "Received"))</th>\
        <th scope="col">\(t("Status", "Status"))</th><th scope="col">\(t("Förvaltning", "Department"))</th><th scope="col">\(t("Fråga", "Question"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        """)
        \(pager.isEmpty ? HTML.empty : "<nav class=\"pager\" aria-label=\"\(t("Sidor", "Pages"))\">\(pager)</nav>")
        """
        return visit.page(title: t("Ärenden", "Enquiries"), content, personal: true)
    }

    // MARK: One enquiry

    func staffEnquiry(_ visit: Visit, reference: String, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let member = try staffMember(visit.request) else { return visit.redirect(to: "/personal/logga-in") }
        guard let record = try enquiryStore().enquiry(reference: reference) else { throw WebError.notFound }
        let t = visit.language
        let units = try store.units()
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let person = record.person
        let personal: [HTML] = [
            (t("Namn", "Name"), person.name), (t("E-post", "E-mail"), person.email), (t("Telefon", "Phone"), person.phone),
            (t("Förening", "Association"), person.association), (t("Organisationsnummer", "Organisation number"), person.organisationNumber),
        ].compactMap { label, value in value.map { "<dt>\(label)</dt><dd>\($0)</dd>" } }
        let history: [HTML] = record.history.map { event in
            var change = event.action
            if let from = event.from, let to = event.to { change += ": \(unitNames[from] ?? from) → \(unitNames[to] ?? to)" }
            else if let to = event.to { change += ": \(unitNames[to] ?? to)" }
            return "<li><strong>\(t.dateTime(event.at))</strong>, \(event.actor): \(change)\(event.note.map { HTML("<br><span class=\"verbatim\">\($0)</span>") })</li>"
        }
        let nextStatuses = EnquiryRecord.Status.allCases.filter { $0 >= record.status }
        let saved = visit.query["sparat"] != nil
        let content: HTML = """
        <p><a href="/personal">\(t("← Alla ärenden", "← All enquiries"))</a></p>
        <h1>\(t("Ärende", "Enquiry")) \(record.reference)</h1>
        \(signOutForm(visit, member))
        \(saved ? HTML("<p class=\"notice\" role=\"status\">\(t("Ändringen är sparad.", "The change is saved."))</p>") : .empty)
        \(Field.errorSummary(error.map { [("note", $0)] } ?? [], language: t))
        <dl class="facts">
        <dt>\(t("Status", "Status"))</dt><dd>\(statusName(record.status, t))</dd>
        <dt>\(t("Förvaltning", "Department"))</dt><dd>\(unitNames[record.assignedUnit] ?? record.assignedUnit)</dd>
        <dt>\(t("Lotsat till", "Routed to"))</dt><dd>\(unitNames[record.routedUnit] ?? record.routedUnit) (\(t("säkerhet", "confidence")) \(String(format: "%.2f", record.confidence)))</dd>
        <dt>\(t("Inkom", "Received"))</dt><dd>\(t.dateTime(record.createdAt)) \(t("via", "via")) \(record.channel)</dd>
        \(record.topic.map { HTML("<dt>\(t("Ämne", "Topic"))</dt><dd>\($0)</dd>") })
        \(personal)
        \(record.personalDataErasedAt.map { HTML("<dt>\(t("Personuppgifter", "Personal data"))</dt><dd>\(t("raderade", "erased")) \(t.dateTime($0))</dd>") })
        </dl>
        <h2>\(t("Frågan", "The question"))</h2>
        <p class="verbatim">\(record.text)</p>
        <h2>\(t("Hantera ärendet", "Handle the enquiry"))</h2>
        <form class="stack" method="post" action="/personal/arenden/\(record.reference)">
        \(visit.formTokenField)
        <div class="fields">
        \(Field.select("assigned_unit", label: t("Förvaltning", "Department"), options: units.map { ($0.id, $0.name) }, selected: record.assignedUnit, anyLabel: nil))
        \(Field.select("status", label: t("Status", "Status"), options: nextStatuses.map { ($0.rawValue, statusName($0, t)) }, selected: record.status.rawValue, anyLabel: nil))
        \(Field.textArea("note", label: t("Anteckning", "Note"), value: nil, hint: t("Syns bara för personal", "Visible to staff only"), error: error, attributes: " maxlength=\"\(EnquiryChange.maxNoteLength)\""))
        </div>
        <div class="actions"><button type="submit">\(t("Spara", "Save"))</button></div>
        </form>
        <h2>\(t("Historik", "History"))</h2>
        <ol class="history">\(history)</ol>
        """
        return visit.page(title: t("Ärende", "Enquiry") + " " + record.reference, content, status: status, personal: true)
    }

    func changeEnquiry(_ request: Request, reference: String) async throws -> Response {
        let (fields, visit) = try await postedForm(request)
        guard let member = try staffMember(request) else { return visit.redirect(to: "/personal/logga-in") }
        guard let record = try enquiryStore().enquiry(reference: reference) else { throw WebError.notFound }
        let t = visit.language
        let unit = fields["assigned_unit"].flatMap { $0 == record.assignedUnit ? nil : $0 }
        let status = fields["status"].flatMap(EnquiryRecord.Status.init(rawValue:)).flatMap { $0 == record.status ? nil : $0 }
        let note = fields["note"]
        if let note, note.hasControlCharacters {
            return try staffEnquiry(
                visit, reference: reference, error: t("Anteckningen innehåller otillåtna kontrolltecken.", "The note contains control characters, which are not allowed."),
                status: .badRequest)
        }
        if let note, note.count > EnquiryChange.maxNoteLength {
            return try staffEnquiry(
                visit, reference: reference,
                error: t("Anteckningen får vara högst \(EnquiryChange.maxNoteLength) tecken.", "The note may be at most \(EnquiryChange.maxNoteLength) characters."),
                status: .badRequest)
        }
        guard unit != nil || status != nil || note != nil else { return visit.redirect(to: "/personal/arenden/\(reference)") }
        do {
            _ = try enquiryStore().changeEnquiry(reference: reference, EnquiryChange(assignedUnit: unit, status: status, note: note), by: member.name, at: visit.now)
        } catch let error as StoreError {
            return try staffEnquiry(visit, reference: reference, error: t("Ändringen gick inte: ", "The change failed: ") + error.description, status: .conflict)
        }
        if unit != nil { guide?.refresh() }
        return visit.redirect(to: "/personal/arenden/\(reference)?sparat=1")
    }
}
