/// One rule read from a grant's published deadline text, with the phrase it came from.
///
/// ```json
/// {"kind": "yearly", "closes": {"month": 2, "day": 25}, "phrase": "Sista ansökningsdag är 25 februari och 25 augusti.", "confidence": 0.95}
/// ```
public struct DeadlineRule: Codable, Sendable, Equatable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// The same day every year ("Sista ansökningsdag: 15 februari").
        case yearly
        /// A day in one given year ("senast 15 mars 2025"); `recurring` projects it to later years.
        case dated
        /// Open any time ("löpande"), perhaps with a condition ("dock innan projektets start").
        case rolling
        /// A time before or after an event of the applicant's ("senast sex veckor före arrangemanget").
        case relative
        /// Text that could not be read; never guessed.
        case unknown
    }

    public var kind: Kind
    /// The closing day (yearly and dated rules).
    public var closes: YearDay?
    /// The opening day of an application window, if the text gives one.
    public var opens: YearDay?
    /// The year of `closes` for dated rules.
    public var year: Int?
    /// The year of `opens` when the text names it.
    public var opensYear: Int?
    /// Dated rules: the wording implies a yearly round ("Nästa ansökningsperiod …"), so later years are projected.
    public var recurring: Bool
    /// 1 when the application is for the following year ("för kommande år", "året före det år ansökan gäller").
    public var grantYearOffset: Int
    /// Relative rules: the signed distance to the event (negative = before).
    public var offset: Offset?
    /// Relative rules: the event ("arrangemanget"); rolling rules: the condition ("innan projektets start").
    public var event: String?
    /// The sentence the rule was read from, verbatim.
    public var phrase: String
    /// 0–1: how sure the parser is that this is what the text means.
    public var confidence: Double

    public init(
        kind: Kind, closes: YearDay? = nil, opens: YearDay? = nil, year: Int? = nil, opensYear: Int? = nil,
        recurring: Bool = false, grantYearOffset: Int = 0, offset: Offset? = nil, event: String? = nil,
        phrase: String, confidence: Double
    ) {
        self.kind = kind
        self.closes = closes
        self.opens = opens
        self.year = year
        self.opensYear = opensYear
        self.recurring = recurring
        self.grantYearOffset = grantYearOffset
        self.offset = offset
        self.event = event
        self.phrase = phrase
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case kind, closes, opens, year, opensYear = "opens_year", recurring, grantYearOffset = "grant_year_offset"
        case offset, event, phrase, confidence
    }

    /// A signed distance in days, weeks or months.
    public struct Offset: Codable, Sendable, Equatable, Hashable {
        public enum Unit: String, Codable, Sendable { case days, weeks, months }
        public var amount: Int
        public var unit: Unit

        public init(amount: Int, unit: Unit) {
            self.amount = amount
            self.unit = unit
        }

        /// `date` moved by this offset; months keep the day where the month has it.
        public func applied(to date: LocalDate) -> LocalDate {
            switch unit {
            case .days: return date.adding(days: amount)
            case .weeks: return date.adding(days: amount.multipliedReportingOverflow(by: 7).overflow ? amount.signum() * Int.max : amount * 7)
            case .months:
                // Beyond 120,000 months (10,000 years) every date is clamped to the ends anyway.
                let months = date.year * 12 + date.month - 1 + min(max(amount, -120_000), 120_000)
                let (year, month) = (months / 12, months % 12 + 1)
                guard LocalDate.years.contains(year), months >= 0 else { return amount < 0 ? .earliest : .latest }
                return LocalDate(clampingYear: year, month: month, day: date.day)
            }
        }
    }
}

/// A day of the year as deadline texts name it: a date, the last day or last working day of a month,
/// or a week number (its Friday, the week's last working day).
public struct YearDay: Codable, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Anchor: String, Codable, Sendable {
        case date
        case lastDay = "last_day"
        case lastWorkingDay = "last_working_day"
        case week
    }

    public var anchor: Anchor
    public var month: Int?
    public var day: Int?
    public var week: Int?

    public static func date(month: Int, day: Int) -> YearDay { YearDay(anchor: .date, month: month, day: day) }
    public static func lastDay(of month: Int) -> YearDay { YearDay(anchor: .lastDay, month: month) }
    public static func lastWorkingDay(of month: Int) -> YearDay { YearDay(anchor: .lastWorkingDay, month: month) }
    public static func week(_ week: Int) -> YearDay { YearDay(anchor: .week, week: week) }

    public init(anchor: Anchor, month: Int? = nil, day: Int? = nil, week: Int? = nil) {
        self.anchor = anchor
        self.month = month
        self.day = day
        self.week = week
    }

    /// Whether the fields make a day in every year (month 1–12, day 1–31, week 1–53).
    public var isValid: Bool {
        switch anchor {
        case .date: (1...12).contains(month ?? 0) && (1...LocalDate.daysIn(month: month ?? 1, year: 2024)).contains(day ?? 0)
        case .lastDay, .lastWorkingDay: (1...12).contains(month ?? 0)
        case .week: (1...53).contains(week ?? 0)
        }
    }

    /// The day in `year`. 29 February in a year without one is 28 February.
    public func date(in year: Int) -> LocalDate {
        switch anchor {
        case .date:
            return LocalDate(clampingYear: year, month: month ?? 1, day: day ?? 1)
        case .lastDay:
            return LocalDate(clampingYear: year, month: month ?? 12, day: 31)
        case .lastWorkingDay:
            var date = YearDay.lastDay(of: month ?? 12).date(in: year)
            while !SwedishHolidays.isWorkingDay(date), date > LocalDate.earliest { date = date.adding(days: -1) }
            return date
        case .week:
            // ISO 8601: week 1 holds the year's first Thursday; its Monday is on or before 4 January.
            let fourth = LocalDate(clampingYear: year, month: 1, day: 4)
            let monday = fourth.adding(days: 1 - fourth.weekday)
            return monday.adding(days: 7 * (min(max(week ?? 1, 1), 53) - 1) + 4)
        }
    }

    public var description: String {
        switch anchor {
        case .date: "\(day ?? 1)/\(month ?? 1)"
        case .lastDay: "sista dagen i månad \(month ?? 12)"
        case .lastWorkingDay: "sista vardagen i månad \(month ?? 12)"
        case .week: "vecka \(week ?? 1)"
        }
    }
}

extension SwedishHolidays {
    /// Monday to Friday and not a public holiday or holiday eve.
    public static func isWorkingDay(_ date: LocalDate) -> Bool {
        date.weekday <= 5 && !isHoliday(date)
    }

    /// Whether `date` is a holiday or holiday eve; the same days as ``holidays(in:)``, without building the year's table.
    public static func isHoliday(_ date: LocalDate) -> Bool {
        switch (date.month, date.day) {
        case (1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31): return true
        case (6, 19...26):
            // Midsommarafton is the Friday from 19 to 25 June, midsommardagen the Saturday after it.
            return (date.weekday == 5 && date.day <= 25) || (date.weekday == 6 && date.day >= 20)
        case (10, 31), (11, 1...6):
            return date.weekday == 6  // Alla helgons dag
        case (3...6, _):
            let offset = date.dayNumber - easterSunday(date.year).dayNumber
            return [-2, -1, 0, 1, 39, 49].contains(offset)
        default:
            return false
        }
    }

    /// `date` itself when it is a working day, else the next one: how Swedish law moves a statutory
    /// deadline that falls on a Saturday, Sunday or holiday (lag (1930:173) om beräkning av lagstadgad tid).
    public static func nextWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        // A run of days off is at most a few days long; at 9999-12-31 there is no next day to move to.
        while !isWorkingDay(day), day < LocalDate.latest { day = day.adding(days: 1) }
        return day
    }
}
