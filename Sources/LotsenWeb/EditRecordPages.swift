import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenStore

/// The edit form of one premises, grant or årshjul event (`/personal/redigera/{lokaler|bidrag|kalender}?id=`), and
/// saving it as a merge patch of the fields that changed, checked against the version the form was read at.
extension WebPages {
    func editRecord(_ visit: Visit, segment: String, error: String? = nil, status: HTTPResponse.Status = .ok,
                    posted: FormFields? = nil) throws -> Response {
        let member: StaffToken
        switch try editor(visit) { case .editor(let found): member = found; case .answer(let response): return response }
        guard let form = Self.editForms.first(where: { $0.segment == segment }) else { throw WebError.notFound }
        let t = visit.language
        let isNew = Self.creatable.contains(form.record) && visit.query["ny"] != nil
        let id = visit.query["id"] ?? ""
        let current = isNew ? nil : try store.editable(form.record, id: id)
        guard isNew || current != nil else { throw WebError.notFound }
        let object = current.flatMap { try? JSONSerialization.jsonObject(with: $0.json) as? [String: Any] } ?? [:]
        let inputs: [HTML] = form.fields.map { field in
            let value = posted?[field.name] ?? Self.formValue(object, field.path)
            let label = t(field.sv, field.en)
            switch field.kind {
            case .longText, .dates, .lines: return Field.textArea(field.name, label: label, value: value)
            case .time: return Field.text(field.name, label: label, value: value, type: "time")
            case .date: return Field.text(field.name, label: label, value: value, type: "date")
            case .integer, .decimal: return Field.text(field.name, label: label, value: value, attributes: " inputmode=\"decimal\"")
            case .text: return Field.text(field.name, label: label, value: value, wide: true)
            }
        }
        let newFields: HTML = isNew ? try newRecordFields(form.record, posted: posted, visit) : .empty
        let name = (object["name"] as? String) ?? t("Ny", "New")
        let withdrawn = object["withdrawn_at"] != nil
        let action = "/personal/redigera/\(segment)?" + (isNew ? "ny=1" : "id=\(Self.queryValue(id))")
        let withdraw: HTML = isNew ? .empty : """
            <form class="actions" method="post" action="\(action)">\(visit.formTokenField)\
            <input type="hidden" name="version" value="\(current?.version ?? "")"><input type="hidden" name="action" value="\(withdrawn ? "restore" : "withdraw")">\
            <button type="submit" class="secondary">\(withdrawn ? t("Återställ", "Restore") : [.premises, .grant].contains(form.record) ? t("Dra tillbaka", "Withdraw") : t("Ta bort", "Remove"))</button></form>
            """
        let content: HTML = """
        <p><a href="/personal/redigera">\(t("← Redigera katalogen", "← Edit the catalogue"))</a></p>
        <h1>\(t(form.sv, form.en)): \(name)</h1>
        \(signOutForm(visit, member))
        \(visit.query["sparat"] != nil ? HTML("<p class=\"notice\" role=\"status\">\(t("Ändringen är sparad.", "The change is saved."))</p>") : .empty)
        \(Field.errorSummary(error.map { [("name", $0)] } ?? [], language: t))
        <form class="stack" method="post" action="\(action)">
        \(visit.formTokenField)
        <input type="hidden" name="version" value="\(current?.version ?? "")">
        <div class="fields">\(newFields)\(inputs)</div>
        <div class="actions"><button type="submit">\(t("Spara", "Save"))</button></div>
        </form>
        \(withdrawn ? HTML("<p class=\"notice\">\(t("Posten är borttagen och syns inte för föreningarna.", "The record is withdrawn and not shown to associations."))</p>") : .empty)
        \(withdraw)
        \(isNew ? HTML.empty : try auditList(form.record, id: id, visit))
        """
        return visit.page(title: t(form.sv, form.en) + " – " + name, content, status: status, personal: true)
    }

    func saveRecord(_ request: Request, segment: String) async throws -> Response {
        let (fields, visit) = try await postedForm(request, maxBytes: 64 * 1024)
        let member: StaffToken
        switch try editor(visit) { case .editor(let found): member = found; case .answer(let response): return response }
        guard let form = Self.editForms.first(where: { $0.segment == segment }) else { throw WebError.notFound }
        let t = visit.language
        let isNew = Self.creatable.contains(form.record) && visit.query["ny"] != nil
        let id = isNew ? (fields["id"] ?? "") : (visit.query["id"] ?? "")
        let version = fields["version"].flatMap { $0.isEmpty ? nil : $0 }
        do {
            if fields["action"] == "withdraw" {
                try store.withdraw(form.record, id: id, ifMatch: version, actor: member.id, now: visit.now)
                return visit.redirect(to: "/personal/redigera")
            }
            if fields["action"] == "restore" {
                _ = try store.edit(form.record, id: id, RecordEdit(mode: .merge, body: Data(#"{"withdrawn_at": null}"#.utf8), ifMatch: version, actor: member.id), now: visit.now)
                return visit.redirect(to: "/personal/redigera/\(segment)?id=\(Self.queryValue(id))&sparat=1")
            }
            let current = isNew ? [:] : (try store.editable(form.record, id: id)).flatMap { try? JSONSerialization.jsonObject(with: $0.json) as? [String: Any] } ?? [:]
            var patch = try Self.patch(form.fields, fields, t, unchangedFrom: current)
            if isNew { Self.addNewRecordFields(form.record, fields, visit, to: &patch) }
            let body = try JSONSerialization.data(withJSONObject: patch)
            _ = try CatalogueEditor(store: store).edit(form.record, id: id, RecordEdit(mode: isNew ? .replace : .merge, body: body, ifMatch: version, actor: member.id), now: visit.now)
            return visit.redirect(to: "/personal/redigera/\(segment)?id=\(Self.queryValue(id))&sparat=1")
        } catch let failure as EditFailure {
            let message = switch failure {
            case .notFound: t("Posten finns inte längre.", "The record no longer exists.")
            case .versionRequired, .versionMismatch:
                t("Någon annan har ändrat posten medan du redigerade. Formuläret visar nu deras version; gör din ändring igen.",
                  "Somebody else changed the record while you were editing. The form now shows their version; make your change again.")
            case .invalid(let why): t("Ändringen kunde inte sparas: ", "The change could not be saved: ") + why
            }
            let stale = if case .versionMismatch = failure { true } else { false }
            return try editRecord(visit, segment: segment, error: message, status: stale ? .conflict : .unprocessableContent,
                                  posted: stale ? nil : fields)
        }
    }

    /// The records a new one can be added of here (premises and grants come from their sources, units are fixed).
    static let creatable: Set<EditableRecord> = [.premises, .grant, .event, .styrgrupp, .iop]

    /// What a new record needs besides the form's fields: its id, and a premises' kind, a grant's applicants, the
    /// responsible unit, an event's approximate month.
    func newRecordFields(_ record: EditableRecord, posted: FormFields?, _ visit: Visit) throws -> HTML {
        let t = visit.language
        let vocabulary = try store.vocabulary()
        let units = try store.units().map { ($0.id, $0.name) }
        var fields: [HTML] = [Field.text("id", label: t("Id (små bokstäver, siffror och bindestreck)", "Id (lower-case letters, digits and dashes)"),
                                         value: posted?["id"], attributes: " required pattern=\"[a-z0-9-]+\"")]
        switch record {
        case .premises:
            fields.append(Field.select("kind", label: t("Typ av lokal", "Kind of premises"), options: vocabulary.premisesKind.map { ($0.code, t($0.sv, $0.en)) }, selected: posted?["kind"], anyLabel: nil))
            fields.append(Field.select("owner_unit_id", label: t("Förvaltning", "Department"), options: units, selected: posted?["owner_unit_id"], anyLabel: t("Ingen", "None")))
        case .grant:
            fields.append(Field.select("applicant", label: t("Vem kan söka", "Who may apply"), options: vocabulary.applicant.map { ($0.code, t($0.sv, $0.en)) }, selected: posted?["applicant"], anyLabel: nil))
            fields.append(Field.select("owner_unit_id", label: t("Förvaltning", "Department"), options: units, selected: posted?["owner_unit_id"], anyLabel: t("Ingen", "None")))
        case .event:
            fields.append(Field.select("month", label: t("Ungefärlig månad", "Approximate month"), options: (1...12).map { (String($0), t.month($0, year: visit.today.year)) }, selected: posted?["month"], anyLabel: nil))
        case .unit, .styrgrupp, .iop:
            break
        }
        return "\(fields)"
    }

    static func addNewRecordFields(_ record: EditableRecord, _ fields: FormFields, _ visit: Visit, to patch: inout [String: Any]) {
        func nonEmpty(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        switch record {
        case .premises:
            patch["kind"] = nonEmpty("kind") ?? NSNull()
            patch["owner_unit_id"] = nonEmpty("owner_unit_id") ?? NSNull()
        case .grant:
            patch["applicants"] = nonEmpty("applicant").map { [$0] } ?? []
            patch["owner_unit_id"] = nonEmpty("owner_unit_id") ?? NSNull()
        case .event:
            patch["schedule"] = [["month": Int(fields["month"] ?? "") ?? visit.today.month]]
        case .unit, .styrgrupp, .iop:
            break
        }
    }

    /// The record's latest audited changes, with who made them.
    func auditList(_ record: EditableRecord, id: String, _ visit: Visit) throws -> HTML {
        let t = visit.language
        let entries = try store.auditTrail(record, id: id, limit: 20)
        guard !entries.isEmpty else { return .empty }
        let names = Dictionary(try enquiryStore().tokens().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let items: [HTML] = entries.map { entry in
            "<li><strong>\(t.dateTime(entry.at))</strong>, \(names[entry.actor] ?? entry.actor): \(entry.field) \(entry.before ?? "–") → \(entry.after ?? "–")</li>"
        }
        return "<h2>\(t("Ändringar", "Changes"))</h2><ol class=\"history\">\(items)</ol>"
    }

    /// A field's value in the record's JSON as the form shows it.
    static func formValue(_ object: [String: Any], _ path: [String]) -> String {
        var value: Any? = object
        for key in path { value = (value as? [String: Any])?[key] }
        switch value {
        case let text as String: return text
        case let list as [Any]: return list.map { "\($0)" }.joined(separator: "\n")
        case let number as NSNumber: return number.stringValue
        default: return ""
        }
    }

    /// The merge patch for the posted form: each field it sent, an empty one as null (removed); a field it did not
    /// send is left as it is.
    static func patch(_ formFields: [EditField], _ posted: FormFields, _ t: Language, unchangedFrom current: [String: Any] = [:]) throws -> [String: Any] {
        var patch: [String: Any] = [:]
        func normalized(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        for field in formFields {
            // A field the form did not send, or sent as it was shown, is left exactly as stored (and not marked as set).
            guard let sent = posted[field.name], current.isEmpty || normalized(sent) != normalized(formValue(current, field.path)) else { continue }
            let text = sent.trimmingCharacters(in: .whitespacesAndNewlines)
            let value: Any
            switch field.kind {
            // Empty is absent: an optional field is removed, a text one reads back as empty.
            case _ where text.isEmpty && field.kind != .dates && field.kind != .lines: value = NSNull()
            case .text, .longText: value = text
            case .integer:
                guard let number = Int(text.filter { !$0.isWhitespace }), (0...1_000_000_000).contains(number) else {
                    throw EditFailure.invalid(t("\(field.sv) ska vara ett heltal.", "\(field.en) must be a whole number."))
                }
                value = number
            case .decimal:
                guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite, number > 0, number < 1e9 else {
                    throw EditFailure.invalid(t("\(field.sv) ska vara ett tal.", "\(field.en) must be a number."))
                }
                value = number
            case .time, .date: value = text
            case .lines:
                value = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case .dates:
                let dates = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if let bad = dates.first(where: { LocalDate(iso: $0) == nil }) {
                    throw EditFailure.invalid(t("”\(bad)” är inget datum (ÅÅÅÅ-MM-DD).", "“\(bad)” is not a date (YYYY-MM-DD)."))
                }
                value = dates
            }
            if field.path.count == 2 {
                var inner = patch[field.path[0]] as? [String: Any] ?? [:]
                inner[field.path[1]] = value
                patch[field.path[0]] = inner
            } else {
                patch[field.path[0]] = value
            }
        }
        return patch
    }
}
