import Foundation
import Hummingbird
import LotsenModel

/// One request to a page: its language, its query, the time, and the form token of the browser.
struct Visit {
    let request: Request
    let language: Language
    let query: FormFields
    let now: Date
    let today: LocalDate
    let formToken: String
    /// Cookies the response must set (the form id on a first visit, the language after a switch).
    var cookies: [Cookie]
    let assets: Assets

    init(request: Request, guard formGuard: FormGuard, assets: Assets, now: Date) {
        self.request = request
        self.assets = assets
        self.now = now
        today = now.localDateAndTime(in: .stockholm).0
        query = FormFields(request.uri.query)
        var cookies: [Cookie] = []
        if let chosen = query["lang"].flatMap(Language.init(rawValue:)) {
            language = chosen
            cookies.append(Cookie(name: "lang", value: chosen.rawValue, maxAge: 365 * 86_400, path: "/", secure: true, httpOnly: true, sameSite: .lax))
        } else {
            language = request.cookies["lang"].flatMap { Language(rawValue: $0.value) } ?? .sv
        }
        let browser = formGuard.browserID(for: request)
        if let cookie = browser.cookie { cookies.append(cookie) }
        formToken = formGuard.token(for: browser.id)
        self.cookies = cookies
    }

    /// The request's path; never protocol-relative (`//host`), so links built from it stay on this site.
    var path: String {
        let path = request.uri.path
        return path.hasPrefix("/") && !path.hasPrefix("//") ? path : "/"
    }

    /// The hidden field every form carries.
    var formTokenField: HTML { "<input type=\"hidden\" name=\"\(FormGuard.fieldName)\" value=\"\(formToken)\">" }

    /// A whole page: landmarks, skip link, navigation with the current page marked, language switch.
    func page(
        title: String, _ content: HTML, status: HTTPResponse.Status = .ok, personal: Bool = false, scripts: [Assets.File] = []
    ) -> Response {
        let t = language
        let sections: [(path: String, sv: String, en: String)] = [
            ("/lokaler", "Lokaler", "Premises"), ("/bidrag", "Bidrag", "Grants"), ("/kalender", "Bidragskalender", "Grant calendar"),
            ("/samverkan", "Samverkan", "Cooperation"), ("/nytt", "Nytt", "What's new"), ("/kontakt", "Kontakta kommunen", "Contact us"), ("/personal", "För personal", "Staff"),
        ]
        let navigation: [HTML] = sections.map { section in
            let current = path == section.path || path.hasPrefix(section.path + "/")
            return "<li><a href=\"\(section.path)\"\(current ? HTML(" aria-current=\"page\"") : .empty)>\(t(section.sv, section.en))</a></li>"
        }
        let other: Language = language == .sv ? .en : .sv
        let switchLink = pathAndQuery(setting: ["lang": other.rawValue])
        let scriptTags: [HTML] = scripts.map { "<script src=\"\($0.url)\" defer></script>" }
        let html: HTML = """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) – Lotsen, Kristianstads kommun</title>
        <link rel="stylesheet" href="\(assets.stylesheet.url)">
        \(scriptTags)
        </head>
        <body>
        <a class="skip-link" href="#main">\(t("Hoppa till innehållet", "Skip to content"))</a>
        <header class="site-header">
        <div class="bar">
        <a class="site-name" href="/">Lotsen <span lang="sv">– Kristianstads kommun</span></a>
        <nav class="site-nav" aria-label="\(t("Huvudmeny", "Main menu"))"><ul>\(navigation)</ul></nav>
        <a class="language-switch" href="\(switchLink)" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .en ? "In English" : "På svenska")</a>
        </div>
        </header>
        <main id="main" tabindex="-1">
        \(content)
        </main>
        <footer class="site-footer"><p>\(t(
            "Lotsen – en väg in till Kristianstads kommun för föreningar och idéburen sektor. Uppgifterna kommer från kommunens webbplats; varje lokal och bidrag visar sin källa.",
            "Lotsen – one way in to Kristianstad municipality for associations and civil society. The data comes from the municipality's website; every premises and grant shows its source."))</p>
        <p>\(t("Katalogen är öppna data", "The catalogue is open data")) (<a href="https://creativecommons.org/publicdomain/zero/1.0/deed.sv" rel="license">CC0 1.0</a>): \
        <a href="/v1/premises.csv">\(t("lokaler", "premises")) (CSV)</a>, <a href="/v1/grants.csv">\(t("bidrag", "grants")) (CSV)</a>, \
        <a href="/v1/calendar.ics">\(t("bidragskalender", "grant calendar")) (iCalendar)</a>, <a href="/openapi.json">API</a>.</p></footer>
        </body>
        </html>
        """
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .contentLanguage: language.rawValue]
        if personal { headers[.cacheControl] = "no-store" }
        var response = Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html.rendered)))
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// This page's path and query with some parameters replaced (nil removes one); for links that keep the filters.
    func pathAndQuery(setting changes: [String: String?]) -> String {
        var pairs = query.pairs.filter { changes[$0.name] == nil }.map { ($0.name, $0.value) }
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) { if let value { pairs.append((name, value)) } }
        let encoded = FormFields.encode(pairs)
        return encoded.isEmpty ? path : path + "?" + encoded
    }

    /// A redirect after a form post (303 See Other), carrying the cookies.
    func redirect(to location: String) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}

/// Form controls with their labels, hints and errors tied together (`for`, `aria-describedby`, `aria-invalid`).
enum Field {
    static func text(
        _ name: String, label: String, value: String?, type: String = "text", hint: String? = nil, error: String? = nil,
        wide: Bool = false, attributes: HTML = .empty
    ) -> HTML {
        let described = describedBy(name, hint: hint, error: error)
        return """
        <div class="field\(wide ? " wide" : "")"><label for="\(name)">\(label)</label>\(hintAndError(name, hint: hint, error: error))\
        <input type="\(type)" id="\(name)" name="\(name)" value="\(value)"\(described)\(HTML.flag("aria-invalid=\"true\"", error != nil))\(attributes)></div>
        """
    }

    static func textArea(_ name: String, label: String, value: String?, hint: String? = nil, error: String? = nil, attributes: HTML = .empty) -> HTML {
        """
        <div class="field wide"><label for="\(name)">\(label)</label>\(hintAndError(name, hint: hint, error: error))\
        <textarea id="\(name)" name="\(name)"\(describedBy(name, hint: hint, error: error))\(HTML.flag("aria-invalid=\"true\"", error != nil))\(attributes)>\(value)</textarea></div>
        """
    }

    /// A select; `options` are (value, label), the first option is "any" with an empty value when `anyLabel` is given.
    /// A select list; `id` tells it apart when several forms on a page send the same field name.
    static func select(_ name: String, label: String, options: [(String, String)], selected: String?, anyLabel: String?, error: String? = nil,
                       id: String? = nil) -> HTML {
        var all = options
        if let anyLabel { all.insert(("", anyLabel), at: 0) }
        let items: [HTML] = all.map { "<option value=\"\($0.0)\"\(HTML.flag("selected", $0.0 == (selected ?? "")))>\($0.1)</option>" }
        let id = id ?? name
        return """
        <div class="field"><label for="\(id)">\(label)</label>\(hintAndError(id, hint: nil, error: error))\
        <select id="\(id)" name="\(name)"\(describedBy(id, hint: nil, error: error))>\(items)</select></div>
        """
    }

    /// Checkboxes in a fieldset with a legend.
    static func checkboxes(_ name: String, legend: String, options: [(String, String)], checked: Set<String>) -> HTML {
        let boxes: [HTML] = options.enumerated().map { index, option in
            "<label><input type=\"checkbox\" name=\"\(name)\" value=\"\(option.0)\" id=\"\(name)-\(index)\"\(HTML.flag("checked", checked.contains(option.0)))> \(option.1)</label>"
        }
        return "<fieldset class=\"field wide\"><legend>\(legend)</legend><div class=\"checks\">\(boxes)</div></fieldset>"
    }

    private static func describedBy(_ name: String, hint: String?, error: String?) -> HTML {
        let ids = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return ids.isEmpty ? .empty : " aria-describedby=\"\(ids.joined(separator: " "))\""
    }

    private static func hintAndError(_ name: String, hint: String?, error: String?) -> HTML {
        var html: HTML = .empty
        if let hint { html = "<p class=\"hint\" id=\"\(name)-hint\">\(hint)</p>" }
        if let error { html = "\(html)<p class=\"field-error\" id=\"\(name)-error\">\(error)</p>" }
        return html
    }

    /// The summary above a form with errors, each linking to its field (focus lands on it first).
    static func errorSummary(_ errors: [(field: String, message: String)], language: Language) -> HTML {
        guard !errors.isEmpty else { return .empty }
        let items: [HTML] = errors.map { "<li><a href=\"#\($0.field)\">\($0.message)</a></li>" }
        return """
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
        <h2 id="error-summary-title">\(language("Något behöver rättas", "Something needs correcting"))</h2><ul>\(items)</ul></div>
        """
    }
}
