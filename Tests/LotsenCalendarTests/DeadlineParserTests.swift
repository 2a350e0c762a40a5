import Foundation
import LotsenModel
import Testing
@testable import LotsenCalendar

private func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

@Suite struct DeadlineParserTests {
    @Test func fixedYearlyDates() {
        for text in ["Sista ansökningsdag: 15 februari", "senast den 15 februari", "Ansök senast 15 FEBRUARI", "Sista ansökningsdag 15 feb.",
                     "sista ansökningsdag: 15/2", "senast den 15:e februari"] {
            let rules = DeadlineParser.parse(text)
            #expect(rules.count == 1, "\(text)")
            #expect(rules.first?.kind == .yearly, "\(text)")
            #expect(rules.first?.closes == .date(month: 2, day: 15), "\(text)")
            #expect(rules.first?.phrase == text)
        }
        let iso = DeadlineParser.parse("Sista ansökningsdag 2026-03-15")
        #expect(iso.map(\.kind) == [.dated])
        #expect(iso.first?.year == 2026)
        #expect(iso.first?.closes == .date(month: 3, day: 15))
    }

    @Test func severalDatesAYear() {
        let two = DeadlineParser.parse("Sista ansökningsdag är 25 februari och 25 augusti.")
        #expect(two.map(\.closes) == [.date(month: 2, day: 25), .date(month: 8, day: 25)])
        #expect(two.allSatisfy { $0.kind == .yearly && $0.phrase == "Sista ansökningsdag är 25 februari och 25 augusti." })
        let four = DeadlineParser.parse("1 mars, 1 juni, 1 september och 1 december")
        #expect(four.map(\.closes) == [3, 6, 9, 12].map { .date(month: $0, day: 1) })
        #expect(four.allSatisfy { $0.confidence < 0.9 })  // no deadline word: read, but less sure
        let evenemang = DeadlineParser.parse("Sista ansökningsdag: 1 mars, 1 maj och 15 september")
        #expect(evenemang.map(\.closes) == [.date(month: 3, day: 1), .date(month: 5, day: 1), .date(month: 9, day: 15)])
    }

    @Test func monthEndsWeekdaysAndWeeks() {
        #expect(DeadlineParser.parse("sista februari").first?.closes == .lastDay(of: 2))
        #expect(DeadlineParser.parse("senast sista vardagen i mars").first?.closes == .lastWorkingDay(of: 3))
        #expect(DeadlineParser.parse("Ansökan ska vara inne vecka 12").first?.closes == .week(12))
        #expect(DeadlineParser.parse("senast v. 38").first?.closes == .week(38))
        #expect(YearDay.lastDay(of: 2).date(in: 2028) == day("2028-02-29"))
        #expect(YearDay.lastDay(of: 2).date(in: 2027) == day("2027-02-28"))
        // 31 March 2029 is a Saturday, 30 March Långfredagen: the last working day is Thursday 29 March.
        #expect(YearDay.lastWorkingDay(of: 3).date(in: 2029) == day("2029-03-29"))
        // ISO week 12 of 2027 runs 22–28 March; its Friday is the 26th.
        #expect(YearDay.week(12).date(in: 2027) == day("2027-03-26"))
        #expect(YearDay.week(1).date(in: 2026) == day("2026-01-02"))  // week 1 of 2026 starts Monday 29 December 2025
    }

    @Test func applicationWindows() {
        let period = DeadlineParser.parse("Ansökningsperioden är 1 januari–29 februari.")
        #expect(period.count == 1)
        #expect(period.first?.opens == .date(month: 1, day: 1))
        #expect(period.first?.closes == .date(month: 2, day: 29))
        #expect(period.first?.kind == .yearly)

        let next = DeadlineParser.parse("Nästa ansökningsperiod öppnar 1 januari 2024 med sista ansökningsdag 29 februari 2024.")
        #expect(next.count == 1)
        let rule = next[0]
        #expect(rule.kind == .dated && rule.year == 2024 && rule.opensYear == 2024 && rule.recurring)
        #expect(rule.opens == .date(month: 1, day: 1) && rule.closes == .date(month: 2, day: 29))

        let between = DeadlineParser.parse("Du kan söka mellan 1 december och 31 januari")
        #expect(between.first?.opens == .date(month: 12, day: 1))
        #expect(between.first?.closes == .date(month: 1, day: 31))
    }

    @Test func datedRoundsPastAndProjected() {
        let once = DeadlineParser.parse("Sista ansökningsdag 4 februari 2024")
        #expect(once.first?.kind == .dated)
        #expect(once.first?.recurring == false)
        let past = DeadlineEvaluator.deadlines(once, from: day("2024-01-01"), to: day("2028-12-31"), today: day("2026-11-22"))
        #expect(past.map(\.status) == [.past])
        #expect(DeadlineEvaluator.next(once, onOrAfter: day("2026-11-22"), count: 2).isEmpty)

        let yearly = DeadlineParser.parse("Sista ansökningsdag 4 februari 2024", yearlyHint: true)
        let projected = DeadlineEvaluator.next(yearly, onOrAfter: day("2026-11-22"), count: 2)
        #expect(projected.map(\.date) == [day("2027-02-04"), day("2028-02-04")])
        #expect(projected.allSatisfy { $0.status == .projected })

        let future = DeadlineParser.parse("senast 15 mars 2027")
        #expect(DeadlineEvaluator.next(future, onOrAfter: day("2026-11-22"), count: 1).first?.status == .confirmed)
    }

    /// A yearless date with its weekday belongs to the nearest year where the day is that weekday: a page written for
    /// 2025 ("fredag 31 januari") gives no date in 2027; one written for 2027 gives its date.
    @Test(arguments: [
        ("Sista ansökningsdatum är fredag 31 januari.", [String]()),
        ("Sista ansökningsdag är söndag 31 januari.", ["2027-01-31"]),
        ("Ansök senast måndagen den 15 mars.", ["2027-03-15"]),
        ("Ansök senast måndag 15 mars varje år.", ["2027-03-15", "2028-03-15"]),
        ("Sista ansökningsdag är 31 januari.", ["2027-01-31", "2028-01-31"]),
    ])
    func aWeekdayPinsTheYear(_ text: String, _ expected: [String]) {
        let rules = DeadlineParser.parse(text, referenceYear: 2026)
        #expect(DeadlineEvaluator.next(rules, onOrAfter: day("2026-12-01"), count: 2).map(\.date) == expected.map(day))
    }

    @Test func forTheComingYear() {
        for text in ["Sista ansökningsdag: 31 oktober för kommande år", "Söks senast 31 oktober året före det år ansökan gäller."] {
            let rules = DeadlineParser.parse(text)
            #expect(rules.count == 1)
            #expect(rules[0].kind == .yearly && rules[0].closes == .date(month: 10, day: 31) && rules[0].grantYearOffset == 1)
            let next = DeadlineEvaluator.next(rules, onOrAfter: day("2026-11-22"), count: 1)
            #expect(next.first?.date == day("2027-10-31"))
            #expect(next.first?.grantYear == 2028)
        }
    }

    @Test func rollingGrants() {
        let plain = DeadlineParser.parse("Söks löpande under året.")
        #expect(plain.map(\.kind) == [.rolling])
        #expect(plain[0].event == nil)
        let project = DeadlineParser.parse("Söks löpande under året, dock innan projektets start.")
        #expect(project.map(\.kind) == [.rolling])
        #expect(project[0].event == "innan projektets start")
        let investment = DeadlineParser.parse("Söks alltid innan investeringen påbörjas.")
        #expect(investment.map(\.kind) == [.rolling])
        #expect(investment[0].event == "innan investeringen påbörjas")
    }

    @Test func relativeToAnEvent() {
        let six = DeadlineParser.parse("Ansökan ska vara inne senast sex veckor före arrangemanget.")
        #expect(six.count == 1)
        #expect(six[0].kind == .relative)
        #expect(six[0].offset == .init(amount: -6, unit: .weeks))
        #expect(six[0].event == "arrangemanget")
        #expect(DeadlineEvaluator.deadline(for: six[0], eventDate: day("2027-05-22")) == day("2027-04-10"))
        let four = DeadlineParser.parse("Ansök minst 4 veckor innan")
        #expect(four.first?.offset == .init(amount: -4, unit: .weeks))
        #expect(DeadlineParser.parse("senast två månader före evenemanget").first?.offset == .init(amount: -2, unit: .months))
        #expect(DeadlineParser.parse("senast tolv dagar innan").first?.offset == .init(amount: -12, unit: .days))
    }

    @Test func unknownTextIsReportedNeverGuessed() {
        let rules = DeadlineParser.parse("Sista ansökningsdag meddelas senare.")
        #expect(rules.map(\.kind) == [.unknown])
        #expect(rules[0].phrase == "Sista ansökningsdag meddelas senare.")
        #expect(rules[0].closes == nil)
        #expect(DeadlineParser.parse("Kontakta oss för mer information").map(\.kind) == [.unknown])
        // A sentence that is not about the deadline beside one that is: only the deadline counts.
        let mixed = DeadlineParser.parse("Söks senast 31 oktober. För sent inkommen ansökan tas inte upp till behandling.")
        #expect(mixed.map(\.kind) == [.yearly])
        #expect(mixed[0].phrase == "Söks senast 31 oktober.")
    }

    @Test func monthNamesInAnyCaseAndAbbreviated() {
        let names = ["januari", "Feb", "MARS", "apr.", "maj", "Juni", "jul", "AUG.", "sept", "okt", "nov.", "December"]
        for (index, name) in names.enumerated() {
            #expect(DeadlineParser.parse("senast 3 \(name)").first?.closes == .date(month: index + 1, day: 3), "\(name)")
        }
        #expect(DeadlineParser.parse("den första mars").first?.closes == .date(month: 3, day: 1))
    }
}

/// Every deadline sentence on Kristianstad's grant pages (../shared/data/kristianstad), as published,
/// with what a careful reader takes from it.
@Suite struct KristianstadPagesTests {
    @Test func yearlyDates() {
        let cases: [(String, [YearDay])] = [
            ("Sista ansökningsdag: 15 februari", [.date(month: 2, day: 15)]),                              // hyresbidrag, driftbidrag
            ("Sista ansökningsdag är 25 februari och 25 augusti.", [.date(month: 2, day: 25), .date(month: 8, day: 25)]),
            ("Sista ansökningsdag: 25 februari, 25 augusti.", [.date(month: 2, day: 25), .date(month: 8, day: 25)]),
            ("Sista ansökningsdag: 15 februari, 15 augusti", [.date(month: 2, day: 15), .date(month: 8, day: 15)]),
            ("Sista ansökningsdag: 1 mars, 1 maj och 15 september", [.date(month: 3, day: 1), .date(month: 5, day: 1), .date(month: 9, day: 15)]),
            ("För att få bidrag till er programpunkt under Kulturnatt, ska du söka bidrag senast den 1 februari. Läs mer om bidraget under relaterad information.",
             [.date(month: 2, day: 1)]),
            ("Önskemål om tider för nästkommande säsong ska vara inkomna senast den 31 mars via mejl till Malin som är bokningsansvarig",
             [.date(month: 3, day: 31)]),
        ]
        for (text, days) in cases {
            let rules = DeadlineParser.parse(text)
            #expect(rules.map(\.closes) == days, "\(text)")
            #expect(rules.allSatisfy { $0.kind == .yearly && $0.grantYearOffset == 0 && $0.confidence >= 0.9 }, "\(text)")
        }
    }

    @Test func theYearBefore() {
        for text in ["Sista ansökningsdag: 31 oktober för kommande år", "Söks senast 31 oktober året före det år ansökan gäller."] {
            #expect(DeadlineParser.parse(text).map(\.grantYearOffset) == [1], "\(text)")
        }
    }

    @Test func datedRounds() {
        let kulturnatt = DeadlineParser.parse("Sista ansökningsdag 4 februari 2024")
        #expect(kulturnatt.map(\.kind) == [.dated])
        #expect(kulturnatt.first?.year == 2024 && kulturnatt.first?.recurring == false)
        let omsorg = DeadlineParser.parse("Nästa ansökningsperiod öppnar 1 januari 2024 med sista ansökningsdag 29 februari 2024.")
        #expect(omsorg.count == 1 && omsorg[0].recurring && omsorg[0].opens == .date(month: 1, day: 1))
        let programpunkt = DeadlineParser.parse(
            "Om du vill vara med och arrangera en programpunkt under Kulturnatt Kristianstad ska du anmäla ditt arrangemang senast den 7 mars 2021.")
        #expect(programpunkt.map(\.year) == [2021])
    }

    @Test func openAllYear() {
        #expect(DeadlineParser.parse("Söks löpande under året.").map(\.kind) == [.rolling])
        let project = DeadlineParser.parse("Söks löpande under året, dock innan projektets start.")
        #expect(project.map(\.event) == ["innan projektets start"])
        let energy = DeadlineParser.parse("""
            Energieffektiviseringsbidraget söks alltid innan investeringen påbörjas. Kan föreningen inte invänta kultur- och \
            fritidsnämndens beslut finns möjlighet att starta investeringen tidigare. Dock ska kultur- och fritidsförvaltningen få \
            kännedom om detta och ges möjlighet att träffa föreningen innan starten.
            """)
        #expect(energy.map(\.kind) == [.rolling])
        #expect(energy.first?.event == "innan investeringen påbörjas")
    }
}

@Suite struct DeadlineEvaluationTests {
    @Test func leapDayInOtherYearsIsTheTwentyEighth() {
        let rules = DeadlineParser.parse("Nästa ansökningsperiod öppnar 1 januari 2024 med sista ansökningsdag 29 februari 2024.")
        let next = DeadlineEvaluator.next(rules, onOrAfter: day("2026-11-22"), count: 2)
        #expect(next.map(\.date) == [day("2027-02-28"), day("2028-02-29")])
        #expect(next.map(\.opens) == [day("2027-01-01"), day("2028-01-01")])
        #expect(next.allSatisfy { $0.status == .projected })
    }

    @Test func workingDayAdjustment() {
        // 25 February 2029 is a Sunday → Monday 26 February.
        let rules = DeadlineParser.parse("Sista ansökningsdag är 25 februari och 25 augusti.")
        let deadlines = DeadlineEvaluator.deadlines(rules, from: day("2029-01-01"), to: day("2029-12-31"), today: day("2026-11-22"))
        #expect(deadlines.map(\.date) == [day("2029-02-25"), day("2029-08-25")])
        #expect(deadlines.map(\.effectiveDate) == [day("2029-02-26"), day("2029-08-27")])  // 25 Aug 2029 is a Saturday
        #expect(deadlines.map(\.round) == [1, 2])
        // 1 May is a holiday; in 2027 a Saturday → Monday 3 May.
        let may = DeadlineEvaluator.next(DeadlineParser.parse("Sista ansökningsdag: 1 maj"), onOrAfter: day("2027-01-01"), count: 1)
        #expect(may.first?.effectiveDate == day("2027-05-03"))
        // Julafton counts as a holiday: 24 December 2027 (Friday) → Monday 27 December.
        let christmas = DeadlineEvaluator.next(DeadlineParser.parse("senast 24 december"), onOrAfter: day("2027-01-01"), count: 1)
        #expect(christmas.first?.effectiveDate == day("2027-12-27"))
        // Långfredagen 2027 is 26 March; Annandag påsk 29 March → Tuesday 30 March.
        let easter = DeadlineEvaluator.next(DeadlineParser.parse("senast 26 mars"), onOrAfter: day("2027-01-01"), count: 1)
        #expect(easter.first?.effectiveDate == day("2027-03-30"))
    }

    @Test func holidayCheckAgreesWithTheHolidayTable() {
        for year in 1990...2100 {
            let table = SwedishHolidays.holidays(in: year)
            var date = LocalDate(year: year, month: 1, day: 1)!
            while date.year == year {
                #expect(SwedishHolidays.isHoliday(date) == (table[date] != nil), "\(date)")
                date = date.adding(days: 1)
            }
        }
    }

    @Test func rangesAreSortedAndBounded() {
        let rules = DeadlineParser.parse("Sista ansökningsdag: 1 mars, 1 maj och 15 september")
        let deadlines = DeadlineEvaluator.deadlines(rules, from: day("2027-04-01"), to: day("2028-03-31"), today: day("2026-11-22"))
        #expect(deadlines.map(\.date) == [day("2027-05-01"), day("2027-09-15"), day("2028-03-01")])
        #expect(deadlines.map(\.round) == [2, 3, 1])
        #expect(DeadlineEvaluator.undated(rules).isEmpty)
        #expect(DeadlineEvaluator.undated(DeadlineParser.parse("löpande")).map(\.status) == [.rolling])
    }
}

@Suite struct YearDayValidityTests {
    @Test func impossibleDaysAreNotValid() {
        #expect(YearDay.date(month: 2, day: 29).isValid)
        #expect(!YearDay.date(month: 13, day: 1).isValid)
        #expect(!YearDay.date(month: 4, day: 31).isValid)
        #expect(!YearDay.week(54).isValid)
        #expect(YearDay.lastWorkingDay(of: 3).isValid)
    }
}

/// Large calendars are built and written on several cores; the result must be what one grant at a time gives.
@Suite struct LargeCalendarTests {
    static let texts = [
        "Sista ansökningsdag är 25 februari och 25 augusti.",
        "Ansökan ska vara inne senast den 31 oktober året före det år ansökan gäller.",
        "Sista ansökningsdag: 1 mars, 1 juni, 1 september och 1 december",
        "Löpande under året, dock innan projektets start.",
        "Sista ansökningsdag: senast sista vardagen i mars",
        "Sista ansökningsdag: 15 mars 2025. Nästa ansökningsperiod meddelas senare.",
    ]

    @Test func manyGrantsGiveTheSameEntriesAndFeedAsOneAtATime() {
        let grants = (0..<6_000).map { number in
            let text = Self.texts[number % Self.texts.count]
            return CalendarGrant(
                grant: Grant(id: "g\(number)", name: "Bidrag \(number); del, \\ två", summary: "Stöd nr \(number).",
                             deadlineText: text, deadlineRules: DeadlineParser.parse(text)),
                url: "https://example.se/\(number)")
        }
        let from = day("2026-11-22"), to = day("2027-11-22")
        let entries = GrantCalendar.entries(grants: grants, events: [], from: from, to: to, today: from)

        // The same entries as building each grant alone, ordered by day and then by grant.
        let oneByOne = grants.flatMap { GrantCalendar.entries(grants: [$0], events: [], from: from, to: to, today: from) }
        let dated = oneByOne.filter { $0.date != nil }.enumerated()
            .sorted { ($0.element.date!, $0.offset) < ($1.element.date!, $1.offset) }.map(\.element)
        #expect(entries == dated + oneByOne.filter { $0.date == nil })
        // Per six grants: two dates, the year before, four quarters, rolling, last working day, a projected round
        // and its unreadable "meddelas senare" sentence.
        #expect(entries.count == 6_000 / 6 * (2 + 1 + 4 + 1 + 1 + 2))

        // The feed has every dated entry once, in order, each line folded within 75 octets and ended by CRLF.
        let feed = ICalendarWriter(reminderDays: 7).render(entries, stamp: Date(timeIntervalSince1970: 1_795_000_000))
        let lines = feed.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
        let unfolded = feed.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        let uids = unfolded.filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
        #expect(uids == entries.filter { $0.date != nil }.map(\.uid))
        #expect(unfolded.filter { $0.hasPrefix("SUMMARY:") }.first == "SUMMARY:Sista ansökningsdag: Bidrag 2\\; del\\, \\\\ två")
        #expect(unfolded.first == "BEGIN:VCALENDAR" && unfolded.dropLast().last == "END:VCALENDAR")
    }
}
