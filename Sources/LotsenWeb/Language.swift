import Foundation
import LotsenCalendar
import LotsenModel

/// The language of a page: Swedish by default, English when the visitor chose it (`?lang=en` or the `lang` cookie).
enum Language: String, Sendable, CaseIterable {
    case sv, en

    /// Picks one text of a Swedish–English pair: `language("Lokaler", "Premises")`.
    func callAsFunction(_ swedish: String, _ english: String) -> String {
        self == .sv ? swedish : english
    }

    /// "25 februari 2027" / "25 February 2027".
    func date(_ date: LocalDate) -> String {
        switch self {
        case .sv: SwedishDate.long(date)
        case .en: "\(date.day) \(Self.englishMonths[date.month - 1]) \(date.year)"
        }
    }

    /// "februari 2027" / "February 2027".
    func month(_ month: Int, year: Int) -> String {
        switch self {
        case .sv: "\(SwedishDate.monthNames[month - 1]) \(year)"
        case .en: "\(Self.englishMonths[month - 1]) \(year)"
        }
    }

    /// "kl. 16:30" today, otherwise "måndag 14 dec kl. 08:00", in Stockholm time.
    func time(_ instant: Date, today: LocalDate) -> String {
        let (day, time) = instant.localDateAndTime(in: .stockholm)
        let clock = time.description
        if day == today { return self("kl. ", "at ") + clock }
        let weekday = self == .sv ? SwedishDate.weekdayName(day) : Self.englishWeekdays[day.weekday - 1]
        return "\(weekday) \(self.date(day)) " + self("kl. ", "at ") + clock
    }

    /// An instant as a Stockholm date and time: "22 november 2026 14:05".
    func dateTime(_ instant: Date) -> String {
        let (day, time) = instant.localDateAndTime(in: .stockholm)
        return "\(date(day)) \(time)"
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
