/// Swedish public holidays (allmänna helgdagar) for any year, with the eves that are
/// treated as holidays for deadlines and opening hours (midsommarafton, julafton, nyårsafton).
public enum SwedishHolidays {
    /// Every holiday of `year`, keyed by date, with its Swedish name.
    public static func holidays(in year: Int) -> [LocalDate: String] {
        let easter = easterSunday(year)
        var days: [LocalDate: String] = [:]
        func add(_ month: Int, _ day: Int, _ name: String) {
            if let date = LocalDate(year: year, month: month, day: day) { days[date] = name }
        }
        add(1, 1, "Nyårsdagen")
        add(1, 6, "Trettondedag jul")
        days[easter.adding(days: -2)] = "Långfredagen"
        days[easter.adding(days: -1)] = "Påskafton"
        days[easter] = "Påskdagen"
        days[easter.adding(days: 1)] = "Annandag påsk"
        add(5, 1, "Första maj")
        days[easter.adding(days: 39)] = "Kristi himmelsfärdsdag"
        days[easter.adding(days: 49)] = "Pingstdagen"
        add(6, 6, "Sveriges nationaldag")
        // Midsommardagen is the Saturday from 20 to 26 June; the eve is the day before.
        let midsummer = firstWeekday(6, onOrAfter: LocalDate(clampingYear: year, month: 6, day: 20))
        days[midsummer.adding(days: -1)] = "Midsommarafton"
        days[midsummer] = "Midsommardagen"
        // Alla helgons dag is the Saturday from 31 October to 6 November.
        days[firstWeekday(6, onOrAfter: LocalDate(clampingYear: year, month: 10, day: 31))] = "Alla helgons dag"
        add(12, 24, "Julafton")
        add(12, 25, "Juldagen")
        add(12, 26, "Annandag jul")
        add(12, 31, "Nyårsafton")
        return days
    }

    /// The holiday's name when `date` is a holiday or holiday eve, else nil.
    public static func name(of date: LocalDate) -> String? {
        holidays(in: date.year)[date]
    }

    /// Easter Sunday (Gregorian computus, the anonymous algorithm).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(clampingYear: year, month: month, day: day)
    }

    private static func firstWeekday(_ weekday: Int, onOrAfter date: LocalDate) -> LocalDate {
        date.adding(days: (weekday - date.weekday + 7) % 7)
    }
}
