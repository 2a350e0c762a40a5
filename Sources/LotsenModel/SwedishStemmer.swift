/// The Snowball Swedish stemmer (snowballstem.org/algorithms/swedish, the algorithm as published before its 2025 3.0 revision): strips inflectional suffixes so
/// "föreningar", "föreningen" and "föreningens" meet at "förening". Works on lower-cased Unicode scalars.
public enum SwedishStemmer {
    public static func stem(_ word: String) -> String {
        var letters = Array(word.unicodeScalars)
        guard letters.count > 2 else { return word }
        let r1 = regionOne(letters)
        stepOne(&letters, r1: r1)
        stepTwo(&letters, r1: r1)
        stepThree(&letters, r1: r1)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: letters)
        return String(result)
    }

    /// Vowels and the letters an "s" ending may follow, as switches: every word of every enquiry is stemmed.
    private static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y", "ä", "å", "ö": return true
        default: return false
        }
    }
    private static func isSEnding(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "t", "v", "y": return true
        default: return false
        }
    }

    /// Step 1 suffixes, longest first so the first match is the longest.
    private static let stepOneSuffixes: [[Unicode.Scalar]] = [
        "heterna", "hetens", "anden", "andes", "andet", "arens", "arnas", "ernas", "heten", "heter", "ornas",
        "ande", "ades", "aren", "arna", "arne", "aste", "erna", "erns", "orna", "ade", "are", "ast", "ens",
        "ern", "het", "ad", "ar", "as", "at", "en", "er", "es", "or", "a", "e",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    private static let stepTwoEndings: [[Unicode.Scalar]] = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"].map { Array($0.unicodeScalars) }

    /// R1: the part after the first non-vowel that follows a vowel, but never starting before the fourth letter.
    static func regionOne(_ letters: [Unicode.Scalar]) -> Int {
        var index = 1
        while index < letters.count {
            if !isVowel(letters[index]) && isVowel(letters[index - 1]) {
                return max(index + 1, 3)
            }
            index += 1
        }
        return letters.count
    }

    private static func endsWith(_ letters: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
        guard letters.count >= suffix.count else { return false }
        let offset = letters.count - suffix.count
        for index in suffix.indices where letters[offset + index] != suffix[index] { return false }
        return true
    }

    /// Like Snowball's `among`, the longest candidate that ends the word inside R1 is chosen; a final "s" goes
    /// only after a valid s-ending.
    private static func stepOne(_ letters: inout [Unicode.Scalar], r1: Int) {
        for suffix in stepOneSuffixes where endsWith(letters, suffix) && letters.count - suffix.count >= r1 {
            letters.removeLast(suffix.count)
            return
        }
        if letters.last == "s", letters.count - 1 >= r1, letters.count >= 2, isSEnding(letters[letters.count - 2]) {
            letters.removeLast()
        }
    }

    private static func stepTwo(_ letters: inout [Unicode.Scalar], r1: Int) {
        for ending in stepTwoEndings where endsWith(letters, ending) && letters.count - 2 >= r1 {
            letters.removeLast()
            return
        }
    }

    private static let stepThreeSuffixes: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("fullt", "full"), ("löst", "lös"), ("lig", ""), ("els", ""), ("ig", ""),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    private static func stepThree(_ letters: inout [Unicode.Scalar], r1: Int) {
        for (suffix, replacement) in stepThreeSuffixes where endsWith(letters, suffix) && letters.count - suffix.count >= r1 {
            letters.removeLast(suffix.count)
            letters.append(contentsOf: replacement)
            return
        }
    }
}

extension SwedishStemmer {
    /// True when a vocabulary stem and a searched stem name the same thing: equal, the searched word an inflection
    /// the stemmer left a letter or three on ("teleslingan", "konferensrummet"), or one the last part of the other
    /// ("ishall" and "hall"; "minisporthall" and "sporthall").
    /// `shortestPart` is the shortest searched stem that may match as a compound's last part (3 finds "sal" in
    /// "gymnastiksal"; a question's words are better read with 4, so "möjlighet" is not "kokmöjlighet").
    public static func names(_ vocabulary: String, _ searched: String, shortestPart: Int = 3) -> Bool {
        if vocabulary == searched { return true }
        // Scalar counts: cheap, and å, ä, ö count as one letter each.
        let v = vocabulary.unicodeScalars.count, q = searched.unicodeScalars.count
        if v >= 4, q - v <= 3, q > v, searched.hasPrefix(vocabulary) { return true }
        if q >= shortestPart, v >= q + 2, vocabulary.hasSuffix(searched) { return true }
        return v >= 4 && q >= v + 3 && searched.hasSuffix(vocabulary)
    }
}
