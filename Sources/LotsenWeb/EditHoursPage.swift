import Foundation
import Hummingbird
import LotsenModel
import LotsenStore

/// `/personal/redigera/enheter?id=`: a unit's closed days and changed hours (a holiday week, a staff day), entered
/// for every channel that has opening hours; "öppet nu" follows them at once.
extension WebPages {
    func editHours(_ visit: Visit, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let member: StaffToken
        switch try editor(visit) { case .editor(let found): member = found; case .answer(let response): return response }
        let t = visit.language
        guard let id = visit.query["id"], let unit = try store.unit(id: id) else { throw WebError.notFound }
        let version = try RecordVersion.of(unit)
        let exceptions = Self.exceptions(of: unit).filter { $0.date >= visit.today }
        let rows: [HTML] = exceptions.map { exception in
            let hours = exception.intervals.isEmpty ? t("Stängt", "Closed")
                : exception.intervals.map { "\($0.opens)–\($0.closes)" }.joined(separator: ", ")
            return """
            <tr><th scope="row">\(t.date(exception.date))</th><td>\(hours)</td><td>\(exception.note ?? "")</td><td>\
            <form method="post" action="/personal/redigera/enheter?id=\(Self.queryValue(id))">\(visit.formTokenField)\
            <input type="hidden" name="version" value="\(version)"><input type="hidden" name="remove" value="\(exception.date.description)">\
            <button type="submit" class="secondary">\(t("Ta bort", "Remove"))</button></form></td></tr>
            """
        }
        let content: HTML = """
        <p><a href="/personal/redigera">\(t("← Redigera katalogen", "← Edit the catalogue"))</a></p>
        <h1>\(t("Öppettider", "Opening hours")): \(unit.name)</h1>
        \(signOutForm(visit, member))
        \(visit.query["sparat"] != nil ? HTML("<p class=\"notice\" role=\"status\">\(t("Ändringen är sparad.", "The change is saved."))</p>") : .empty)
        \(Field.errorSummary(error.map { [("date", $0)] } ?? [], language: t))
        <h2 id="exceptions-heading">\(t("Avvikande dagar", "Days with other hours"))</h2>
        \(rows.isEmpty ? HTML("<p>\(t("Inga avvikande dagar framåt.", "No days with other hours ahead."))</p>") : HTML("""
        <table aria-labelledby="exceptions-heading"><thead><tr><th scope="col">\(t("Datum", "Date"))</th><th scope="col">\(t("Öppet", "Open"))</th>\
        <th scope="col">\(t("Anledning", "Reason"))</th><th scope="col"><span class="visually-hidden">\(t("Ta bort", "Remove"))</span></th></tr></thead><tbody>\(rows)</tbody></table>
        """))
        \(weeklyHoursForm(unit, version: version, visit))
        <h2>\(t("Lägg till en stängd dag eller ändrade tider", "Add a closed day or changed hours"))</h2>
        <form class="stack" method="post" action="/personal/redigera/enheter?id=\(Self.queryValue(id))">
        \(visit.formTokenField)
        <input type="hidden" name="version" value="\(version)">
        <div class="fields">
        \(Field.text("date", label: t("Datum", "Date"), value: nil, type: "date", attributes: " required"))
        \(Field.text("opens", label: t("Öppnar kl. (tomt: stängt)", "Opens at (empty: closed)"), value: nil, type: "time"))
        \(Field.text("closes", label: t("Stänger kl.", "Closes at"), value: nil, type: "time"))
        \(Field.text("note", label: t("Anledning", "Reason"), value: nil, hint: t("Till exempel ”Julafton” eller ”Personaldag”", "For example “Christmas Eve” or “Staff day”")))
        </div>
        <div class="actions"><button type="submit">\(t("Spara", "Save"))</button></div>
        </form>
        """
        return visit.page(title: t("Öppettider", "Opening hours") + " – " + unit.name, content, status: status, personal: true)
    }

    func saveHours(_ request: Request) async throws -> Response {
        let (fields, visit) = try await postedForm(request)
        let member: StaffToken
        switch try editor(visit) { case .editor(let found): member = found; case .answer(let response): return response }
        let t = visit.language
        guard let id = visit.query["id"], var unit = try store.unit(id: id) else { throw WebError.notFound }
        if fields["action"] == "weekly" {
            if let problem = Self.applyWeekly(fields, to: &unit, t) {
                return try editHours(visit, error: problem, status: .unprocessableContent)
            }
            return try saveUnit(unit, version: fields["version"], member: member, visit)
        }
        let change: (inout OpeningHours) -> Void
        if let removed = fields["remove"].flatMap({ LocalDate(iso: $0) }) {
            change = { $0.exceptions.removeAll { $0.date == removed } }
        } else {
            guard let date = fields["date"].flatMap({ LocalDate(iso: $0) }) else {
                return try editHours(visit, error: t("Ange ett datum.", "Enter a date."), status: .unprocessableContent)
            }
            // Both times empty: closed. Anything else must be two readable times, opening first ("08:00", "8.00", "08:00:00").
            let (opensText, closesText) = (fields["opens"] ?? "", fields["closes"] ?? "")
            let opens = Self.clockTime(opensText), closes = Self.clockTime(closesText)
            var intervals: [OpeningHours.TimeRange] = []
            if !opensText.isEmpty || !closesText.isEmpty {
                guard let opens, let closes, opens < closes else {
                    return try editHours(visit, error: t("Ange både när det öppnar och stänger, öppnar före stänger.", "Give both opening and closing time, opening first."),
                                         status: .unprocessableContent)
                }
                intervals = [OpeningHours.TimeRange(opens: opens, closes: closes)]
            }
            let note = fields["note"].flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }
            change = { hours in
                hours.exceptions.removeAll { $0.date == date }
                hours.exceptions.append(OpeningHours.Exception(date: date, intervals: intervals, note: note))
                hours.exceptions.sort { $0.date < $1.date }
            }
        }
        for index in unit.channels.indices {
            guard var hours = unit.channels[index].hours else { continue }
            change(&hours)
            unit.channels[index].hours = hours
        }
        return try saveUnit(unit, version: fields["version"], member: member, visit)
    }

    private func saveUnit(_ unit: MunicipalUnit, version: String?, member: StaffToken, _ visit: Visit) throws -> Response {
        let t = visit.language
        let id = unit.id
        do {
            let body = try JSONEncoder.lotsen.encode(unit)
            _ = try store.edit(.unit, id: id, RecordEdit(mode: .replace, body: body, ifMatch: version, actor: member.id), now: visit.now)
        } catch let failure as EditFailure {
            let message = if case .invalid(let why) = failure { why } else {
                t("Någon annan har ändrat tiderna medan du redigerade. Sidan visar nu deras version; gör din ändring igen.",
                  "Somebody else changed the hours while you were editing. The page now shows their version; make your change again.")
            }
            return try editHours(visit, error: message, status: .conflict)
        }
        return visit.redirect(to: "/personal/redigera/enheter?id=\(Self.queryValue(id))&sparat=1")
    }

    /// A time as a form sends it: "08:00", "8.00", or with seconds, "08:00:00".
    static func clockTime(_ text: String) -> LocalTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":")
        if parts.count == 3, parts[2].allSatisfy(\.isNumber) { return LocalTime(parts[0...1].joined(separator: ":")) }
        return trimmed.isEmpty ? nil : LocalTime(trimmed)
    }

    /// The unit's exceptions, one per date (channels share them when entered here).
    static func exceptions(of unit: MunicipalUnit) -> [OpeningHours.Exception] {
        var byDate: [LocalDate: OpeningHours.Exception] = [:]
        for exception in unit.channels.compactMap(\.hours).flatMap(\.exceptions) where byDate[exception.date] == nil { byDate[exception.date] = exception }
        return byDate.values.sorted { $0.date < $1.date }
    }
}
