import Foundation

/// When a contact channel is staffed: regular weekly intervals (several a day allowed), each
/// valid within an optional period, plus dated exceptions — the shape Open Referral HSDS
/// (`schedule`) and schema.org's `OpeningHoursSpecification` use.
public struct OpeningHours: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case regular, exceptions, closedOnPublicHolidays = "closed_on_public_holidays" }

    /// One interval on one weekday.
    public struct Interval: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case weekday, opens, closes, validFrom = "valid_from", validTo = "valid_to" }

        /// ISO weekday, 1 = måndag … 7 = söndag.
        public var weekday: Int
        public var opens: LocalTime
        public var closes: LocalTime
        /// The first day the interval applies (inclusive), if limited.
        public var validFrom: LocalDate?
        /// The last day the interval applies (inclusive), if limited.
        public var validTo: LocalDate?

        public init(weekday: Int, opens: LocalTime, closes: LocalTime, validFrom: LocalDate? = nil, validTo: LocalDate? = nil) {
            self.weekday = weekday
            self.opens = opens
            self.closes = closes
            self.validFrom = validFrom
            self.validTo = validTo
        }

        func applies(on date: LocalDate) -> Bool {
            date.weekday == weekday && (validFrom.map { date >= $0 } ?? true) && (validTo.map { date <= $0 } ?? true)
        }
    }

    /// A day that differs from the weekly schedule: closed, or open at other times.
    public struct Exception: Codable, Sendable, Equatable {
        public var date: LocalDate
        /// Replacement intervals for the day; empty means closed all day.
        public var intervals: [TimeRange]
        public var note: String?

        public init(date: LocalDate, intervals: [TimeRange] = [], note: String? = nil) {
            self.date = date
            self.intervals = intervals
            self.note = note
        }
    }

    /// An opening and closing time on the same day.
    public struct TimeRange: Codable, Sendable, Equatable {
        public var opens: LocalTime
        public var closes: LocalTime

        public init(opens: LocalTime, closes: LocalTime) {
            self.opens = opens
            self.closes = closes
        }
    }

    public var regular: [Interval]
    public var exceptions: [Exception]
    /// Closed on Swedish public holidays and holiday eves (see ``SwedishHolidays``).
    public var closedOnPublicHolidays: Bool

    public init(regular: [Interval] = [], exceptions: [Exception] = [], closedOnPublicHolidays: Bool = true) {
        self.regular = regular
        self.exceptions = exceptions
        self.closedOnPublicHolidays = closedOnPublicHolidays
    }

    /// The intervals open on `date`, earliest first, after exceptions and holidays.
    public func intervals(on date: LocalDate) -> [TimeRange] {
        if let exception = exceptions.first(where: { $0.date == date }) {
            return exception.intervals.sorted { $0.opens < $1.opens }
        }
        if closedOnPublicHolidays, SwedishHolidays.name(of: date) != nil { return [] }
        return regular.filter { $0.applies(on: date) }
            .map { TimeRange(opens: $0.opens, closes: $0.closes) }
            .sorted { $0.opens < $1.opens }
    }

    /// Whether the channel is open at `instant`, and when it next closes or opens, in `timeZone`.
    public func status(at instant: Date, in timeZone: TimeZone = .stockholm) -> OpenStatus {
        let (today, now) = instant.localDateAndTime(in: timeZone)
        for range in intervals(on: today) where range.opens <= now && now < range.closes {
            return OpenStatus(isOpen: true, closesAt: instant.replacingLocalTime(range.closes, on: today, in: timeZone), opensAt: nil)
        }
        // Look ahead two weeks for the next opening.
        for offset in 0..<15 {
            let day = today.adding(days: offset)
            if let next = intervals(on: day).first(where: { offset > 0 || $0.opens > now }) {
                return OpenStatus(isOpen: false, closesAt: nil, opensAt: instant.replacingLocalTime(next.opens, on: day, in: timeZone))
            }
        }
        return OpenStatus(isOpen: false, closesAt: nil, opensAt: nil)
    }
}

/// The answer to "is it open now?".
public struct OpenStatus: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case isOpen = "is_open", closesAt = "closes_at", opensAt = "opens_at" }

    public var isOpen: Bool
    /// When open: the time it closes.
    public var closesAt: Date?
    /// When closed: the next time it opens, if within two weeks.
    public var opensAt: Date?
}

extension TimeZone {
    /// Europe/Stockholm, the zone every opening time and deadline in Lotsen is given in.
    public static let stockholm = TimeZone(identifier: "Europe/Stockholm")!
}

extension Date {
    /// Whole seconds since 1970, rounded down, clamped to the years 1–9999 (NaN is 0): safe to convert and to do
    /// arithmetic with, whatever instant a file or a request held.
    public var wholeSecondsSince1970: Int {
        let seconds = timeIntervalSince1970
        guard !seconds.isNaN else { return 0 }
        return Int(min(max(seconds.rounded(.down), -62_135_596_800), 253_402_300_799))
    }

    /// This instant's calendar day and wall-clock time in `timeZone`.
    public func localDateAndTime(in timeZone: TimeZone) -> (LocalDate, LocalTime) {
        // The zone's offset at this instant, then plain arithmetic: a Calendar's date components cost ten times more.
        // Clamped to ±30 million years, so no stored or parsed instant (infinite, NaN) can trap the Int conversion.
        let clamped = timeIntervalSince1970.isNaN ? 0 : min(max(timeIntervalSince1970.rounded(.down), -1e15), 1e15)
        let local = Int(clamped) + timeZone.secondsFromGMT(for: self)
        let (days, seconds) = local.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = seconds < 0 ? (days - 1, seconds + 86_400) : (days, seconds)
        return (LocalDate(dayNumber: day), LocalTime(hour: second / 3600, minute: second % 3600 / 60)!)
    }

    /// The instant at wall-clock `time` on `date` in `timeZone`.
    func replacingLocalTime(_ time: LocalTime, on date: LocalDate, in timeZone: TimeZone) -> Date {
        let calendar = Calendar.gregorian(in: timeZone)
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.minutes / 60, minute: time.minutes % 60)
        return calendar.date(from: parts) ?? self
    }
}

extension Calendar {
    /// A Gregorian calendar in `timeZone`; Stockholm's is made once (building a Calendar costs more than using it).
    static func gregorian(in timeZone: TimeZone) -> Calendar {
        if timeZone == .stockholm { return stockholmGregorian }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static let stockholmGregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .stockholm
        return calendar
    }()
}
