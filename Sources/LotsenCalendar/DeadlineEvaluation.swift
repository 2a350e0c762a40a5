import LotsenModel

/// One deadline (or open/relative notice) of one grant.
public struct Deadline: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        /// Published for this date (a standing yearly rule, or a dated round still ahead).
        case confirmed
        /// A later year of a dated round whose wording implies it comes back; not yet published.
        case projected
        /// A dated round that has passed.
        case past
        /// Open all year; no date.
        case rolling
        /// A time before the applicant's own event; no calendar date.
        case relative
        /// The text could not be read.
        case unknown
    }

    /// The published closing day, as written (29 February moved to the 28th in other years).
    public var date: LocalDate?
    /// `date` moved to the next working day when it falls on a Saturday, Sunday or holiday.
    public var effectiveDate: LocalDate?
    /// The day the application window opens, when the text gives one.
    public var opens: LocalDate?
    public var status: Status
    /// The year the money is for, when it differs from the deadline's year ("för kommande år").
    public var grantYear: Int?
    /// Which round of the grant's year this is (1, 2, …), for identifiers that survive a changed date.
    public var round: Int
    public var rule: DeadlineRule
}

/// Turns rules into dates.
public enum DeadlineEvaluator {
    /// The dated deadlines of `rules` with a closing day in `from...to`, sorted.
    /// `today` decides whether a dated round is past.
    public static func deadlines(_ rules: [DeadlineRule], from: LocalDate, to: LocalDate, today: LocalDate) -> [Deadline] {
        guard from <= to, rules.contains(where: { $0.closes != nil }) else { return [] }
        var result: [Deadline] = []
        result.reserveCapacity(rules.count * (to.year - from.year + 1))
        // A window's deadline may close in January for a round that is numbered in the year before; whole years keep rounds stable.
        for year in from.year...to.year {
            for deadline in deadlines(rules, inYear: year, today: today) where deadline.date! >= from && deadline.date! <= to {
                result.append(deadline)
            }
        }
        return result
    }

    /// The next `count` dated deadlines on or after `day`, looking at most `years` years ahead.
    public static func next(_ rules: [DeadlineRule], onOrAfter day: LocalDate, count: Int, years: Int = 3) -> [Deadline] {
        var result: [Deadline] = []
        guard count > 0 else { return result }
        for year in day.year...min(day.year + min(max(years, 0), 100), LocalDate.years.upperBound) {
            for deadline in deadlines(rules, inYear: year, today: day) where deadline.date.map({ $0 >= day }) ?? false {
                result.append(deadline)
                if result.count == count { return result }
            }
        }
        return result
    }

    /// Rolling, relative and unreadable rules: shown beside the dated ones, without a date.
    public static func undated(_ rules: [DeadlineRule]) -> [Deadline] {
        rules.compactMap { rule in
            let status: Deadline.Status
            switch rule.kind {
            case .rolling: status = .rolling
            case .relative: status = .relative
            case .unknown: status = .unknown
            case .yearly, .dated: return nil
            }
            return Deadline(status: status, round: 0, rule: rule)
        }
    }

    /// For a relative rule: the deadline for an event on `eventDate` ("senast sex veckor före arrangemanget").
    public static func deadline(for rule: DeadlineRule, eventDate: LocalDate) -> LocalDate? {
        guard rule.kind == .relative, let offset = rule.offset else { return nil }
        return offset.applied(to: eventDate)
    }

    /// Every dated deadline closing in `year`, sorted, numbered by round.
    static func deadlines(_ rules: [DeadlineRule], inYear year: Int, today: LocalDate) -> [Deadline] {
        var found: [Deadline] = []
        found.reserveCapacity(rules.count)
        for rule in rules {
            guard let closes = rule.closes else { continue }
            let status: Deadline.Status
            switch rule.kind {
            case .yearly:
                status = .confirmed
            case .dated:
                guard let ruleYear = rule.year else { continue }
                if year == ruleYear {
                    status = closes.date(in: year) < today ? .past : .confirmed
                } else if year > ruleYear, rule.recurring {
                    status = .projected
                } else {
                    continue
                }
            default:
                continue
            }
            let date = closes.date(in: year)
            var opens: LocalDate?
            if let opening = rule.opens {
                // The window opens in the same year, or the year before when its day comes later ("1 december–31 januari").
                let shift = rule.year.flatMap { ruleYear in rule.opensYear.map { $0 - ruleYear } }
                let sameYear = opening.date(in: year)
                opens = shift.map { opening.date(in: year + $0) } ?? (sameYear > date ? opening.date(in: year - 1) : sameYear)
            }
            found.append(Deadline(
                date: date, effectiveDate: SwedishHolidays.nextWorkingDay(onOrAfter: date), opens: opens, status: status,
                grantYear: rule.grantYearOffset == 0 ? nil : year + rule.grantYearOffset, round: 0, rule: rule))
        }
        if found.count > 1 {
            found.sort { $0.date! != $1.date! ? $0.date! < $1.date! : $0.rule.phrase < $1.rule.phrase }
        }
        // The same day read twice (two sentences saying it) is one deadline; the rest are numbered by round.
        var kept = 0
        for index in found.indices where kept == 0 || found[kept - 1].date != found[index].date {
            found.swapAt(kept, index)
            found[kept].round = kept + 1
            kept += 1
        }
        found.removeLast(found.count - kept)
        return found
    }
}
