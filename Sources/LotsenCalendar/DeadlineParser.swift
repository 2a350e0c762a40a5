import Foundation
import LotsenModel

/// Reads Swedish deadline wording into ``DeadlineRule``s, each with the sentence it came from.
///
/// It understands dates ("15 februari", "den 1:a mars", "15/3", "2026-03-15"), lists of them
/// ("1 mars, 1 juni och 1 september"), month ends and weeks ("sista februari", "sista vardagen i mars",
/// "vecka 12"), windows ("1 januari–29 februari", "öppnar 1 januari 2024 med sista ansökningsdag
/// 29 februari 2024"), dated rounds, "för kommande år", rolling grants ("löpande") and deadlines
/// relative to an event ("senast sex veckor före arrangemanget"). What it cannot read comes back as
/// an `unknown` rule holding the phrase; it never guesses a date.
public enum DeadlineParser {
    /// The rules in `text`. `yearlyHint` says the grant is known to come back every year (a profile
    /// or the page says so), so a dated round is projected to later years.
    /// `referenceYear` (the year it is read in): a yearless date with its weekday ("fredag 31 januari") belongs to
    /// the year nearest it where that day is that weekday, so a page written for another year gives no date now.
    public static func parse(_ text: String, yearlyHint: Bool = false, referenceYear: Int? = nil) -> [DeadlineRule] {
        let sentences = Self.sentences(text).map { (text: $0, tokens: Token.scan($0)) }
        let textRecurs = yearlyHint || sentences.contains { impliesYearly($0.tokens.map(\.text)) }
        // A page (several sentences) is read in context: dates count only where the words speak of applying.
        let isPage = sentences.count >= 3
        // A page that names one year and never says the grant recurs is about that year's round ("hösten 2023").
        let namedYears = Set(sentences.compactMap { sentence in
            DeadlineContext.namedYear(sentence.tokens, dates: dates(in: sentence.tokens).map { ($0.start, $0.end) }, roundsOnly: true)
        })
        var headingYear: Int? = isPage && !textRecurs && namedYears.count == 1 ? namedYears.first : nil
        var underApplyingHeading = false
        let closed = isPage && !textRecurs && sentences.contains { DeadlineContext.saysClosed($0.tokens.map(\.text)) }
        var rules: [DeadlineRule] = []
        var unread: [String] = []
        var list = DateList()
        for sentence in sentences {
            let found = dates(in: sentence.tokens).map { (start: $0.start, end: $0.end) }
            let hasDates = !found.isEmpty
            defer { list.read(sentence.tokens, text: sentence.text, hasDates: hasDates) }
            if isPage, let year = DeadlineContext.headingYear(sentence.tokens, hasDates: hasDates) {
                headingYear = year
                continue
            }
            if isPage, let column = DeadlineContext.deadlineColumn(sentence.tokens, hasDates: hasDates) { list.deadlineColumn = column }
            if isPage, let applying = DeadlineContext.isApplyingHeading(sentence.tokens, hasDates: hasDates) {
                underApplyingHeading = applying
                if applying { continue }
            }
            let continues = list.continues(sentence.tokens, text: sentence.text, dates: found)
            let context = SentenceContext(
                isPage: isPage, headingYear: continues && list.previous.yearly ? nil : headingYear,
                underApplyingHeading: underApplyingHeading || continues, textRecurs: textRecurs,
                yearlyHint: yearlyHint || (continues && list.previous.yearly), closed: closed, referenceYear: referenceYear)
            let read = parseSentence(sentence.text, tokens: sentence.tokens, context: context)
            if read.isEmpty, speaksOfDeadline(sentence.tokens), !hasDates { unread.append(sentence.text) }
            rules += read
        }
        for sentence in unread {
            rules.append(DeadlineRule(kind: .unknown, phrase: sentence, confidence: 0))
        }
        if rules.isEmpty, !sentences.isEmpty {
            rules.append(DeadlineRule(kind: .unknown, phrase: sentences.map(\.text).joined(separator: " "), confidence: 0))
        }
        return rules
    }

    /// Whether a sentence of dates goes on from what came before it. "Ansökan kan göras vid fyra olika tillfälle per
    /// år. Den 15 januari, 15 april, 15 juli och 15 oktober.": a sentence of dates alone goes on from the sentence
    /// before it; so does each item of a list of dates under a line that speaks of applying and ends in a colon ("Sista
    /// dag för inlämning av ansökningar är:"), and each line of dates alone in a column headed "Ansökan senast" or
    /// "Sista datum för inlämning" over a table copied as text, whatever rows stand between. What follows an item's
    /// first date is about the dates after it ("10 februari (beslut på samråd 25 februari)").
    struct DateList {
        var previous: (applying: Bool, yearly: Bool, hasDates: Bool, endsInColon: Bool) = (false, false, true, false)
        var applyingList = false
        var deadlineColumn = false

        mutating func continues(_ tokens: [Token], text: String, dates found: [(start: Int, end: Int)]) -> Bool {
            let words = tokens.map(\.text)
            let hasDates = !found.isEmpty
            let leading = found.first.map { words[..<$0.start] } ?? words[...]
            let judged = leading.count <= 2 ? leading : words[...]
            let datesAlone = !judged.contains { DeadlineContext.speaksOfApplying($0) || DeadlineContext.speaksOfSomethingElse($0) }
            let inColumn = deadlineColumn && DeadlineContext.isBareDateLine(tokens, dates: found)
            let continues = hasDates && datesAlone && ((!previous.hasDates && previous.applying) || applyingList || inColumn)
            applyingList = hasDates ? continues && (applyingList || previous.endsInColon)
                : words.contains(where: DeadlineContext.speaksOfApplying) && text.hasSuffix(":")
            return continues
        }

        /// Remembers what a sentence said, for the one after it.
        mutating func read(_ tokens: [Token], text: String, hasDates: Bool) {
            let words = tokens.map(\.text)
            previous = (words.contains(where: DeadlineContext.speaksOfApplying), impliesYearly(words), hasDates, text.hasSuffix(":"))
        }
    }

    /// What the rest of the text says about one sentence's dates.
    struct SentenceContext {
        /// The text is a page of several sentences, not one deadline phrase.
        var isPage = false
        /// The year named by the last heading above the sentence.
        var headingYear: Int?
        /// The last short line above the sentence speaks of applying ("Ansökningstider").
        var underApplyingHeading = false
        /// Some sentence says the grant comes back every year.
        var textRecurs = false
        /// The caller knows the grant comes back every year.
        var yearlyHint = false
        /// The page says its round is over ("Sista ansökningsdag har passerat"): its yearless dates are past.
        var closed = false
        /// The year the text is read in, for dates given with their weekday.
        var referenceYear: Int?
    }

    /// Every date expression in `tokens`, in order, with where it starts and ends.
    static func dates(in tokens: [Token]) -> [(value: DateExpression, start: Int, end: Int)] {
        var dates: [(value: DateExpression, start: Int, end: Int)] = []
        var index = 0
        while index < tokens.count {
            if let (expression, length) = dateExpression(tokens, at: index) {
                dates.append((expression, index, index + length))
                index += length
            } else {
                index += 1
            }
        }
        return dates
    }

    /// The dates that are application deadlines: the nearest purpose word before each in its clause decides; with
    /// none, the sentence's words do. "Före 1 mars" is the last day of February. A yearless date in a sentence or
    /// under a heading that names a year belongs to that year, unless the sentence says it comes back every year.
    static func applicationDates(
        _ found: [(value: DateExpression, start: Int, end: Int)], tokens: [Token], context: SentenceContext
    ) -> [(value: DateExpression, start: Int, end: Int)] {
        let words = tokens.map(\.text)
        let applying = context.underApplyingHeading || words.contains(where: DeadlineContext.speaksOfApplying)
        let deadlineWords = speaksOfDeadline(tokens)
        // A yearless date takes the year the sentence names, or another date of it carries, or the heading's.
        let sentenceYear = impliesYearly(words) ? nil
            : DeadlineContext.namedYear(tokens, dates: found.map { ($0.start, $0.end) }) ?? found.compactMap(\.value.year).first
                ?? context.headingYear
        var kept: [(value: DateExpression, start: Int, end: Int)] = []
        for date in found {
            let purpose = DeadlineContext.speaksOfApplying(tokens, before: date.start)
            switch purpose {
            case false?: continue
            case nil where context.isPage && !applying && !deadlineWords: continue
            default: break
            }
            if DeadlineContext.isCoveredPeriod(tokens, date: (date.start, date.end), dates: found.map { ($0.start, $0.end) }) { continue }
            if !DeadlineContext.wordsAfterSayDeadline(tokens, after: date.end, opensLine: date.start == 0, applyingBefore: purpose == true) { continue }
            if DeadlineContext.isWeekRange(tokens, date: (date.start, date.end), value: date.value) { continue }
            var date = date
            if date.start > 0, ["före", "innan"].contains(tokens[date.start - 1].text) {
                (date.value.day, date.value.year) = DeadlineContext.dayBefore(date.value.day, year: date.value.year)
            }
            if date.value.year == nil, date.value.day.anchor != .week, let sentenceYear { date.value.year = sentenceYear }
            if date.value.year == nil, let reference = context.referenceYear,
               let weekday = DeadlineContext.weekday(before: date.start, in: tokens) {
                date.value.year = DeadlineContext.year(of: date.value.day, on: weekday, near: reference)
            }
            kept.append(date)
        }
        return kept
    }

    // MARK: Sentences

    /// Lines, bullets and sentences ("… 25 augusti. För sent …"); a dot after an abbreviated month does not end one.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "•" || $0 == ";" }) {
            var current = ""
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                current.append(character)
                guard character == ".", index + 2 < characters.count, characters[index + 1] == " ",
                      characters[index + 2].isUppercase else { continue }
                sentences.append(current)
                current = ""
            }
            sentences.append(current)
        }
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func speaksOfDeadline(_ tokens: [Token]) -> Bool {
        tokens.contains { token in
            ["sista", "senast", "ansökningsdag", "ansökningsperiod", "ansökningsperioden", "deadline", "ansökningstid", "söks"]
                .contains(token.text)
        }
    }

    static func impliesYearly(_ words: [String]) -> Bool {
        containsSequence(words, ["varje", "år"]) || containsSequence(words, ["nästa", "ansökningsperiod"])
            || containsSequence(words, ["per", "år"]) || containsSequence(words, ["en", "gång", "om", "året"])
            || words.contains("årligen") || words.contains("årlig") || words.contains("årliga")
            // "senast 15 december för innevarande bidragsår": whichever year it is now, so every year.
            || words.contains("innevarande")
            // "den 15 oktober för nästkommande år": each year for the next.
            || containsSequence(words, ["nästkommande", "år"]) || containsSequence(words, ["kommande", "år"])
            // "ska precis som tidigare göras senast 1 mars": as every year before.
            || containsSequence(words, ["som", "tidigare"])
            // "senast den 30 september året före det ansökan avser": a standing rule, read against the grant's year.
            || containsSequence(words, ["året", "före"]) || containsSequence(words, ["året", "innan"])
    }

    // MARK: One sentence

    static func parseSentence(_ sentence: String, tokens: [Token], context: SentenceContext = SentenceContext()) -> [DeadlineRule] {
        let words = tokens.map(\.text)
        let phrase = sentence
        let keyword = speaksOfDeadline(tokens)

        let found = dates(in: tokens)
        let dates = applicationDates(found, tokens: tokens, context: context)
        if let relative = relativeRule(tokens, phrase: phrase) {
            // "senast två månader efter årsmöte, dock senast 15 december": the fixed cap is a deadline too.
            let caps = dates.filter { date in tokens[..<date.start].contains { $0.text == "dock" } }
            return [relative] + caps.map { $0.value.rule(phrase: phrase, confidence: 0.9, recurring: false, grantYearOffset: 0) }
        }
        if !found.isEmpty, dates.isEmpty { return [] }
        if context.closed, !context.yearlyHint, !impliesYearly(words) { return [] }
        // A dated round comes back only when this sentence (or the caller) says so; on a page, another sentence's
        // "varje år" does not make a round of 2021 recur.
        let recurring = context.yearlyHint || impliesYearly(words) || (!context.isPage && context.textRecurs)
        let grantYearOffset = containsSequence(words, ["kommande", "år"]) || containsSequence(words, ["året", "före"])
            || containsSequence(words, ["nästkommande", "år"]) ? 1 : 0
        let confidence = keyword ? 0.95 : 0.7

        if dates.isEmpty {
            // On a page, "löpande verksamhet" is not a rolling deadline: the sentence must speak of applying.
            guard !context.isPage || keyword || words.contains(where: DeadlineContext.speaksOfApplying) else { return [] }
            if words.contains("löpande") || containsSequence(words, ["när", "som", "helst"]) || containsSequence(words, ["hela", "året"])
                || containsSequence(words, ["året", "runt"]) {
                return [DeadlineRule(kind: .rolling, event: condition(in: tokens, sentence: sentence), phrase: phrase, confidence: 0.95)]
            }
            // "Söks alltid innan investeringen påbörjas": no date, only a condition — open until then.
            if let condition = condition(in: tokens, sentence: sentence), words.contains("söks") || words.contains("ansök") || keyword {
                return [DeadlineRule(kind: .rolling, event: condition, phrase: phrase, confidence: 0.75)]
            }
            return []
        }

        // Windows: "1 januari–29 februari", "från 1 januari till och med 25 februari och 1 juli till och med 25 augusti",
        // "mellan 1 januari och 29 februari", "öppnar 1 januari … sista ansökningsdag 29 februari": the last day counts.
        // Other dates are a list ("1 mars, 1 maj och 15 september"); a year on the last date counts for all of them.
        let sharedYear = dates.last?.value.year
        var rules: [DeadlineRule] = []
        var index = 0
        while index < dates.count {
            var expression = dates[index].value
            if expression.year == nil, dates.count > 1, let sharedYear, expression.day.anchor != .week { expression.year = sharedYear }
            if index + 1 < dates.count, isWindow(tokens, from: dates[index], to: dates[index + 1], firstDate: index == 0) {
                var closing = dates[index + 1].value
                if closing.year == nil, let sharedYear, closing.day.anchor != .week { closing.year = sharedYear }
                var rule = closing.rule(phrase: phrase, confidence: confidence, recurring: recurring, grantYearOffset: grantYearOffset)
                rule.opens = expression.day
                rule.opensYear = dates[index].value.year ?? (rule.year.map { year in
                    // "1 december–31 januari 2025": the window opens the year before.
                    expression.day.date(in: year) > closing.day.date(in: year) ? year - 1 : year
                })
                rules.append(rule)
                index += 2
            } else {
                rules.append(expression.rule(phrase: phrase, confidence: confidence, recurring: recurring, grantYearOffset: grantYearOffset))
                index += 1
            }
        }
        return rules
    }

    /// True when two dates are a window's first and last day.
    static func isWindow(
        _ tokens: [Token], from first: (value: DateExpression, start: Int, end: Int), to second: (value: DateExpression, start: Int, end: Int),
        firstDate: Bool
    ) -> Bool {
        let between = tokens[first.end..<second.start].map(\.text)
        let before = tokens[max(0, first.start - 2)..<first.start].map(\.text)
        if between == ["-"] || between == ["till"] || between == ["t", "o", "m"] || between == ["till", "och", "med"]
            || between == ["tom"] || between == ["-", "till", "och", "med"] {
            return true
        }
        if before.last == "mellan" || before == ["mellan", "den"], between == ["och"] || between == ["och", "den"] { return true }
        let opening = tokens[..<first.start].map(\.text)
        return firstDate && (opening.contains("öppnar") || opening.contains("ansökningsperioden") || opening.contains("ansökningsperiod"))
            && (between.contains("-") || between.contains("med") || between.contains("till"))
    }

    /// "senast sex veckor före arrangemanget", "minst 4 veckor innan".
    static func relativeRule(_ tokens: [Token], phrase: String) -> DeadlineRule? {
        for index in tokens.indices {
            guard let amount = tokens[index].cardinal, index + 1 < tokens.count,
                  let unit = Self.unit(tokens[index + 1].text) else { continue }
            var next = index + 2
            guard next < tokens.count, ["före", "innan", "efter", "inför"].contains(tokens[next].text) else { continue }
            let sign = tokens[next].text == "efter" ? 1 : -1
            next += 1
            let event = tokens[next...].prefix { $0.kind != .punctuation || $0.text == "-" }.map(\.original).joined(separator: " ")
            return DeadlineRule(
                kind: .relative, offset: .init(amount: sign * amount, unit: unit),
                event: event.isEmpty ? nil : event, phrase: phrase, confidence: event.isEmpty ? 0.8 : 0.9)
        }
        return nil
    }

    static func unit(_ word: String) -> DeadlineRule.Offset.Unit? {
        switch word {
        case "dag", "dagar", "dagen", "arbetsdagar", "vardagar": .days
        case "vecka", "veckor", "veckan": .weeks
        case "månad", "månader", "månaden": .months
        default: nil
        }
    }

    /// "dock innan projektets start" → "innan projektets start".
    static func condition(in tokens: [Token], sentence: String) -> String? {
        guard let start = tokens.firstIndex(where: { ["innan", "före"].contains($0.text) }) else { return nil }
        let words = tokens[start...].prefix { $0.kind != .punctuation }.map(\.original)
        return words.count > 1 ? words.joined(separator: " ") : nil
    }

    static func containsSequence(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    // MARK: Dates

    struct DateExpression {
        var day: YearDay
        var year: Int?
        var confidence: Double

        func rule(phrase: String, confidence: Double, recurring: Bool, grantYearOffset: Int) -> DeadlineRule {
            DeadlineRule(
                kind: year == nil ? .yearly : .dated, closes: day, year: year, recurring: year != nil && recurring,
                grantYearOffset: grantYearOffset, phrase: phrase, confidence: min(confidence, self.confidence))
        }
    }

    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let ordinals: [String: Int] = [
        "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7, "åttonde": 8,
        "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12,
    ]

    /// A date expression starting at `index`, and how many tokens it takes.
    static func dateExpression(_ tokens: [Token], at index: Int) -> (DateExpression, Int)? {
        func token(_ offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
        func year(at offset: Int) -> Int? {
            guard let token = token(offset), token.kind == .number, token.digits == 4, (1900...2200).contains(token.value ?? 0) else { return nil }
            return token.value
        }
        func month(at offset: Int) -> (month: Int, length: Int)? {
            guard let word = token(offset), let month = months[word.text] else { return nil }
            // "feb." — the abbreviation's dot belongs to it.
            if word.text.count <= 4, word.text != "maj", word.text != "juni", word.text != "juli", token(offset + 1)?.text == "." {
                return (month, 2)
            }
            return (month, 1)
        }
        func valid(_ day: Int, _ month: Int) -> Bool { (1...LocalDate.daysIn(month: month, year: 2024)).contains(day) }
        guard let first = token(0) else { return nil }

        // ISO: 2026-03-15
        if first.kind == .number, first.digits == 4, let y = first.value, token(1)?.text == "-", let m = token(2)?.value,
           token(3)?.text == "-", let d = token(4)?.value, (1...12).contains(m), valid(d, m) {
            return (DateExpression(day: .date(month: m, day: d), year: y, confidence: 1), 5)
        }
        // 15 februari [2026], 1:a mars, den 1 mars
        if first.kind == .number, let day = first.value, first.digits <= 2 {
            var offset = 1
            if token(1)?.text == ":", let suffix = token(2)?.text, suffix == "a" || suffix == "e" { offset = 3 }
            if let (month, length) = month(at: offset), valid(day, month) {
                let y = year(at: offset + length)
                return (DateExpression(day: .date(month: month, day: day), year: y, confidence: 1), offset + length + (y == nil ? 0 : 1))
            }
            // 15/3, 15/3 2026, 15/3-2026
            if token(1)?.text == "/", let m = token(2)?.value, token(2)?.digits ?? 3 <= 2, (1...12).contains(m), valid(day, m) {
                if let y = year(at: 3) { return (DateExpression(day: .date(month: m, day: day), year: y, confidence: 0.9), 4) }
                if ["/", "-"].contains(token(3)?.text ?? ""), let y = year(at: 4) {
                    return (DateExpression(day: .date(month: m, day: day), year: y, confidence: 0.9), 5)
                }
                return (DateExpression(day: .date(month: m, day: day), year: nil, confidence: 0.9), 3)
            }
        }
        // den första mars
        if let day = ordinals[first.text], let (month, length) = month(at: 1) {
            let y = year(at: 1 + length)
            return (DateExpression(day: .date(month: month, day: day), year: y, confidence: 0.9), 1 + length + (y == nil ? 0 : 1))
        }
        // sista februari, sista dagen i mars, sista vardagen i mars
        if first.text == "sista" {
            var offset = 1
            var anchor = YearDay.Anchor.lastDay
            if let kind = token(1)?.text, ["dagen", "vardagen", "arbetsdagen", "bankdagen"].contains(kind) {
                anchor = kind == "dagen" ? .lastDay : .lastWorkingDay
                offset = 2
                if let preposition = token(2)?.text, preposition == "i" || preposition == "av" { offset = 3 }
            }
            if let (month, length) = month(at: offset) {
                let y = year(at: offset + length)
                let day = YearDay(anchor: anchor, month: month)
                return (DateExpression(day: day, year: y, confidence: 0.9), offset + length + (y == nil ? 0 : 1))
            }
        }
        // i slutet av mars
        if first.text == "slutet", token(1)?.text == "av", let (month, length) = month(at: 2) {
            let y = year(at: 2 + length)
            return (DateExpression(day: .lastDay(of: month), year: y, confidence: 0.75), 2 + length + (y == nil ? 0 : 1))
        }
        // i oktober månad, under oktober: open through the month, so its last day is the deadline
        if first.text == "i" || first.text == "under", let (month, length) = month(at: 1),
           first.text == "under" || token(1 + length)?.text == "månad" {
            let extra = token(1 + length)?.text == "månad" ? 1 : 0
            let y = year(at: 1 + length + extra)
            return (DateExpression(day: .lastDay(of: month), year: y, confidence: 0.8), 1 + length + extra + (y == nil ? 0 : 1))
        }
        // vecka 12, v. 12, v12
        if first.text == "vecka" || first.text == "v" || first.text == "veckan" {
            var offset = 1
            if token(1)?.text == "." { offset = 2 }
            if let week = token(offset)?.value, token(offset)?.kind == .number, (1...53).contains(week) {
                let y = year(at: offset + 1)
                return (DateExpression(day: .week(week), year: y, confidence: 0.85), offset + 1 + (y == nil ? 0 : 1))
            }
        }
        return nil
    }
}

/// A word, number or punctuation mark of a deadline sentence.
struct Token: Equatable {
    enum Kind { case word, number, punctuation }
    let kind: Kind
    /// Lower-cased; dashes of every width are "-".
    let text: String
    /// As written.
    let original: String
    var value: Int? { kind == .number ? Int(text) : nil }
    var digits: Int { kind == .number ? text.count : 0 }

    static let numberWords: [String: Int] = [
        "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
        "elva": 11, "tolv": 12,
    ]

    /// A number written in digits or in words up to twelve.
    var cardinal: Int? { value ?? (kind == .word ? Self.numberWords[text] : nil) }

    static func scan(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentKind = Kind.word
        func flush() {
            if !current.isEmpty { tokens.append(Token(kind: currentKind, text: current.lowercased(), original: current)) }
            current = ""
        }
        for character in text {
            let kind: Kind? = character.isLetter ? .word : (character.isASCII && character.isNumber) ? .number
                : character.isWhitespace ? nil : .punctuation
            guard let kind else {
                flush()
                continue
            }
            if kind == .punctuation {
                flush()
                let mark = "-–—".contains(character) ? "-" : String(character)
                tokens.append(Token(kind: .punctuation, text: mark, original: String(character)))
                continue
            }
            if kind != currentKind { flush() }
            currentKind = kind
            current.append(character)
        }
        flush()
        return tokens
    }
}
