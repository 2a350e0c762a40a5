import LotsenModel

/// Rental prices in page text, as real premises pages write them: "1 000 kr per dygn", "200 kronor per timme",
/// "500 kr/tillfälle", "Dygnshyra 1.600:-", "Timpris: 150 kr". A deposit, a membership fee, a cancellation or a lost
/// key is not a price of the room.
enum PagePrices {
    /// Each price in `text` as "<amount> kr/<unit>" (or "<amount> kr" when no unit is written), the shape
    /// ``Normalize/prices(_:header:context:defaultTariff:)`` reads; in page order, without repeats.
    /// `unit`: the unit word for prices that write none, from a heading over a price list ("… per timme").
    static func find(in text: String, unit: String? = nil) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n") {
            for price in prices(inLine: String(line), unit: unit) where !found.contains(price) { found.append(price) }
        }
        return found
    }

    /// The unit a line names with no amount of its own ("Bokningskostnader per kategori och timma"), if any.
    static func unit(ofHeading line: String) -> String? {
        let words = tokens(line)
        guard !words.contains(where: { Int($0) != nil && currency.contains($0) == false && $0.count > 1 }) else { return nil }
        return words.lazy.compactMap { units[$0] }.first
    }

    /// Words after "kr" (or before the amount on its line) that say what a price is per, with the unit word written.
    static let units: [String: String] = [
        "tim": "tim", "timme": "tim", "timma": "tim", "timpris": "tim", "timmen": "tim", "timmar": "tim", "h": "tim", "timhyra": "tim",
        "dygn": "dygn", "dygnet": "dygn", "dygnshyra": "dygn", "dag": "dag", "dagen": "dag", "heldag": "dag", "dagshyra": "dag",
        "halvdag": "halvdag", "halvdagshyra": "halvdag",
        "tillfalle": "tillfälle", "tillfallet": "tillfälle", "gang": "tillfälle", "kvall": "tillfälle", "kvallen": "tillfälle",
        "helg": "tillfälle", "helgen": "tillfälle", "natt": "tillfälle", "vecka": "tillfälle", "veckan": "tillfälle",
        "sasong": "säsong", "termin": "säsong", "terminen": "säsong", "ar": "säsong", "aret": "säsong",
    ]
    /// Words that make the amount after them something other than the room's price.
    static let notRent: [String] = ["deposition", "medlem", "avbok", "debiter", "forkommen", "borttappad", "forlorad", "vite",
                                    "straff", "faktureringsavgift", "administrationsavgift", "expeditionsavgift", "nyckel", "ersatts", "skadad"]
    /// Words right after an amount that make it a price.
    static let currency: Set<String> = ["kr", "kronor", "sek", "krona"]

    static func prices(inLine line: String, unit defaultUnit: String? = nil) -> [String] {
        let words = tokens(line)
        var found: [String] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard let amount = Int(words[index]), index + 1 < words.count, currency.contains(words[index + 1]) else { continue }
            let before = words[max(0, index - 6)..<index]
            if before.contains(where: { word in notRent.contains { word.hasPrefix($0) } }) { continue }
            // "max 4 tim" after a price is a limit, not its unit.
            let after = words[(index + 2)..<min(words.count, index + 5)].prefix { $0 != "max" && Int($0) == nil }
            // Else the line's label says it: "Dygnshyra från kl 12.00 till kl 10.00 dagen efter 1.600:-".
            let unit = after.lazy.compactMap { units[$0] }.first ?? words[..<index].lazy.compactMap { units[$0] }.first ?? defaultUnit
            found.append(unit.map { "\(amount) kr/\($0)" } ?? "\(amount) kr")
        }
        return found
    }

    /// The folded words of a line with amounts joined ("1 000" and "1.600" are 1000 and 1600) and ":-" read as "kr".
    static func tokens(_ line: String) -> [String] {
        // "3.480.-": the amount's thousands are joined first, so ".-" after it is the currency.
        let marked = joinThousands(line).replacingOccurrences(of: ":-", with: " kr ").replacingOccurrences(of: ",-", with: " kr ")
            .replacingOccurrences(of: ".-", with: " kr ")
        return marked.split { !($0.isLetter || $0.isNumber) }.map { SwedishText.fold(String($0)) }
    }

    /// Removes the space, no-break space or point between a digit and a group of exactly three digits.
    static func joinThousands(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let separator = character == " " || character == "\u{A0}" || character == "\u{202F}" || character == "."
            if separator, index > 0, characters[index - 1].isNumber, index + 3 < characters.count,
               characters[(index + 1)...(index + 3)].allSatisfy(\.isNumber),
               index + 4 == characters.count || !characters[index + 4].isNumber {
                continue
            }
            result.append(character)
        }
        return result
    }
}
