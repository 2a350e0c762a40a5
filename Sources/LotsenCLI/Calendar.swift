import ArgumentParser
import Foundation
import LotsenCalendar
import LotsenModel
import LotsenStore

extension LotsenCommand {
    /// `lotsen calendar`: the årshjul from the terminal, as text, JSON or iCalendar.
    struct CalendarCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Upcoming grant deadlines and events (bidragskalender), or the grants whose deadline text was not understood.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, ics }

        @OptionGroup var store: StoreOptions
        @Option(help: "First day, YYYY-MM-DD (default: today).") var from: String?
        @Option(help: "Last day, YYYY-MM-DD (default: a year after --from).") var to: String?
        @Option(help: "text, json or ics.") var format: Format = .text
        @Option(help: "Only grants open to this applicant code, e.g. forening.") var applicant: String?
        @Option(help: "Only grants in this category code.") var category: String?
        @Option(help: "Only grants and events of this unit id.") var unit: String?
        @Option(name: .customLong("remind-days"), help: "ics: a reminder this many days before each deadline.") var remindDays: Int?
        @Flag(help: "List the grants whose deadline text has parts the parser could not read, so staff can fix them.")
        var unparsed = false

        func run() async throws {
            let store = try self.store.open()
            let grants = try store.currentGrants()
            if unparsed {
                let unread = grants.filter { stored in
                    stored.item.deadlineText == nil || stored.item.deadlineRules.contains { $0.kind == .unknown }
                }
                if unread.isEmpty {
                    print("Alla bidrags sista ansökningsdag gick att läsa. / Every grant's deadline text was understood.")
                }
                for stored in unread {
                    let phrases = stored.item.deadlineRules.filter { $0.kind == .unknown }.map(\.phrase)
                    let why = stored.item.deadlineText == nil ? "ingen text om sista ansökningsdag / no deadline text"
                        : phrases.map { "\"\($0)\"" }.joined(separator: "; ")
                    print("\(stored.item.id)\t\(stored.item.name)\t\(why)")
                }
                return
            }
            let today = Date().localDateAndTime(in: .stockholm).0
            let start = try from.map(Self.day) ?? today
            let end = try to.map(Self.day) ?? start.adding(days: 365)
            guard start <= end else { throw ValidationError("--to must not be before --from") }
            do {
                try store.checkGrantFilters(applicant: applicant, category: category, unit: unit)
            } catch let invalid as InvalidQuery {
                throw ValidationError("--\(invalid.parameter): \(invalid.message)")
            }
            let entries = GrantCalendar.entries(
                grants: grants.map { CalendarGrant(grant: $0.item, url: $0.provenance.originUrl) }, events: try store.calendarEvents(),
                from: start, to: end, today: today, filter: CalendarFilter(applicant: applicant, category: category, unit: unit),
                includeUndated: format != .ics)
            switch format {
            case .ics:
                print(ICalendarWriter(reminderDays: remindDays).render(entries, sequences: try store.calendarSequences(), stamp: try store.version().modifiedAt),
                      terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                // The same object as `GET /v1/calendar` answers, without the feed's address.
                struct Document: Encodable {
                    let from: LocalDate
                    let to: LocalDate
                    let entries: [CalendarEntry]
                }
                print(String(decoding: try encoder.encode(Document(from: start, to: end, entries: entries)), as: UTF8.self))
            case .text:
                for entry in entries { print(Self.line(entry)) }
            }
        }

        static func day(_ text: String) throws -> LocalDate {
            guard let date = LocalDate(iso: text) else { throw ValidationError("'\(text)' is not a date (YYYY-MM-DD)") }
            return date
        }

        static func line(_ entry: CalendarEntry) -> String {
            guard let date = entry.date else {
                return "löpande     \(entry.title) — \(entry.phrase ?? "")"
            }
            var when = date.description
            if entry.approximate, let end = entry.endDate { when = "\(SwedishDate.monthNames[date.month - 1])–\(SwedishDate.monthNames[end.month - 1]) \(date.year)" }
            var notes: [String] = []
            if entry.status == .projected { notes.append("preliminärt") }
            if let effective = entry.effectiveDate, effective != date { notes.append("i praktiken \(effective)") }
            if let year = entry.grantYear { notes.append("för \(year)") }
            return "\(when)  \(entry.title)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
        }
    }

    /// `lotsen deadline "TEXT"`: how the parser reads a deadline text, and the dates it gives.
    struct DeadlineCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deadline",
            abstract: "Parse Swedish deadline text (e.g. \"Sista ansökningsdag: 25 februari och 25 augusti\") and print the rules and next dates.")

        @Argument(
            parsing: .allUnrecognized,
            help: "The deadline text as published: any text, also one starting with \"-\" (or put it after --); - reads standard input.")
        var words: [String] = []
        @Option(help: "Count from this day, YYYY-MM-DD (default: today).") var from: String?
        @Option(help: "How many upcoming dates to show.") var count: Int = 2
        @Option(name: .customLong("event-date"), help: "For deadlines relative to an event: the event's date.") var eventDate: String?
        @Flag(help: "The dated round comes back every year (project it to later years).") var yearly = false
        @Flag(help: "Print JSON.") var json = false

        /// The text to read: the arguments as given, or standard input for `-`.
        func text() throws -> String {
            if words == ["-"] {
                return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            }
            let text = words.first == "--" ? Array(words.dropFirst()) : words
            guard !text.isEmpty else { throw ValidationError("Give the deadline text, or - to read it from standard input.") }
            return text.joined(separator: " ")
        }

        func run() async throws {
            let start = try from.map(CalendarCommand.day) ?? Date().localDateAndTime(in: .stockholm).0
            let text = try text()
            let rules = DeadlineParser.parse(text, yearlyHint: yearly, referenceYear: start.year)
            let next = DeadlineEvaluator.next(rules, onOrAfter: start, count: count)
            let event = try eventDate.map(CalendarCommand.day)
            let relative = event.map { event in rules.compactMap { DeadlineEvaluator.deadline(for: $0, eventDate: event) } } ?? []
            if json {
                struct Output: Encodable {
                    let rules: [DeadlineRule]
                    let next: [Next]
                    let forEvent: [LocalDate]
                    struct Next: Encodable {
                        let date: LocalDate
                        let effectiveDate: LocalDate
                        let status: String
                        let opens: LocalDate?
                        let grantYear: Int?
                        enum CodingKeys: String, CodingKey { case date, effectiveDate = "effective_date", status, opens, grantYear = "grant_year" }
                    }
                    enum CodingKeys: String, CodingKey { case rules, next, forEvent = "for_event" }
                }
                let output = Output(
                    rules: rules,
                    next: next.map { .init(date: $0.date!, effectiveDate: $0.effectiveDate!, status: $0.status.rawValue, opens: $0.opens, grantYear: $0.grantYear) },
                    forEvent: relative)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
                return
            }
            for rule in rules {
                var parts = ["\(rule.kind.rawValue)"]
                if let opens = rule.opens { parts.append("öppnar \(opens)" + (rule.opensYear.map { " \($0)" } ?? "")) }
                if let closes = rule.closes { parts.append("stänger \(closes)" + (rule.year.map { " \($0)" } ?? "")) }
                if rule.recurring { parts.append("återkommer varje år") }
                if rule.grantYearOffset != 0 { parts.append("gäller nästa år") }
                if let offset = rule.offset { parts.append(SwedishDate.offset(offset) + (rule.event.map { " \($0)" } ?? "")) }
                else if let event = rule.event { parts.append(event) }
                parts.append(String(format: "säkerhet %.2f", rule.confidence))
                print("regel: " + parts.joined(separator: ", ") + " — \"\(rule.phrase)\"")
            }
            for deadline in next {
                let effective = deadline.effectiveDate != deadline.date ? " (närmaste vardag \(deadline.effectiveDate!))" : ""
                print("nästa: \(deadline.date!) \(SwedishDate.weekdayName(deadline.date!)) [\(deadline.status.rawValue)]\(effective)")
            }
            for date in relative { print("för evenemanget \(event!): senast \(date)") }
            if next.isEmpty, relative.isEmpty, rules.allSatisfy({ $0.kind == .yearly || $0.kind == .dated }) {
                print("inga kommande datum / no upcoming dates")
            }
        }
    }
}
