import LotsenModel

/// What the sentences around a date say about it, so a whole page is read as a person reads it: a date is an
/// application deadline only where the words before it speak of applying, not of a decision (besked, beslut), a
/// payout (utbetalning), a report (redovisning), a period or a ceremony; and a yearless date under a heading or in
/// a sentence that names a year belongs to that year.
enum DeadlineContext {
    /// Words that make the date after them an application deadline.
    static func speaksOfApplying(_ word: String) -> Bool {
        word.hasPrefix("ansök") || word.hasPrefix("nominer") || ["söks", "sök", "söka", "söker", "inkommen", "inkomna", "inkomma",
            "inlämnas", "inlämnad", "ansökningsdag", "deadline", "ansökningstid", "ansökningsperiod", "ansökningsperioden"].contains(word)
    }

    /// Words that make the date after them something else than the last day to apply.
    static func speaksOfSomethingElse(_ word: String) -> Bool {
        word.hasPrefix("utbetal") || word.hasPrefix("redovis") || word.hasPrefix("besked") || word.hasPrefix("beslut")
            || word.hasPrefix("prisutdel") || word.hasPrefix("utdelning") || word.hasPrefix("nationaldag") || word.hasPrefix("jury")
            || word.hasPrefix("handläggs") || word.hasPrefix("handläggning") || word.hasPrefix("förseningsavgift")
            || ["betalas", "fattas", "meddelas", "delas", "verksamhetsåret", "invigning", "firas", "genomförs",
                "behandlas", "sammanträde", "sammanträder", "nämndmöte", "utgång", "utgången", "avdrag", "reduceras",
                "äger", "hålls", "pågår", "arrangeras", "uppdaterad", "uppdaterades", "publicerad", "publicerades", "ändrad"].contains(word)
    }

    /// The purpose of the date whose first token is at `start`: the nearest purpose word before it in the sentence
    /// decides; nil when there is none.
    static func speaksOfApplying(_ tokens: [Token], before start: Int) -> Bool? {
        for index in stride(from: start - 1, through: 0, by: -1) {
            let word = tokens[index].text
            if speaksOfApplying(word) { return true }
            if speaksOfSomethingElse(word) { return false }
            // "för perioden 1 juli – 31 december" is what the grant covers; "i perioden 1/1–31/3" when to apply.
            if word == "perioden" || word == "period", index > 0, tokens[index - 1].text == "för" { return false }
        }
        return nil
    }

    /// A year a sentence names outside any date ("Kulturstipendium 2019", "Ansökan för 2021"), if it names one.
    /// With `roundsOnly`, a year something started in ("från och med januari 2021", "sedan 2019") does not count.
    static func namedYear(_ tokens: [Token], dates: [(start: Int, end: Int)], roundsOnly: Bool = false) -> Int? {
        for (index, token) in tokens.enumerated() where token.kind == .number && token.digits == 4 {
            guard let year = token.value, (2000...2100).contains(year) else { continue }
            if dates.contains(where: { (($0.start)..<($0.end)).contains(index) }) { continue }
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

    /// "före 1 mars": the day before.
    static func dayBefore(_ day: YearDay, year: Int?) -> (YearDay, Int?) {
        guard day.anchor == .date, let month = day.month, let date = day.day else { return (day, year) }
        if date > 1 { return (.date(month: month, day: date - 1), year) }
        if month > 1 { return (.lastDay(of: month - 1), year) }
        return (.date(month: 12, day: 31), year.map { $0 - 1 })
    }
}
