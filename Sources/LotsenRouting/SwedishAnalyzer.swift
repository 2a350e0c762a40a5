import LotsenModel
import Synchronization

/// Turns Swedish free text into the terms the router compares: lower case with accents other than å, ä, ö
/// folded ("café" → "cafe"), split into words, stop words dropped, each word stemmed (``SwedishStemmer``),
/// compounds split against the known vocabulary ("föreningsbidrag" → förening + bidrag), and synonyms
/// mapped to one term ("låna", "hyra" → "boka").
public struct SwedishAnalyzer: Sendable {
    /// One analysed word: where it came from and the terms it stands for.
    public struct Token: Sendable, Equatable {
        /// The word as written (normalized).
        public var word: String
        /// Its stem after synonyms; compounds add their parts' stems.
        public var terms: [String]
    }

    public let stopWords: Set<String>
    /// Stem → the canonical stem of its synonym group.
    public private(set) var synonyms: [String: String]
    /// Stems (after synonyms) compounds may be split into.
    public private(set) var vocabulary: Set<String>
    /// Compounds longer than this are not split ("realisationsvinstbeskattningsregler" has 35 letters).
    static let longestCompound = 40
    /// Words already analysed, shared by copies of this analyzer; a new one whenever the vocabulary changes.
    private var cache = WordCache()

    /// `synonymGroups`: each group's words mean the same for routing; the first word names the group.
    public init(stopWords: [String], synonymGroups: [[String]], vocabulary: [String] = []) {
        self.stopWords = Set(stopWords.map(Self.normalize))
        var synonyms: [String: String] = [:]
        for group in synonymGroups {
            guard let first = group.first else { continue }
            let canonical = SwedishStemmer.stem(Self.normalize(first))
            for word in group { synonyms[SwedishStemmer.stem(Self.normalize(word))] = canonical }
        }
        self.synonyms = synonyms
        self.vocabulary = Set(synonyms.values)
        learn(vocabulary)
    }

    /// Adds the stems of `words` (phrases allowed) to the vocabulary compounds are split against.
    public mutating func learn(_ words: [String]) {
        cache = WordCache()
        var actions: [String] = []
        for text in words {
            for word in Self.words(in: text) where !stopWords.contains(word) {
                let term = term(of: word)
                vocabulary.insert(term)
                if term.hasSuffix("ning") { actions.append(term) }
            }
        }
        // "snöröjning", "sandning": the verb says the same ("snöröjer", "sandar" → snöröj, sand), when its stem has
        // four letters or more and means nothing else here.
        for action in actions {
            let verb = String(action.dropLast(4))
            guard verb.count >= 4, synonyms[verb] == nil, !vocabulary.contains(verb) else { continue }
            synonyms[verb] = action
        }
    }

    /// The stem of one normalized word, with synonyms applied.
    /// The Snowball algorithm keeps the definite "-et" of neuter nouns ("bidraget", "stödet") and the "-an" of
    /// nouns in "-a" ("förskolan"); when the word without it is known, that is the term.
    public func term(of word: String) -> String {
        let stem = SwedishStemmer.stem(word)
        if let canonical = synonyms[stem] { return canonical }
        if stem.hasSuffix("et") || stem.hasSuffix("an"), stem.count > 4, !vocabulary.contains(stem) {
            let bare = String(stem.dropLast(2))
            if let canonical = synonyms[bare] { return canonical }
            if vocabulary.contains(bare) { return bare }
        }
        return stem
    }

    /// The tokens of `text`, stop words left out.
    /// A hyphenated word counts whole ("e-tjänst" → "etjänst") and by its parts ("lss", "insats").
    public func tokens(_ text: String) -> [Token] {
        Self.words(in: text).compactMap { written in
            if let known = cache.terms(of: written) { return known.isEmpty ? nil : Token(word: known[0], terms: Array(known.dropFirst())) }
            let token = analyse(written)
            if written.utf8.count <= 2 * Self.longestCompound { cache.remember(written, token.map { [$0.word] + $0.terms } ?? []) }
            return token
        }
    }

    /// One written word: nil for a stop word.
    private func analyse(_ written: String) -> Token? {
        let parts = written.split(separator: "-").map(String.init)
        let word = parts.joined()
        guard !stopWords.contains(word) else { return nil }
        let whole = term(of: word)
        var terms = [whole]
        if parts.count > 1 {
            for part in parts where !stopWords.contains(part) {
                let partTerm = term(of: part)
                if !terms.contains(partTerm) { terms.append(partTerm) }
            }
        } else if !vocabulary.contains(whole) {
            let parts = compoundParts(word)
            for part in parts.isEmpty ? nearTerm(word).map { [$0] } ?? [] : parts where !terms.contains(part) { terms.append(part) }
        }
        return Token(word: word, terms: terms)
    }

    /// "livsmedlesverksamhet" for "livsmedelsverksamhet": a long word the vocabulary does not know, with two letters
    /// side by side swapped, the commonest slip in typing, stands for the known word.
    private func nearTerm(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.count >= 8, letters.count <= Self.longestCompound else { return nil }
        for index in 1..<(letters.count - 2) where letters[index] != letters[index + 1] {
            var swapped = letters
            swapped.swapAt(index, index + 1)
            let candidate = term(of: String(swapped))
            if vocabulary.contains(candidate) { return candidate }
        }
        return nil
    }

    /// The terms of `text` in order (each word's own term first, then its compound parts).
    public func terms(_ text: String) -> [String] { tokens(text).flatMap(\.terms) }

    /// Splits a compound into known parts, longest first part first: "lokalbokningen" → ["lokal", "bokning"].
    /// Allows the linking "s" of Swedish compounds ("förenings|bidrag") and up to three parts. Empty when no
    /// split puts every part in the vocabulary.
    public func compoundParts(_ word: String) -> [String] {
        // Every cut is tried, so a 4,000-letter "word" would cost seconds; no real compound is this long.
        guard word.count <= Self.longestCompound else { return [] }
        let letters = Array(word)
        return split(letters[...], depth: 0) ?? knownHead(letters).map { [$0] } ?? []
    }

    /// "matavfallsinsamling", "sophämtningskostnader": a compound whose first part is known and whose rest is not
    /// gives its first part, the word it is a kind of ("matavfall", "sophämtning"), when that part has six letters
    /// or more and four or more letters follow it.
    private func knownHead(_ letters: [Character]) -> String? {
        guard letters.count >= 10 else { return nil }
        var cut = letters.count - 4
        while cut >= 6 {
            let head = String(letters[..<cut])
            for candidate in head.hasSuffix("s") ? [head, String(head.dropLast())] : [head] where candidate.count >= 6 {
                let term = term(of: candidate)
                if vocabulary.contains(term) { return term }
            }
            cut -= 1
        }
        return nil
    }

    private func split(_ letters: ArraySlice<Character>, depth: Int) -> [String]? {
        guard letters.count >= 6, depth < 2 else { return nil }
        let minimum = 3
        var cut = letters.endIndex - minimum
        while cut - letters.startIndex >= minimum {
            let head = String(letters[letters.startIndex..<cut])
            let tail = letters[cut...]
            let heads = head.hasSuffix("s") && head.count > minimum + 1 ? [head, String(head.dropLast())] : [head]
            for candidate in heads {
                let headTerm = term(of: candidate)
                guard vocabulary.contains(headTerm) || vocabulary.contains(synonyms[candidate] ?? candidate) else { continue }
                let tailWord = String(tail)
                let tailTerm = term(of: tailWord)
                if vocabulary.contains(tailTerm) { return [headTerm, tailTerm] }
                if let rest = split(tail, depth: depth + 1) { return [headTerm] + rest }
            }
            cut -= 1
        }
        return nil
    }

    /// Lower case, accents other than å, ä and ö folded, everything but letters, digits and a hyphen inside a
    /// word ("e-tjänst", "LSS-insatser"; not "barn- och utbildning") a space.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        forEachNormalizedScalar(of: text) { out.append($0) }
        return String(out)
    }

    /// The normalized words of `text`.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        forEachNormalizedScalar(of: text) { scalar in
            if scalar != " " { word.append(scalar); return }
            if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// The scalars of `normalize(text)`, one per scalar of the lower-cased text, in one pass: every enquiry goes
    /// through here, so letters and digits of ASCII skip the Unicode property tables.
    private static func forEachNormalizedScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isAlphabetic  // the text is lower-cased
        }
        var previousIsLetter = false
        var hyphenAfterLetter = false
        for scalar in text.lowercased().unicodeScalars {
            let letter = isLetter(scalar)
            // A hyphen stays only between two letters; it is decided when the next scalar is seen.
            if hyphenAfterLetter { body(letter ? "-" : " ") }
            hyphenAfterLetter = scalar == "-" && previousIsLetter
            previousIsLetter = letter
            if hyphenAfterLetter { continue }
            switch scalar {
            case "é", "è", "ê", "ë": body("e")
            case "á", "à", "â": body("a")
            case "ü", "ú", "ù": body("u")
            case "í", "ì", "ï": body("i")
            case "ó", "ò", "ô": body("o")
            case "æ": body("ä")
            case "ø": body("ö")
            default: body(letter || ("0"..."9").contains(scalar) ? scalar : " ")
            }
        }
        if hyphenAfterLetter { body(" ") }
    }
}

/// Analysed words by their written form: enquiries repeat the same words all day, and splitting a compound
/// tries every cut. Bounded, so a flood of made-up words cannot grow it without limit; thread-safe.
final class WordCache: Sendable {
    private let entries = Mutex<[String: [String]]>([:])
    static let capacity = 50_000

    /// The word (normalized) followed by its terms; empty for a stop word; nil when not seen.
    func terms(of written: String) -> [String]? { entries.withLock { $0[written] } }

    func remember(_ written: String, _ terms: [String]) {
        entries.withLock { entries in
            if entries.count < Self.capacity { entries[written] = terms }
        }
    }
}
