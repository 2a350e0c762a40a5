/// Numbers Swedish text writes as words ("sex personer", "hundra gäster"), folded (å, ä, ö as a, a, o).
public enum SwedishNumbers {
    public static let words: [String: Int] = [
        "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12,
        "femton": 15, "tjugo": 20, "tjugofem": 25, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
        "attio": 80, "nittio": 90, "hundra": 100, "etthundra": 100, "hundrafemtio": 150, "tvahundra": 200, "trehundra": 300,
        "fyrahundra": 400, "femhundra": 500, "tusen": 1000,
    ]

    /// The value of a folded word: "80", "sex", "hundra"; nil for anything else.
    public static func value(_ folded: String) -> Int? {
        words[folded] ?? Int(folded)
    }
}
