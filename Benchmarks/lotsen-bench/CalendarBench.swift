import Foundation
import LotsenCalendar
import LotsenModel

/// `lotsen-bench calendar [--grants N] [--rounds R]`: N grants with the deadline wordings of Kristianstad's
/// pages, parsed once; then, R times each, the next two deadlines of every grant and the iCalendar feed of
/// a year of the calendar. Reports the median and worst round.
enum CalendarBench {
    static func run(grants count: Int, rounds: Int) throws {
        var generator = Generator(seed: 11)
        let clock = ContinuousClock()
        var grants = (0..<count).map { generator.grant($0) }
        let parseStart = clock.now
        for index in grants.indices { grants[index].deadlineRules = DeadlineParser.parse(grants[index].deadlineText ?? "") }
        print("parsed \(count) deadline texts in \(format(clock.now - parseStart))")
        let items = grants.map { CalendarGrant(grant: $0, url: "https://www.kristianstad.se/bidrag/\($0.id)") }
        let today = LocalDate(year: 2026, month: 11, day: 22)!

        var nextTimes: [Duration] = [], feedTimes: [Duration] = [], entryTimes: [Duration] = [], rangeTimes: [Duration] = []
        var found = 0, bytes = 0, events = 0
        for _ in 0..<rounds {
            var start = clock.now
            found = 0
            for grant in grants { found += DeadlineEvaluator.next(grant.deadlineRules, onOrAfter: today, count: 2).count }
            nextTimes.append(clock.now - start)

            start = clock.now
            var inRange = 0
            for grant in grants {
                inRange += DeadlineEvaluator.deadlines(grant.deadlineRules, from: today, to: today.adding(days: 365), today: today).count
            }
            rangeTimes.append(clock.now - start)

            start = clock.now
            let entries = GrantCalendar.entries(
                grants: items, events: [], from: today, to: today.adding(days: 365), today: today, includeUndated: false)
            entryTimes.append(clock.now - start)
            let feed = ICalendarWriter(reminderDays: 14).renderBytes(entries, stamp: Date(timeIntervalSince1970: 1_795_000_000))
            feedTimes.append(clock.now - start)
            bytes = feed.count
            events = entries.count
        }
        report("next two deadlines of \(count) grants (\(found) dates)", nextTimes, target: "50 ms")
        report("  deadlines in a year's range alone", rangeTimes, target: "-")
        report("  of which the calendar entries", entryTimes, target: "-")
        report("iCalendar feed, a year of \(count) grants (\(events) events, \(bytes / 1024) KiB)", feedTimes, target: "100 ms")
    }

    static func report(_ name: String, _ times: [Duration], target: String) {
        let sorted = times.sorted()
        print("\(name): median \(format(sorted[sorted.count / 2])), worst \(format(sorted.last!)) (target \(target))")
    }

    static func format(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f ms", ms)
    }
}
