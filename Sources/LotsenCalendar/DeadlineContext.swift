import LotsenModel

/// What the sentences around a date say about it, so a whole page is read as a person reads it: a date is an
/// application deadline only where the words before it speak of applying, not of a decision (besked, beslut), a
/// payout (utbetalning), a report (redovisning), a period or a ceremony; and a yearless date under a heading or in
/// a sentence that names a year belongs to that year.
enum DeadlineContext {
    /// Words that make the date after them an application deadline.
    static func speaksOfApplying(_ word: String) -> Bool {
        // "ansökningsåret" names a year, not the act of applying.
        (word.hasPrefix("ansök") && !word.hasPrefix("ansökningsår")) || word.hasPrefix("nominer") || ["söks", "sök", "söka", "söker", "ansökningsdag", "deadline", "ansökningstid", "ansökningsperiod", "ansökningsperioden"].contains(word)
    }

    /// Words that make the date after them something else than the last day to apply.
    static func speaksOfSomethingElse(_ word: String) -> Bool {
        // Compounds too: "slutredovisning", "avrapportering", "bidragsbeslut".
        ["utbetal", "redovis", "rapporter", "besked", "beslut"].contains { word.contains($0) }
            || word.hasPrefix("prisutdel") || word.hasPrefix("utdelning") || word.hasPrefix("jury")
            // The day itself ("firas på nationaldagen 6 juni"), not "bidrag till nationaldagsfirande".
            || word == "nationaldagen" || word == "nationaldag"
            || word.hasPrefix("handläggs") || word.hasPrefix("handläggning") || word.hasPrefix("förseningsavgift")
            || ["betalas", "fattas", "meddelas", "delas", "verksamhetsåret", "invigning", "firas", "genomförs",
                "behandlas", "sammanträde", "sammanträder", "sammanträden", "sammanträdet", "nämndmöte", "möte", "möten", "mötet", "mötena",
                "mötesdatum", "träff", "träffar", "betalar", "betala", "annonsering", "annonseras", "utlyses", "utlyst", "utlysning",
                "utlysningen", "fylla", "fyller", "fyllt", "utgång", "utgången", "avdrag", "reduceras",
                "äger", "hålls", "pågår", "arrangeras", "uppdaterad", "uppdaterades", "publicerad", "publicerades", "publiceras",
                "ändrad", "komplettering", "kompletteringar", "komplettera", "kompletteras", "kompletterad",
                // "fördelar verksamhetsårets bidrag under februari", "med start från den 1 februari": handing out, opening.
                "fördelar", "fördelas", "fördelat", "fördelning", "fördelningen", "start", "starten", "startar"].contains(word)
    }

    /// The purpose of the date whose first token is at `start`: the nearest purpose word before it in the sentence
    /// decides; nil when there is none.
    static func speaksOfApplying(_ tokens: [Token], before start: Int) -> Bool? {
        // "under höstlovet vecka 44", "höstlovet (29 oktober–6 november)": the holiday the activities are in.
        if let named = tokens[..<start].last(where: { $0.text != "(" && $0.text != "den" }), named.text.hasSuffix("lovet") { return false }
        var afterSenast = false
        var handedIn = false
        for index in stride(from: start - 1, through: 0, by: -1) {
            let word = tokens[index].text
            // "redovisning inlämnas … före 1 december": handing in says nothing of what is handed in; read on.
            if handingIn.contains(word) {
                handedIn = true
                continue
            }
            if speaksOfApplying(word) { return true }
            if speaksOfSomethingElse(word) { return false }
            // "för perioden 1 juli – 31 december" is what the grant covers; "i perioden 1/1–31/3" when to apply. In
            // "ansökan för perioden 1 januari till 30 juni skickas in senast 25 augusti" the period is not this date's.
            if !afterSenast, word == "perioden" || word == "period", index > 0, tokens[index - 1].text == "för" { return false }
            if word == "senast" { afterSenast = true }
        }
        return handedIn ? true : nil
    }

    /// "Sista ansökningsdag har passerat", "Ansökningstiden har gått ut", "Ansökan är stängd": the round is over.
    static func saysClosed(_ words: [String]) -> Bool {
        let closed = DeadlineParser.containsSequence(words, ["har", "passerat"]) || DeadlineParser.containsSequence(words, ["har", "gått", "ut"])
            || DeadlineParser.containsSequence(words, ["är", "stängd"]) || DeadlineParser.containsSequence(words, ["är", "nu", "stängd"])
        return closed && words.contains { speaksOfApplying($0) || $0 == "sista" }
    }

    /// Verbs of handing something in: an application, or a report.
    static let handingIn: Set<String> = ["inkommen", "inkomna", "inkomma", "inlämnas", "inlämnad", "tillhanda"]

    /// "Ansökan för aktiviteter under perioden 1 januari–30 juni lämnas in senast 25 augusti": the dates of a period
    /// ("perioden", "period") in a sentence that gives a later "senast" date are what the grant covers.
    /// So is a window written before such a date: "1 januari - 30 juni, ska vara kommunen tillhanda senast 25 augusti."
    static func isCoveredPeriod(_ tokens: [Token], date: (start: Int, end: Int), dates: [(start: Int, end: Int)]) -> Bool {
        // "(gäller perioden 1 juli - 31 december)", "söker man för höstens aktiviteter, perioden 1 juli till 31 december":
        // the period a grant covers, whatever date the sentence gives for applying.
        let connectors: Set<String> = ["-", "–", "till", "och", "med", "t", "o", "m", "tom"]
        let previous = dates.last { $0.end <= date.start }
        let start = previous.map { previous in
            tokens[previous.end..<date.start].allSatisfy { connectors.contains($0.text) } ? previous.start : date.start
        } ?? date.start
        if let period = tokens[max(0, start - 3)..<start].lastIndex(where: { $0.text == "perioden" || $0.text == "period" }),
           tokens[max(0, period - 4)..<period].contains(where: { ["för", "gäller", "avser", "avseende"].contains($0.text) }) {
            return true
        }
        guard dates.contains(where: { later in
            // "… senast 25 augusti", "… med sista ansökningsdatum den 25 augusti"
            let before = tokens[max(0, later.start - 3)..<later.start].map(\.text)
            return later.start > date.start && (before.contains("senast") || before.contains { $0.hasPrefix("ansökningsdat") || $0 == "ansökningsdag" })
                && speaksOfApplying(tokens, before: later.start) != false
        }) else { return false }
        if let position = dates.firstIndex(where: { $0.start == date.start }) {
            let windowWords: Set<String> = ["-", "–", "till"]
            func joined(_ first: (start: Int, end: Int), _ second: (start: Int, end: Int)) -> Bool {
                let between = tokens[first.end..<second.start].map(\.text)
                return between.count == 1 && windowWords.contains(between[0])
            }
            if position + 1 < dates.count, joined(dates[position], dates[position + 1]) { return true }
            if position > 0, joined(dates[position - 1], dates[position]) { return true }
        }
        var index = date.start - 1
        // Back over the period's first date and the words joining it ("1 januari–", "1 juli till").
        while index >= 0, index >= date.start - 8 {
            let word = tokens[index].text
            if word == "perioden" || word == "period" || word == "perioderna" { return true }
            guard tokens[index].kind != .word || ["till", "och", "med", "t", "o", "m", "tom", "från", "den"].contains(word)
                || DeadlineParser.months[word] != nil else { return false }
            index -= 1
        }
        return false
    }

    /// A year a sentence names outside any date ("Kulturstipendium 2019", "Ansökan för 2021"), if it names one.
    /// With `roundsOnly`, a year something started in ("från och med januari 2021", "sedan 2019") does not count.
    static func namedYear(_ tokens: [Token], dates: [(start: Int, end: Int)], roundsOnly: Bool = false) -> Int? {
        for (index, token) in tokens.enumerated() where token.kind == .number && token.digits == 4 {
            guard let year = token.value, (2000...2100).contains(year) else { continue }
            if dates.contains(where: { (($0.start)..<($0.end)).contains(index) }) { continue }
            // "Bronsmedalj 2000 kr": an amount, not a year.
            if index + 1 < tokens.count, ["kr", "kronor", "sek", "st", "personer"].contains(tokens[index + 1].text) { continue }
            if roundsOnly, tokens[max(0, index - 3)..<index].contains(where: { ["från", "sedan", "med"].contains($0.text) }) { continue }
            return year
        }
        return nil
    }

    /// A short line naming a year and holding no date reads as a heading: the yearless dates under it belong to that
    /// year, until the next heading.
    static func headingYear(_ tokens: [Token], hasDates: Bool) -> Int? {
        let words = tokens.filter { $0.kind != .punctuation }
        guard !hasDates, words.count <= 8 else { return nil }
        return namedYear(tokens, dates: [])
    }

    /// A short line without dates that speaks of applying ("Ansökningstider", "Ansökningsperiod"): the dates under it
    /// are application deadlines even where their own lines say nothing more.
    static func isApplyingHeading(_ tokens: [Token], hasDates: Bool) -> Bool? {
        let words = tokens.filter { $0.kind != .punctuation }
        guard !hasDates, words.count <= 5, tokens.last?.text != "." else { return nil }
        return words.contains { speaksOfApplying($0.text) }
    }

    /// A short line without dates naming the last day of something ("Ansökan senast", "Sista datum för inlämning",
    /// "Sista ansökningsdag"): true for a column of deadlines, false for one of other dates ("Beslut", "Utbetalning");
    /// nil for other lines.
    static func deadlineColumn(_ tokens: [Token], hasDates: Bool) -> Bool? {
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        guard !hasDates, !words.isEmpty, words.count <= 5, tokens.last?.text != "." else { return nil }
        if words.contains(where: speaksOfSomethingElse) { return false }
        let lastDay = words.contains("senast") || (words.contains("sista") && words.contains { $0.hasPrefix("datum") || $0.hasPrefix("dag") || $0.hasPrefix("ansökningsdag") })
        return lastDay ? true : nil
    }

    /// A line of dates alone, with at most three other words ("Vår 25/8 och höst 25/2", "30/4", "25 februari").
    static func isBareDateLine(_ tokens: [Token], dates: [(start: Int, end: Int)]) -> Bool {
        guard !dates.isEmpty else { return false }
        let others = tokens.indices.filter { index in
            tokens[index].kind == .word && !dates.contains { ($0.start..<$0.end).contains(index) }
        }
        return others.count <= 3 && !others.contains { speaksOfSomethingElse(tokens[$0].text) || speaksOfApplying(tokens[$0].text) }
    }

    /// The words after a date: "1 juni: Ansökan kan göras" opens a round and "15 september: Sista dag för komplettering"
    /// is about documents; "30 april lämna in verksamhetsplan, årsmötesprotokoll" asks for documents. False when they
    /// say the date is not the last day to apply.
    static func wordsAfterSayDeadline(_ tokens: [Token], after end: Int, opensLine: Bool, applyingBefore: Bool) -> Bool {
        let after = tokens[end...].prefix(8).filter { $0.kind == .word }.map(\.text)
        // "… senast 30 april lämna in verksamhetsplan": documents handed in, no application named before them ("Ansökan
        // skall lämnas senast den 1 maj … med verksamhetsberättelse" hands them in with the application).
        if !applyingBefore, let document = after.firstIndex(where: isDocument), !after[..<document].contains(where: speaksOfApplying) { return false }
        guard opensLine, end < tokens.count, tokens[end].text == ":" else { return true }
        if after.contains(where: speaksOfSomethingElse) { return false }
        return after.contains { ["sista", "senast", "deadline"].contains($0) || $0.hasPrefix("ansökningsdag") || $0.hasPrefix("sista") }
    }
    /// Documents an association hands in besides (or instead of) an application.
    static func isDocument(_ word: String) -> Bool {
        ["verksamhetsplan", "årsmötesprotokoll", "årsmöteshandlingar", "verksamhetsberättelse", "revisionsberättelse", "handlingarna",
         "underlag", "underlaget", "komplettering", "kompletteringar", "komplettera"].contains { word.hasPrefix($0) }
    }

    /// "ansökningar som inkommer vecka 26–32": a range of weeks is a period, not a last day.
    static func isWeekRange(_ tokens: [Token], date: (start: Int, end: Int), value: DeadlineParser.DateExpression) -> Bool {
        guard value.day.anchor == .week else { return false }
        let dash: Set<String> = ["-", "–", "till"]
        if date.end + 1 < tokens.count, dash.contains(tokens[date.end].text), tokens[date.end + 1].kind == .number { return true }
        if date.start >= 2, dash.contains(tokens[date.start - 1].text), tokens[date.start - 2].kind == .number { return true }
        return false
    }

    /// "före 1 mars": the day before.
    static func dayBefore(_ day: YearDay, year: Int?) -> (YearDay, Int?) {
        guard day.anchor == .date, let month = day.month, let date = day.day else { return (day, year) }
        if date > 1 { return (.date(month: month, day: date - 1), year) }
        if month > 1 { return (.lastDay(of: month - 1), year) }
        return (.date(month: 12, day: 31), year.map { $0 - 1 })
    }

    /// The ISO weekday named just before a date ("fredag 31 januari", "fredagen den 31 januari").
    static func weekday(before start: Int, in tokens: [Token]) -> Int? {
        var index = start - 1
        if index >= 0, tokens[index].text == "den" { index -= 1 }
        guard index >= 0 else { return nil }
        let word = tokens[index].text
        return weekdays.firstIndex { word == $0 || word == $0 + "en" }.map { $0 + 1 }
    }
    static let weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

    /// The year nearest `reference` (the later of two as near) where `day` falls on `weekday`; nil when none does
    /// within seven years or the day has no fixed date.
    static func year(of day: YearDay, on weekday: Int, near reference: Int) -> Int? {
        guard day.anchor == .date, let month = day.month, let dayOfMonth = day.day else { return nil }
        for distance in 0...7 {
            for year in distance == 0 ? [reference] : [reference + distance, reference - distance] {
                if let date = LocalDate(year: year, month: month, day: dayOfMonth), date.weekday == weekday { return year }
            }
        }
        return nil
    }
}
