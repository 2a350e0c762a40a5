import Foundation
import LotsenCalendar
import LotsenModel
import LotsenStore

/// A draft of the month's piece for the municipality's newsletter to associations: the deadlines of the month and the
/// next, what changed in the catalogue during the month before, and the årshjul's events of the month — as HTML to
/// paste into the newsletter tool and as plain text.
public struct NewsletterDraft: Sendable, Equatable {
    public var html: String
    public var text: String

    /// The draft for `month` (its first day names it), from what `store` holds; `site` is the public address the
    /// links go to.
    public static func make(store: Store, month: LocalDate, site: String) throws -> NewsletterDraft {
        let first = LocalDate(clampingYear: month.year, month: month.month, day: 1)
        let nextMonth = first.adding(days: 32)
        let endOfNext = LocalDate(clampingYear: nextMonth.year, month: nextMonth.month, day: 1).adding(days: 32)
        let last = LocalDate(clampingYear: endOfNext.year, month: endOfNext.month, day: 1).adding(days: -1)
        let previous = first.adding(days: -1)
        let grants = try store.currentGrants()
        let entries = GrantCalendar.entries(
            grants: grants.map { CalendarGrant(grant: $0.item, url: $0.provenance.originUrl) }, events: try store.calendarEvents(),
            from: first, to: last, today: first, filter: CalendarFilter(), includeUndated: false)
        let names = Dictionary(grants.map { ($0.item.id, $0.item.name + ($0.item.funder.map { " (\($0))" } ?? "")) }, uniquingKeysWith: { a, _ in a })
        let deadlines = entries.filter { $0.kind == .deadline && $0.date != nil }.map { entry in
            Item(when: SwedishDate.long(entry.effectiveDate ?? entry.date!), title: names[entry.grantId ?? ""] ?? entry.title,
                 note: entry.status == .projected ? "beräknat efter tidigare år" : nil, link: "\(site)/bidrag/\(entry.grantId ?? "")")
        }
        let events = entries.filter { $0.kind == .event && $0.date.map { $0.month == first.month && $0.year == first.year } == true }.map { entry in
            Item(when: entry.approximate ? "\(SwedishDate.monthNames[first.month - 1]) (datum meddelas)" : SwedishDate.long(entry.date!),
                 title: entry.title, note: entry.approximate ? nil : entry.description.split(separator: "\n").first.map(String.init),
                 link: "\(site)/kalender")
        }
        let since = Self.instant(LocalDate(clampingYear: previous.year, month: previous.month, day: 1))
        let changes = WhatsNew.latestPerRecord(try store.changes(ChangeQuery(since: since, until: Self.instant(first), limit: 500))).map { change in
            Item(when: nil, title: WhatsNew.title(change), note: change.detail, link: change.kind == .withdrawn ? nil : site + WhatsNew.path(change))
        }
        let sections = [
            Section(heading: "Sök i tid: sista ansökningsdagar \(SwedishDate.monthNames[first.month - 1])–\(SwedishDate.monthNames[last.month - 1])",
                    empty: "Inga sista ansökningsdagar under perioden.", items: deadlines),
            Section(heading: "Nytt och ändrat i \(SwedishDate.monthNames[previous.month - 1])", empty: "Inga ändringar i bidrag, lokaler eller årshjulet.", items: changes),
            Section(heading: "I årshjulet i \(SwedishDate.monthNames[first.month - 1])", empty: "Inga träffar inlagda.", items: events),
        ]
        let title = "Nytt för föreningar – \(SwedishDate.monthNames[first.month - 1]) \(first.year)"
        return NewsletterDraft(html: html(title, sections, site: site), text: text(title, sections, site: site))
    }

    struct Item {
        let when: String?
        let title: String
        let note: String?
        let link: String?
    }

    struct Section {
        let heading: String
        let empty: String
        let items: [Item]
    }

    /// Midnight starting `day` in Stockholm.
    static func instant(_ day: LocalDate) -> Date {
        let utcMidnight = Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
        return utcMidnight.addingTimeInterval(-Double(TimeZone.stockholm.secondsFromGMT(for: utcMidnight)))
    }

    static func html(_ title: String, _ sections: [Section], site: String) -> String {
        var out = "<h2>\(escaped(title))</h2>\n"
        for section in sections {
            out += "<h3>\(escaped(section.heading))</h3>\n"
            guard !section.items.isEmpty else { out += "<p>\(escaped(section.empty))</p>\n"; continue }
            out += "<ul>\n"
            for item in section.items {
                let title = item.link.map { "<a href=\"\(escaped($0))\">\(escaped(item.title))</a>" } ?? escaped(item.title)
                out += "<li>" + (item.when.map { "<strong>\(escaped($0))</strong>: " } ?? "") + title
                    + (item.note.map { " – \(escaped($0))" } ?? "") + "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "<p>Alla bidrag, lokaler och årshjulet: <a href=\"\(escaped(site))\">\(escaped(site))</a>. Följ ändringarna: <a href=\"\(escaped(site))/v1/changes.atom\">Atom-flöde</a>.</p>\n"
    }

    static func text(_ title: String, _ sections: [Section], site: String) -> String {
        var out = title + "\n" + String(repeating: "=", count: title.count) + "\n"
        for section in sections {
            out += "\n" + section.heading + "\n" + String(repeating: "-", count: section.heading.count) + "\n"
            guard !section.items.isEmpty else { out += section.empty + "\n"; continue }
            for item in section.items {
                out += "- " + (item.when.map { $0 + ": " } ?? "") + item.title + (item.note.map { " – " + $0 } ?? "")
                    + (item.link.map { "\n  " + $0 } ?? "") + "\n"
            }
        }
        return out + "\nAlla bidrag, lokaler och årshjulet: \(site)\n"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
