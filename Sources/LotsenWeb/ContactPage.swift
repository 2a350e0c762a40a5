import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenStore

/// `/kontakt`: one form for any question. On submit the enquiry is routed and stored, and the person sees the
/// reference number, who will handle it and how to reach them now, and what can be answered at once.
extension WebPages {
    /// The fields of the contact form, as typed.
    struct ContactForm {
        var text = "", topic = "", name = "", email = "", phone = "", association = "", organisationNumber = ""

        init() {}

        init(_ fields: FormFields) {
            text = fields["text"] ?? ""
            topic = fields["topic"] ?? ""
            name = fields["name"] ?? ""
            email = fields["email"] ?? ""
            phone = fields["phone"] ?? ""
            association = fields["association"] ?? ""
            organisationNumber = fields["organisation_number"] ?? ""
        }
    }

    func contactForm(_ visit: Visit) throws -> Response {
        guard guide != nil else { throw WebError.unavailable }
        return contactPage(visit, form: ContactForm(), errors: [])
    }

    /// The form, filled with what was typed. `notStored` says the last submission could not be stored: the page then
    /// says so plainly and keeps the text, so nobody loses what they wrote.
    private func contactPage(_ visit: Visit, form: ContactForm, errors: [(field: String, message: String)], notStored: Bool = false) -> Response {
        let t = visit.language
        let failure: HTML = notStored ? """
            <div class="error-summary" role="alert" tabindex="-1"><h2>\(t("Din fråga är inte skickad", "Your question has not been sent"))</h2>
            <p>\(t("Vi kunde inte spara din fråga just nu. Texten står kvar nedan: skicka igen om en stund, eller ring Medborgarcenter på 044-13 50 00.", "We could not store your question just now. Your text is kept below: send it again in a moment, or call the citizen centre on +46 44 13 50 00."))</p></div>
            """ : .empty
        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        let topics = guide?.router.knowledge.topics.map { ($0.id, $0.name) } ?? []
        let content: HTML = """
        <h1>\(t("Kontakta kommunen", "Contact the municipality"))</h1>
        <p class="lead">\(t("Ställ din fråga här, vad den än gäller. Medborgarcenter hjälper dig direkt eller lotsar ärendet till rätt förvaltning, och du får ett ärendenummer.", "Ask your question here, whatever it is about. The citizen centre helps you directly or pilots the case to the right department, and you get a reference number."))</p>
        \(failure)\(Field.errorSummary(errors, language: t))
        <form class="stack" method="post" action="/kontakt" novalidate>
        \(visit.formTokenField)
        <div class="fields">
        \(Field.textArea("text", label: t("Din fråga (obligatorisk)", "Your question (required)"), value: form.text, hint: t("Skriv med egna ord, till exempel ”Var kan vår förening hyra en lokal för 80 personer?”", "In your own words, for example “Where can our association rent a room for 80 people?”"), error: error("text"), attributes: " required maxlength=\"\(NewEnquiry.maxTextLength)\" aria-required=\"true\""))
        <p class="suggestion" id="route-suggestion" aria-live="polite"></p>
        \(Field.select("topic", label: t("Ämne (om du vet)", "Topic (if you know)"), options: topics, selected: form.topic, anyLabel: t("Vet inte", "Don't know"), error: error("topic")))
        \(Field.text("name", label: t("Namn", "Name"), value: form.name, error: error("name"), attributes: " autocomplete=\"name\""))
        \(Field.text("email", label: t("E-post", "E-mail"), value: form.email, type: "email", hint: t("Om du vill ha svar via e-post", "If you want an answer by e-mail"), error: error("email"), attributes: " autocomplete=\"email\""))
        \(Field.text("phone", label: t("Telefon", "Phone"), value: form.phone, type: "tel", error: error("phone"), attributes: " autocomplete=\"tel\""))
        \(Field.text("association", label: t("Förening", "Association"), value: form.association, error: error("association"), attributes: " autocomplete=\"organization\""))
        \(Field.text("organisation_number", label: t("Organisationsnummer", "Organisation number"), value: form.organisationNumber, hint: t("Tio siffror, till exempel 802000-0000", "Ten digits, for example 802000-0000"), error: error("organisation_number")))
        </div>
        <p class="hint">\(t("Dina kontaktuppgifter används bara för att svara dig och tas bort 90 dagar efter att ärendet avslutats.", "Your contact details are only used to answer you and are erased 90 days after the case is closed."))</p>
        <div class="actions"><button type="submit">\(t("Skicka frågan", "Send the question"))</button></div>
        </form>
        """
        let status: HTTPResponse.Status = notStored ? .serviceUnavailable : errors.isEmpty ? .ok : .badRequest
        return visit.page(title: t("Kontakta kommunen", "Contact us"), content, status: status, personal: true,
                          scripts: [assets.contactScript])
    }

    func submitContact(_ request: Request) async throws -> Response {
        guard let guide else { throw WebError.unavailable }
        let (fields, visit) = try await postedForm(request)
        let t = visit.language
        let form = ContactForm(fields)
        let draft = EnquiryDraft(
            text: form.text, topic: form.topic, channel: "web", name: form.name, email: form.email, phone: form.phone,
            association: form.association, organisationNumber: form.organisationNumber)
        let new: NewEnquiry
        do {
            new = try draft.validated(topicIds: guide.router.topicIds)
        } catch {
            // Each field once, with its first problem, as the person should fix it.
            var errors: [(field: String, message: String)] = []
            for problem in error.problems where !errors.contains(where: { $0.field == problem.field }) {
                errors.append((problem.field, Self.sentence(t(problem.sv, problem.en))))
            }
            return contactPage(visit, form: form, errors: errors)
        }
        let record: EnquiryRecord
        do {
            (record, _) = try guide.submit(new, at: visit.now)
        } catch {
            // Acknowledged only when stored: anything else shows the form again with the person's own text.
            FileHandle.standardError.write(Data("lotsen: an enquiry from the contact form could not be stored: \(error)\n".utf8))
            return contactPage(visit, form: form, errors: [], notStored: true)
        }
        return visit.redirect(to: "/kontakt/tack/\(record.reference)?kvitto=\(receiptCode(record.reference, visit: visit))")
    }

    /// "skriv din fråga" → "Skriv din fråga."
    private static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }

    /// Only the browser that sent the enquiry can open its receipt: the link carries a code signed for it.
    private func receiptCode(_ reference: String, visit: Visit) -> String {
        String(formGuard.token(for: visit.formToken + "|" + reference).prefix(32))
    }

    /// A unit's channels, each linked, with "open now, closes at" or "closed, opens at" where it has opening hours.
    func contactList(_ unit: MunicipalUnit, _ visit: Visit) -> HTML {
        let t = visit.language
        let kinds: [ContactChannel.Kind: (String, String)] = [
            .phone: ("Telefon", "Phone"), .email: ("E-post", "E-mail"), .eservice: ("E-tjänst", "E-service"), .visit: ("Besök", "Visit"), .web: ("Webb", "Web"),
        ]
        let items: [HTML] = unit.channels.map { channel in
            let name = channel.label ?? kinds[channel.kind].map { t($0.0, $0.1) } ?? channel.kind.rawValue
            let value: HTML = switch channel.kind {
            case .phone: "<a href=\"tel:\(channel.value.filter { $0.isNumber || $0 == "+" })\">\(channel.value)</a>"
            case .email: "<a href=\"mailto:\(channel.value)\">\(channel.value)</a>"
            case .eservice, .web: Self.safeLink(channel.value).map { "<a href=\"\($0)\">\(channel.value)</a>" } ?? "\(channel.value)"
            case .visit: "\(channel.value)"
            }
            var status: HTML = .empty
            if let open = channel.hours?.status(at: visit.now) {
                status = open.isOpen
                    ? " <span class=\"badge open\">\(t("Öppet nu", "Open now"))</span>\(open.closesAt.map { HTML(" \(t("stänger", "closes")) \(t.time($0, today: visit.today))") })"
                    : " <span class=\"badge closed\">\(t("Stängt", "Closed"))</span>\(open.opensAt.map { HTML(" \(t("öppnar", "opens")) \(t.time($0, today: visit.today))") })"
            }
            return "<dt>\(name)</dt><dd>\(value)\(status)</dd>"
        }
        return items.isEmpty ? .empty : "<dl class=\"facts\">\(items)</dl>"
    }

    func contactReceipt(_ visit: Visit, reference: String) throws -> Response {
        guard let guide else { throw WebError.unavailable }
        guard let code = visit.query["kvitto"], FormGuard.constantTimeEqual(Array(code.utf8), Array(receiptCode(reference, visit: visit).utf8)),
              let record = try enquiryStore().enquiry(reference: reference)
        else { throw WebError.notFound }
        let t = visit.language
        let answer = try guide.answer(.init(text: record.text, topic: record.topic), at: visit.now)
        let unit = try store.unit(id: record.assignedUnit)
        let grants: [HTML] = answer.grants.map { grant in
            let when: String = grant.nextDeadline.map { t("sista ansökningsdag ", "deadline ") + t.date($0) }
                ?? (grant.deadlineStatus == "rolling" ? t("söks löpande", "open all year") : t("datum ej publicerat", "no date published"))
            return "<li><a href=\"/bidrag/\(grant.id)\">\(grant.name)</a> – \(when)\(grant.deadlineStatus == "projected" ? statusBadge(.projected, t) : .empty)</li>"
        }
        let premises: [HTML] = answer.premises.map { item in
            "<li><a href=\"/lokaler/\(item.id)\">\(item.name)</a>\(item.district.map { HTML(", \($0)") })\(item.capacity.map { HTML(", \(t("\($0) personer", "\($0) people"))") })</li>"
        }
        let handler = unit?.name ?? record.assignedUnit
        // When the unit has no staffed channel with opening hours, Medborgarcenter's are shown too.
        let fallbackID = guide.router.knowledge.fallbackUnit
        let staffed = unit?.channels.contains { $0.hours != nil } ?? false
        let citizenCentre = staffed || record.assignedUnit == fallbackID ? nil : try store.unit(id: fallbackID)
        let content: HTML = """
        <div class="notice" role="status">
        <h1>\(t("Tack, vi har tagit emot din fråga", "Thank you, we have received your question"))</h1>
        <p>\(t("Ditt ärendenummer är", "Your reference number is")) <strong>\(record.reference)</strong>. \(t("Ange det om du kontaktar oss.", "Quote it if you contact us."))</p>
        </div>
        <h2>\(t("Vem handlägger frågan", "Who handles your question"))</h2>
        <p>\(answer.route.fallback
            ? HTML("<strong>\(handler)</strong> \(t("tar emot frågan och lotsar den till rätt ställe.", "takes your question and pilots it to the right place."))")
            : HTML("\(t("Frågan går till", "Your question goes to")) <strong>\(handler)</strong>."))</p>
        \(unit.map { contactList($0, visit) })
        \(citizenCentre.map { HTML("<p>\(t("Vill du prata med någon direkt? Kontakta", "Want to talk to someone now? Contact")) <strong>\($0.name)</strong>.</p>\(contactList($0, visit))") })
        \(grants.isEmpty ? HTML.empty : "<h2>\(t("Bidrag som kan passa", "Grants that may fit"))</h2><ul>\(grants)</ul>")
        \(premises.isEmpty ? HTML.empty : "<h2>\(t("Lokaler som kan passa", "Premises that may fit"))</h2><ul>\(premises)</ul>")
        <h2>\(t("Din fråga", "Your question"))</h2>
        <p class="verbatim">\(record.text)</p>
        <p><a href="/kontakt">\(t("Ställ en fråga till", "Ask another question"))</a></p>
        """
        return visit.page(title: t("Tack för din fråga", "Thank you for your question"), content, personal: true)
    }
}
