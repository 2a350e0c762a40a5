import Foundation
import LotsenCalendar
import LotsenModel
import Testing

/// Property tests: the calendar, deadline evaluation and opening hours take any input a request or a file can hold
/// (years 1–9999 and beyond, `from` after `to`, huge counts and offsets) and answer instead of trapping.
@Suite struct ExtremeInputTests {
    /// Wordings of every rule kind, including the ones that move dates (leap days, week 53, last working day).
    static let phrases = [
        "Sista ansökningsdag är 25 februari och 25 augusti.", "Ansök senast 29 februari 2024.", "Senast vecka 53.",
        "Ansökan ska vara inne senast sista vardagen i december.", "Sista dag för ansökan är den sista januari.",
        "Ansökningsperioden är 1 december–31 januari.", "Ansök senast sex veckor före arrangemanget.",
        "Bidraget kan sökas löpande under året.", "Ansök senast 31 december 9999.", "Sista ansökningsdag 1 januari år 1.",
    ]

    static var rules: [DeadlineRule] { phrases.flatMap { DeadlineParser.parse($0) } }

    static let years = [1, 2, 3, 99, 100, 400, 1582, 1900, 1970, 2000, 2024, 2100, 4000, 9997, 9998, 9999]

    @Test(arguments: years)
    func everyRuleGivesDatesInsideTheYearAndOrdered(year: Int) {
        let from = LocalDate(clampingYear: year, month: 1, day: 1), to = LocalDate(clampingYear: year, month: 12, day: 31)
        let found = DeadlineEvaluator.deadlines(Self.rules, from: from, to: to, today: from)
        let dates = found.compactMap(\.date)
        #expect(dates.count == found.count)
        #expect(dates.allSatisfy { $0 >= from && $0 <= to })
        #expect(dates == dates.sorted())
        for deadline in found {
            let effective = try! #require(deadline.effectiveDate)
            #expect(effective >= deadline.date! && effective.year <= 9999)
        }
    }

    @Test func aRangeBackwardsIsEmptyNotATrap() {
        let later = LocalDate(year: 2028, month: 1, day: 1)!, earlier = LocalDate(year: 2027, month: 1, day: 1)!
        #expect(DeadlineEvaluator.deadlines(Self.rules, from: later, to: earlier, today: earlier).isEmpty)
        #expect(GrantCalendar.entries(grants: [Self.grant], events: [Self.event], from: later, to: earlier, today: earlier).isEmpty)
    }

    @Test func theWholeRangeOfYearsAtOnce() {
        let entries = GrantCalendar.entries(
            grants: [Self.grant], events: [Self.event], from: .earliest, to: .latest, today: LocalDate(year: 2026, month: 12, day: 1)!)
        let dates = entries.compactMap(\.date)
        #expect(dates.first.map { $0 >= .earliest } == true && dates.last.map { $0 <= .latest } == true)
        #expect(dates == dates.sorted())
        var writer = ICalendarWriter()
        writer.name = "test"
        #expect(!writer.renderBytes(Array(entries.prefix(2_000)), sequences: [:], stamp: Date()).isEmpty)
    }

    @Test(arguments: [0, 1, 24, 10_000, Int.max])
    func nextTakesAnyCount(count: Int) {
        for day in [LocalDate.earliest, LocalDate(year: 2026, month: 12, day: 1)!, LocalDate.latest] {
            let next = DeadlineEvaluator.next(Self.rules, onOrAfter: day, count: count, years: Int.max)
            #expect(next.count <= count)
            #expect(next.allSatisfy { ($0.date ?? day) >= day })
        }
    }

    @Test(arguments: [Int.min, -1_000_000_000, -120_001, -1, 0, 1, 120_001, 1_000_000_000, Int.max])
    func offsetsOfAnySizeStopAtTheEnds(amount: Int) {
        for unit in [DeadlineRule.Offset.Unit.days, .weeks, .months] {
            for date in [LocalDate.earliest, LocalDate(year: 2027, month: 5, day: 31)!, LocalDate.latest] {
                let moved = DeadlineRule.Offset(amount: amount, unit: unit).applied(to: date)
                #expect(moved >= .earliest && moved <= .latest)
                if amount > 0 { #expect(moved >= date) } else if amount < 0 { #expect(moved <= date) }
            }
        }
    }

    @Test(arguments: [Int.min, -1, 0, 1, 10_000, Int.max])
    func datesFromAnyYearNumberAreClamped(year: Int) {
        for anchor in [YearDay.date(month: 2, day: 29), .lastDay(of: 12), .lastWorkingDay(of: 1), .week(53), YearDay(anchor: .date, month: 13, day: 40)] {
            let date = anchor.date(in: year)
            #expect(date >= .earliest && date <= .latest)
        }
        #expect(SwedishHolidays.nextWorkingDay(onOrAfter: .latest) == .latest)  // 9999-12-31 is nyårsafton: nowhere further to go
    }

    @Test(arguments: [2023, 2024, 2025, 2026, 2027, 2028])
    func openingHoursAnswerForEveryDayOfTheYear(year: Int) {
        let hours = OpeningHours(
            regular: (1...5).map { OpeningHours.Interval(weekday: $0, opens: LocalTime(hour: 8, minute: 0)!, closes: LocalTime(hour: 17, minute: 0)!) },
            exceptions: [.init(date: LocalDate(year: year, month: 12, day: 23)!, intervals: [.init(opens: LocalTime(hour: 8, minute: 0)!, closes: LocalTime(hour: 12, minute: 0)!)])],
            closedOnPublicHolidays: true)
        var day = LocalDate(year: year, month: 1, day: 1)!
        while day.year == year {
            for hour in [0, 8, 12, 16, 23] {
                let instant = Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + Double(hour) * 3_600)
                let status = hours.status(at: instant)
                if status.isOpen {
                    #expect(status.closesAt.map { $0 > instant } == true, "\(day) \(hour)")
                } else {
                    #expect(status.opensAt.map { $0 > instant } ?? true, "\(day) \(hour)")
                }
            }
            day = day.adding(days: 1)
        }
    }

    static let instants: [Double] = [-.infinity, -1e300, -62_170_000_000, 0, 253_440_000_000, 1e300, .infinity, .nan]

    @Test(arguments: instants)
    func openingHoursAtInstantsNoClockGives(seconds: Double) {
        let hours = OpeningHours(regular: [.init(weekday: 1, opens: LocalTime(hour: 8, minute: 0)!, closes: LocalTime(hour: 17, minute: 0)!)])
        _ = hours.status(at: Date(timeIntervalSince1970: seconds))
        let (day, _) = Date(timeIntervalSince1970: seconds).localDateAndTime(in: .stockholm)
        #expect(day >= .earliest && day <= .latest)
    }

    static let grant = CalendarGrant(
        grant: Grant(id: "prov", name: "Provbidrag", deadlineText: phrases.joined(separator: " "), deadlineRules: rules), url: nil)

    static let event = CalendarEvent(
        id: "traff", name: "Träff", schedule: [.init(month: 3), .init(month: 9, endMonth: 11), .init(month: 14), .init(month: 6, endMonth: 2)])
}
