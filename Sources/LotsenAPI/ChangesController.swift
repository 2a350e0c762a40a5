import Foundation
import Hummingbird
import LotsenGuide
import LotsenModel
import LotsenStore

/// `GET /v1/changes.atom`: what changed in the catalogue (new grants, moved deadlines, premises added or withdrawn,
/// årshjul events) as an Atom feed (RFC 4287), filtered like the calendar.
struct ChangesController<Context: RequestContext> {
    let store: Store
    /// The service's public address (`serve --public-url`): the feed's links and permanent ids are made from it.
    let publicURL: String?

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("changes.atom", use: feed)
    }

    @Sendable func feed(request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: ["type", "applicant", "category", "unit", "limit"])
        var query = ChangeQuery(
            applicant: try parameters.string("applicant", maxLength: 100), category: try parameters.string("category", maxLength: 100),
            unit: try parameters.string("unit", maxLength: 100), limit: try parameters.int("limit", in: 1...200) ?? 50)
        for type in parameters.all("type").flatMap({ $0.split(separator: ",") }) {
            guard let record = CatalogueChange.Record(rawValue: String(type)) else {
                throw Problem.badParameter("type", "okänt värde / unknown value; expected premises, grant or event")
            }
            query.records.insert(record)
        }
        try store.checkGrantFilters(applicant: query.applicant, category: query.category, unit: query.unit)
        let base = publicURL ?? request.head.authority.map { "http://\($0)" } ?? "http://localhost:8080"
        let changes = WhatsNew.latestPerRecord(try store.changes(query))
        let xml = AtomFeed.document(changes, base: base, selfPath: request.uri.description, updated: try store.version().modifiedAt)
        return Response(
            status: .ok,
            headers: [.contentType: "application/atom+xml; charset=utf-8", .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(string: xml)))
    }
}

/// An Atom 1.0 document of catalogue changes.
enum AtomFeed {
    static func document(_ changes: [CatalogueChange], base: String, selfPath: String, updated: Date) -> String {
        let stamp = { (date: Date) in date.formatted(.iso8601) }
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
        <title>Lotsen – nytt för föreningar</title>
        <subtitle>Nya bidrag, ändrade ansökningstider, lokaler och årshjulets händelser</subtitle>
        <id>\(escaped(base))/v1/changes.atom</id>
        <link rel="self" type="application/atom+xml" href="\(escaped(base + selfPath))"/>
        <link rel="alternate" type="text/html" href="\(escaped(base))/nytt"/>
        <updated>\(stamp(changes.first?.at ?? updated))</updated>
        <author><name>Lotsen</name></author>

        """
        for change in changes {
            let link = base + (change.kind == .withdrawn ? "/nytt" : WhatsNew.path(change))
            xml += """
            <entry>
            <id>\(escaped(base))/v1/changes/\(change.id)</id>
            <title>\(escaped(WhatsNew.title(change)))</title>
            <link rel="alternate" type="text/html" href="\(escaped(link))"/>
            <updated>\(stamp(change.at))</updated>
            <category term="\(change.record.rawValue)"/><category term="\(change.kind.rawValue)"/>
            <summary>\(escaped(change.detail ?? WhatsNew.title(change)))</summary>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }

    /// Text for XML 1.0: markup characters escaped, characters XML cannot carry dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
