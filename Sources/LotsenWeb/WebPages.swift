import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenRouting
import LotsenStore

/// Lotsen's web pages, rendered on the server in Swedish (English on request), served by the same process as
/// the API: premises, grants, the grant calendar, "Kontakta kommunen" and the staff enquiry queue.
public struct WebPages: Sendable {
    let store: Store
    let guide: EnquiryGuide?
    let clock: @Sendable () -> Date
    let formGuard: FormGuard
    let assets: Assets

    public init(store: Store, guide: EnquiryGuide?, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.store = store
        self.guide = guide
        self.clock = clock
        formGuard = FormGuard()
        assets = try Assets()
    }

    /// Adds the pages and their stylesheet and script to `router` (``ServerResponder`` gives every response the
    /// security headers).
    public func addRoutes(to router: Hummingbird.Router<BasicRequestContext>) {
        assets.addRoutes(to: router)
        let pages = router.group().add(middleware: WebErrorMiddleware(pages: self))
        pages.get("/") { request, _ in try self.home(self.visit(request)) }
        pages.get("lokaler") { request, _ in try self.premisesList(self.visit(request)) }
        pages.get("lokaler/:id") { request, context in try self.premisesDetail(self.visit(request), id: context.parameters.require("id")) }
        pages.get("bidrag") { request, _ in try self.grantList(self.visit(request)) }
        pages.get("bidrag/:id") { request, context in try self.grantDetail(self.visit(request), id: context.parameters.require("id")) }
        pages.get("kalender") { request, _ in try self.calendar(self.visit(request)) }
        pages.get("samverkan") { request, _ in try self.samverkan(self.visit(request)) }
        pages.get("samverkan/iop") { request, _ in try self.iopCheck(self.visit(request)) }
        pages.get("nytt") { request, _ in try self.whatsNew(self.visit(request)) }
        pages.get("kontakt") { request, _ in try self.contactForm(self.visit(request)) }
        pages.post("kontakt") { request, _ in try await self.submitContact(request) }
        pages.get("kontakt/tack/:reference") { request, context in
            try self.contactReceipt(self.visit(request), reference: context.parameters.require("reference"))
        }
        pages.get("personal") { request, _ in try self.staffQueue(self.visit(request)) }
        pages.get("personal/logga-in") { request, _ in try self.signInForm(self.visit(request)) }
        pages.post("personal/logga-in") { request, _ in try await self.signIn(request) }
        pages.post("personal/logga-ut") { request, _ in try await self.signOut(request) }
        pages.get("personal/arenden/:reference") { request, context in
            try self.staffEnquiry(self.visit(request), reference: context.parameters.require("reference"))
        }
        pages.post("personal/arenden/:reference") { request, context in
            try await self.changeEnquiry(request, reference: context.parameters.require("reference"))
        }
        pages.get("personal/redigera") { request, _ in try self.editIndex(self.visit(request)) }
        pages.get("personal/redigera/enheter") { request, _ in try self.editHours(self.visit(request)) }
        pages.post("personal/redigera/enheter") { request, _ in try await self.saveHours(request) }
        pages.get("personal/redigera/:segment") { request, context in
            try self.editRecord(self.visit(request), segment: context.parameters.require("segment"))
        }
        pages.post("personal/redigera/:segment") { request, context in
            try await self.saveRecord(request, segment: context.parameters.require("segment"))
        }
    }

    /// Where enquiries and staff sessions are kept; the contact and staff pages need it.
    func enquiryStore() throws -> EnquiryStore {
        guard let guide else { throw WebError.unavailable }
        return guide.enquiries
    }

    func visit(_ request: Request) -> Visit {
        Visit(request: request, guard: formGuard, assets: assets, now: clock())
    }

    /// Reads a posted form (at most `maxBytes`), checks its CSRF field and hands back the fields and the visit.
    func postedForm(_ request: Request, maxBytes: Int = 32 * 1024) async throws -> (FormFields, Visit) {
        guard MediaType.is("application/x-www-form-urlencoded", request.headers[.contentType]) else { throw WebError.unsupportedForm }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBytes)
        } catch {
            throw WebError.tooLarge
        }
        let fields = FormFields(String(buffer: body))
        guard formGuard.accepts(fields, from: request) else { throw WebError.forgedForm }
        return (fields, visit(request))
    }

    func home(_ visit: Visit) throws -> Response {
        let t = visit.language
        let content: HTML = """
        <h1>\(t("En väg in till kommunen för föreningar", "One way in to the municipality for associations"))</h1>
        <p class="lead">\(t("Hitta en lokal att hyra eller låna, se när bidragen ska sökas och ställ din fråga till kommunen – Medborgarcenter hjälper dig direkt eller lotsar ärendet rätt.", "Find premises to rent or borrow, see when grants are due and ask the municipality – the citizen centre helps you directly or pilots your case to the right place."))</p>
        <ul class="results">
        <li class="card"><h2><a href="/lokaler">\(t("Lokaler", "Premises"))</a></h2><p>\(t("Sök bland kommunens lokaler efter storlek, ort, utrustning, tillgänglighet och pris.", "Search the municipality's premises by size, district, facilities, accessibility and price."))</p></li>
        <li class="card"><h2><a href="/bidrag">\(t("Bidrag", "Grants"))</a></h2><p>\(t("Föreningsbidrag, kulturbidrag och stöd till idéburen sektor – vem som kan söka och när.", "Association, culture and civil-society grants – who may apply and when."))</p></li>
        <li class="card"><h2><a href="/kalender">\(t("Bidragskalender", "Grant calendar"))</a></h2><p>\(t("Alla sista ansökningsdagar månad för månad, att prenumerera på i din kalender.", "Every application deadline month by month, to subscribe to in your calendar."))</p></li>
        <li class="card"><h2><a href="/kontakt">\(t("Kontakta kommunen", "Contact the municipality"))</a></h2><p>\(t("Ett formulär för alla frågor. Du får ett ärendenummer och vet vem som svarar.", "One form for any question. You get a reference number and know who will answer."))</p></li>
        </ul>
        """
        return visit.page(title: t("Start", "Home"), content)
    }
}

/// What a page request can fail with, shown as a page in the visitor's language.
enum WebError: Error {
    case notFound
    case forgedForm
    case unsupportedForm
    case tooLarge
    case unavailable
}

/// Renders errors thrown by pages as HTML pages (404, 403 for a failed form check, 413 for an oversize form).
struct WebErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let pages: WebPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return render(error, request: request)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            // Anything unexpected (the database, a bug) is a page in the visitor's language too, never a JSON 500.
            context.logger.error("page failed: \(String(describing: error))")
            return message(request, status: .internalServerError, "Något gick fel", "Something went wrong",
                           "Sidan kunde inte visas just nu. Försök igen om en stund, eller ring Medborgarcenter på 044-13 50 00.",
                           "The page could not be shown just now. Try again in a moment, or call the citizen centre on +46 44 13 50 00.")
        }
    }

    private func render(_ error: WebError, request: Request) -> Response {
        switch error {
        case .notFound:
            message(request, status: .notFound, "Sidan finns inte", "Page not found",
                    "Det finns ingen sida med den adressen. Den kan ha tagits bort.", "There is no page at this address. It may have been removed.")
        case .forgedForm:
            message(request, status: .forbidden, "Formuläret kunde inte skickas", "The form could not be sent",
                    "Formuläret hade gått ut eller kom inte från den här webbplatsen. Gå tillbaka, ladda om sidan och försök igen.",
                    "The form had expired or did not come from this site. Go back, reload the page and try again.")
        case .unsupportedForm:
            message(request, status: .unsupportedMediaType, "Formuläret kunde inte läsas", "The form could not be read",
                    "Skicka formuläret från sidan.", "Send the form from the page.")
        case .tooLarge:
            message(request, status: .contentTooLarge, "Formuläret är för stort", "The form is too large",
                    "Korta texten och försök igen.", "Shorten the text and try again.")
        case .unavailable:
            message(request, status: .serviceUnavailable, "Tjänsten är inte tillgänglig", "Service unavailable",
                    "Frågor tas inte emot här just nu. Ring Medborgarcenter, 044-13 50 00.", "Questions cannot be received here just now. Call the citizen centre, +46 44 13 50 00.")
        }
    }

    private func message(_ request: Request, status: HTTPResponse.Status, _ titleSv: String, _ titleEn: String, _ textSv: String, _ textEn: String) -> Response {
        let visit = pages.visit(request)
        let t = visit.language
        return visit.page(
            title: t(titleSv, titleEn), "<h1>\(t(titleSv, titleEn))</h1><p>\(t(textSv, textEn))</p><p><a href=\"/\">\(t("Till startsidan", "To the home page"))</a></p>",
            status: status, personal: true)
    }
}
