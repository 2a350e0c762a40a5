import Foundation
import LotsenModel
import Testing

@Suite struct LocalDateTests {
    @Test func knownWeekdays() {
        #expect(LocalDate(year: 2026, month: 11, day: 22)!.weekday == 7)  // a Sunday
        #expect(LocalDate(year: 2024, month: 2, day: 29)!.weekday == 4)   // a Thursday
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.weekday == 4)
    }

    @Test func dayNumbersRoundTrip() {
        for number in stride(from: LocalDate.earliest.dayNumber, through: LocalDate.latest.dayNumber, by: 9_973) {
            #expect(LocalDate(dayNumber: number).dayNumber == number)
        }
        // Beyond the years 1–9999 a day number stops at the ends instead of making a date nothing can print.
        #expect(LocalDate(dayNumber: -800_000) == LocalDate.earliest && LocalDate(dayNumber: .max) == LocalDate.latest)
        #expect(LocalDate(year: 2024, month: 2, day: 28)!.adding(days: 1).description == "2024-02-29")
        #expect(LocalDate(year: 2025, month: 2, day: 28)!.adding(days: 1).description == "2025-03-01")
    }

    @Test func invalidDatesAreRejected() {
        #expect(LocalDate(year: 2027, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-1-01") == nil)
        #expect(LocalDate(iso: "2026-03-15")?.description == "2026-03-15")
    }

    @Test func timesParseSwedishStyle() {
        #expect(LocalTime("8.00")?.description == "08:00")
        #expect(LocalTime("17:00")?.minutes == 17 * 60)
        #expect(LocalTime("25:00") == nil)
        #expect(LocalTime("24:00")?.minutes == 1440)
    }
}

@Suite struct SwedishHolidayTests {
    @Test func easterDates() {
        #expect(SwedishHolidays.easterSunday(2024).description == "2024-03-31")
        #expect(SwedishHolidays.easterSunday(2025).description == "2025-04-20")
        #expect(SwedishHolidays.easterSunday(2026).description == "2026-04-05")
        #expect(SwedishHolidays.easterSunday(2027).description == "2027-03-28")
    }

    @Test func holidaysOf2026() {
        let days = SwedishHolidays.holidays(in: 2026)
        func name(_ iso: String) -> String? { days[LocalDate(iso: iso)!] }
        #expect(name("2026-04-03") == "Långfredagen")
        #expect(name("2026-04-06") == "Annandag påsk")
        #expect(name("2026-05-14") == "Kristi himmelsfärdsdag")
        #expect(name("2026-05-24") == "Pingstdagen")
        #expect(name("2026-06-06") == "Sveriges nationaldag")
        #expect(name("2026-06-19") == "Midsommarafton")
        #expect(name("2026-06-20") == "Midsommardagen")
        #expect(name("2026-10-31") == "Alla helgons dag")
        #expect(name("2026-12-24") == "Julafton")
        #expect(name("2026-12-31") == "Nyårsafton")
        #expect(name("2026-11-23") == nil)
    }
}

@Suite struct OpeningHoursTests {
    let hours = OpeningHours(
        regular: (1...5).map { OpeningHours.Interval(weekday: $0, opens: LocalTime("08:00")!, closes: LocalTime("17:00")!) }
            + [OpeningHours.Interval(weekday: 3, opens: LocalTime("18:00")!, closes: LocalTime("20:00")!)],
        exceptions: [OpeningHours.Exception(date: LocalDate(iso: "2026-11-27")!, intervals: [.init(opens: LocalTime("10:00")!, closes: LocalTime("12:00")!)], note: "Personaldag")])

    /// An instant given as Stockholm wall-clock time.
    func stockholm(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .stockholm
        let parts = text.split(whereSeparator: { "-T:".contains($0) }).map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }

    @Test func openDuringWeekdayHours() {
        let status = hours.status(at: stockholm("2026-11-23T10:30"))  // Monday
        #expect(status.isOpen)
        #expect(status.closesAt == stockholm("2026-11-23T17:00"))
    }

    @Test func closedAtClosingTimeAndOpensNextMorning() {
        let status = hours.status(at: stockholm("2026-11-23T17:00"))
        #expect(!status.isOpen)
        #expect(status.opensAt == stockholm("2026-11-24T08:00"))
    }

    @Test func severalIntervalsADay() {
        let evening = hours.status(at: stockholm("2026-11-25T17:30"))  // Wednesday between intervals
        #expect(!evening.isOpen)
        #expect(evening.opensAt == stockholm("2026-11-25T18:00"))
        #expect(hours.status(at: stockholm("2026-11-25T19:00")).isOpen)
    }

    @Test func weekendOpensOnMonday() {
        let status = hours.status(at: stockholm("2026-11-28T12:00"))  // Saturday
        #expect(!status.isOpen)
        #expect(status.opensAt == stockholm("2026-11-30T08:00"))
    }

    @Test func exceptionReplacesTheDay() {
        #expect(hours.status(at: stockholm("2026-11-27T11:00")).isOpen)   // Friday, exception 10–12
        #expect(!hours.status(at: stockholm("2026-11-27T14:00")).isOpen)
    }

    @Test func publicHolidaysAreClosed() {
        // Julafton 2026 is a Thursday; the next opening is Monday 28 December (25th and 26th are holidays too).
        let status = hours.status(at: stockholm("2026-12-24T10:00"))
        #expect(!status.isOpen)
        #expect(status.opensAt == stockholm("2026-12-28T08:00"))
    }

    @Test func summerTimeIsRespected() {
        // 1 July 2026 10:00 in Stockholm is 08:00 UTC (CEST, UTC+2).
        let status = hours.status(at: Date(timeIntervalSince1970: 1_782_892_800))
        #expect(status.isOpen)
        #expect(status.closesAt == Date(timeIntervalSince1970: 1_782_892_800 + 7 * 3600))
    }
}

    @Test func localDayAndTimeAgreeWithTheCalendarAroundDaylightSavingChanges() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .stockholm
        // Both changes of 2026 (29 March 02:00 → 03:00, 25 October 03:00 → 02:00), midnight, and before 1970.
        let instants = [1_774_745_940.0, 1_774_746_000, 1_774_749_599, 1_792_717_140, 1_792_717_200, 1_792_720_800,
                        1_792_537_199.5, 1_792_537_200, -86_400.25, -1]
        for seconds in instants {
            let instant = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
            let (day, time) = instant.localDateAndTime(in: .stockholm)
            #expect(day == LocalDate(year: parts.year!, month: parts.month!, day: parts.day!), "\(seconds)")
            #expect(time == LocalTime(hour: parts.hour!, minute: parts.minute!), "\(seconds)")
        }
        // Instants no clock gives still get a day instead of trapping.
        #expect(Date(timeIntervalSince1970: .infinity).localDateAndTime(in: .stockholm).0 == LocalDate.latest)
        #expect(Date(timeIntervalSince1970: .nan).localDateAndTime(in: .stockholm).0 == LocalDate(year: 1970, month: 1, day: 1))
    }

@Suite struct TextTests {
    @Test func foldingMatchesHowSwedishUsersType() {
        #expect(SwedishText.fold("Föreningslokal ÅHUS") == "foreningslokal ahus")
        #expect(SwedishText.words("Möteslokal, max 50 pers! \"scen\"") == ["moteslokal", "max", "50", "pers", "scen"])
        #expect(SwedishText.words("  ") == [])
    }

    @Test func trimmingRemovesUnicodeWhiteSpaceAtBothEndsOnly() {
        #expect(" \t\r\n Hej  världen\u{00A0}\u{2003}\u{3000}\n".trimmed == "Hej  världen")
        #expect("\u{2028}\u{0085}".trimmed == "")
        #expect("".trimmed == "")
        #expect("ärende".trimmed == "ärende")
        for text in [" \u{200B}x\u{200B} ", "\u{FEFF}a\u{1680}", "\u{0B}\u{0C}é\u{1D}"] {
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func swedishSortOrder() {
        let names = ["Örkelljunga", "Åhus", "Ängelholm", "Zinkgruvan", "Arkelstorp"]
        #expect(names.sorted { SwedishText.sortKey($0) < SwedishText.sortKey($1) }
            == ["Arkelstorp", "Zinkgruvan", "Åhus", "Ängelholm", "Örkelljunga"])
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func distanceKristianstadToAhus() {
        let kristianstad = GeoPoint(latitude: 56.0294, longitude: 14.1567)
        let ahus = GeoPoint(latitude: 55.9260, longitude: 14.2870)
        let distance = kristianstad.distanceKilometres(to: ahus)
        #expect(distance > 13 && distance < 15)
    }
}
