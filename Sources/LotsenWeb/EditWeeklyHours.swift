import Foundation
import LotsenModel

/// The weekly hours of a unit's channels on the hours page: one field a day and channel, "08:00–17:00" or
/// "08:00–12:00, 13:00–16:00", empty for closed. Channels with seasonal hours are changed over the API only, so no
/// period is lost by a form that cannot show it.
extension WebPages {
    static let weekdayNames: [(sv: String, en: String)] = [
        ("Måndag", "Monday"), ("Tisdag", "Tuesday"), ("Onsdag", "Wednesday"), ("Torsdag", "Thursday"), ("Fredag", "Friday"),
        ("Lördag", "Saturday"), ("Söndag", "Sunday"),
    ]

    /// The channels the weekly form edits, with their hours: those with hours and no seasonal intervals.
    static func weeklyChannels(_ unit: MunicipalUnit) -> [(index: Int, hours: OpeningHours)] {
        unit.channels.indices.compactMap { index in
            guard let hours = unit.channels[index].hours, hours.regular.allSatisfy({ $0.validFrom == nil && $0.validTo == nil }) else { return nil }
            return (index, hours)
        }
    }

    /// "08:00–12:00, 13:00–16:00" for one weekday.
    static func dayText(_ hours: OpeningHours, weekday: Int) -> String {
        hours.regular.filter { $0.weekday == weekday }.sorted { $0.opens < $1.opens }.map { "\($0.opens)–\($0.closes)" }.joined(separator: ", ")
    }

    /// The intervals of a day's text, or nil when it cannot be read.
    static func dayIntervals(_ text: String, weekday: Int) -> [OpeningHours.Interval]? {
        var intervals: [OpeningHours.Interval] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let ends = part.split(whereSeparator: { "-–—".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard ends.count == 2, let opens = clockTime(ends[0]), let closes = clockTime(ends[1]), opens < closes else { return nil }
            intervals.append(OpeningHours.Interval(weekday: weekday, opens: opens, closes: closes))
        }
        return intervals
    }

    func weeklyHoursForm(_ unit: MunicipalUnit, version: String, _ visit: Visit) -> HTML {
        let t = visit.language
        let channels = Self.weeklyChannels(unit)
        guard !channels.isEmpty else { return .empty }
        let fieldsets: [HTML] = channels.map { index, hours in
            let channel = unit.channels[index]
            let days: [HTML] = (1...7).map { weekday in
                Field.text("hours-\(index)-\(weekday)", label: t(Self.weekdayNames[weekday - 1].sv, Self.weekdayNames[weekday - 1].en),
                           value: Self.dayText(hours, weekday: weekday))
            }
            return "<fieldset class=\"question\"><legend>\(channel.label ?? channel.value)</legend><div class=\"fields\">\(days)</div></fieldset>"
        }
        return """
        <h2>\(t("Vanliga öppettider", "Regular opening hours"))</h2>
        <p class="hint">\(t("Till exempel ”08:00–17:00” eller ”08:00–12:00, 13:00–16:00”. Tomt betyder stängt.", "For example “08:00–17:00” or “08:00–12:00, 13:00–16:00”. Empty means closed."))</p>
        <form class="stack" method="post" action="/personal/redigera/enheter?id=\(Self.queryValue(unit.id))">
        \(visit.formTokenField)
        <input type="hidden" name="version" value="\(version)"><input type="hidden" name="action" value="weekly">
        \(fieldsets)
        <div class="actions"><button type="submit">\(t("Spara öppettiderna", "Save the opening hours"))</button></div>
        </form>
        """
    }

    /// Applies the weekly form to `unit`; the message names the first field that cannot be read.
    static func applyWeekly(_ fields: FormFields, to unit: inout MunicipalUnit, _ t: Language) -> String? {
        for (index, hours) in weeklyChannels(unit) {
            var regular: [OpeningHours.Interval] = []
            for weekday in 1...7 {
                let text = fields["hours-\(index)-\(weekday)"] ?? dayText(hours, weekday: weekday)
                guard let intervals = dayIntervals(text, weekday: weekday) else {
                    return t("\(weekdayNames[weekday - 1].sv): ”\(text)” går inte att läsa (skriv till exempel 08:00–17:00).",
                             "\(weekdayNames[weekday - 1].en): “\(text)” cannot be read (write for example 08:00–17:00).")
                }
                regular += intervals
            }
            var changed = hours
            changed.regular = regular
            unit.channels[index].hours = changed
        }
        return nil
    }
}
