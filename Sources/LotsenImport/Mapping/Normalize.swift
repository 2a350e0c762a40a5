import Foundation
import LotsenModel

/// Turns the ways Swedish listings write values into normalized ones. Each function either returns
/// a value or throws a ``ValueError`` saying what was expected; none of them guesses.
public enum Normalize {
    /// Why a value could not be read; the importer adds the file, line and field.
    public struct ValueError: Error, Sendable, Equatable {
        public let message: String
        init(_ message: String) { self.message = message }
    }

    // MARK: Numbers

    /// Numbers as Swedes write them: "1 200", "1 200,50", "56,0294", "1.200" is 1.2.
    public static func decimal(_ text: String) -> Double? {
        var cleaned = ""
        for character in text.trimmingSpaces where character != " " && character != "\u{A0}" && character != "\u{202F}" {
            cleaned.append(character == "," ? "." : character)
        }
        if cleaned.hasSuffix(":-") { cleaned.removeLast(2) }
        return Double(cleaned)
    }

    /// The integers and decimals in `text`, in order, with thousands written "1 200" kept together;
    /// each with its range as UTF-8 offsets.
    static func numbers(in text: String) -> [(value: Double, range: Range<Int>)] {
        var text = text
        return text.withUTF8 { bytes in
            var results: [(Double, Range<Int>)] = []
            func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] &- 0x30 < 10 }
            var index = 0
            while index < bytes.count {
                guard isDigit(index) else {
                    index += 1
                    continue
                }
                let start = index
                var digits: [UInt8] = []
                var hasPoint = false
                var end = index
                while end < bytes.count {
                    let byte = bytes[end]
                    if isDigit(end) {
                        digits.append(byte)
                        end += 1
                    } else if byte == UInt8(ascii: ","), isDigit(end + 1) {
                        digits.append(UInt8(ascii: "."))
                        hasPoint = true
                        end += 1
                    } else if byte == UInt8(ascii: " ") || (byte == 0xC2 && end + 1 < bytes.count && bytes[end + 1] == 0xA0) {
                        // "1 200": a space followed by exactly three digits joins a thousands group.
                        let group = end + (byte == 0xC2 ? 2 : 1)
                        guard !hasPoint, isDigit(group), isDigit(group + 1), isDigit(group + 2), !isDigit(group + 3) else { break }
                        end = group
                    } else {
                        break
                    }
                }
                if let value = Double(String(decoding: digits, as: UTF8.self)) { results.append((value, start..<end)) }
                index = end
            }
            return results
        }
    }

    // MARK: Capacity and area

    /// "ca 50 personer", "50 pers.", "max 120", "120" → 120 persons; "ca"/"cirka"/"ungefär" marks an estimate.
    public static func capacity(_ text: String) throws(ValueError) -> (persons: Int, estimated: Bool)? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty || ["-", "–", "?"].contains(trimmed) || ["uppgift saknas", "okant"].contains(FieldNames.normalize(trimmed)) {
            return nil
        }
        let numbers = numbers(in: trimmed)
        guard let first = numbers.first else {
            throw ValueError("'\(trimmed)' is not a number of persons (expected e.g. \"ca 50 personer\" or \"max 120\")")
        }
        // "50–60 personer": the upper figure is the capacity.
        let value = numbers.count > 1 && trimmed.contains(where: { $0 == "-" || $0 == "–" }) ? numbers[1].value : first.value
        guard value >= 0, value < 1_000_000, value == value.rounded() else {
            throw ValueError("'\(trimmed)' is not a plausible number of persons")
        }
        let words = Set(FieldNames.normalize(trimmed).split(separator: " "))
        let estimated = !words.isDisjoint(with: ["ca", "cirka", "ungefar", "omkring", "runt"]) || trimmed.contains("~")
        return (Int(value), estimated)
    }

    /// "120 m²", "120 kvm", "85,5" → square metres.
    public static func area(_ text: String) throws(ValueError) -> Double? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty || trimmed == "-" { return nil }
        guard let first = numbers(in: trimmed).first, first.value > 0 else {
            throw ValueError("'\(trimmed)' is not an area (expected e.g. \"120 m²\")")
        }
        return first.value
    }

    // MARK: Prices

    /// Reads the prices in a cell. The unit and tariff group come from the text itself, else from the
    /// column header, else from the table's caption; a price with no tariff group gets `defaultTariff`.
    ///
    /// "100 kr/tim" → 100 SEK per hour; "350 kr halvdag (max 4 tim)" → 350 per half day, note "max 4 timmar";
    /// "Taxa 1: 100 kr/tim, Taxa 3: 300 kr/tim" → two prices; "gratis"/"kostnadsfritt" → 0.
    public static func prices(
        _ text: String, header: String = "", context: String = "", defaultTariff: String
    ) throws(ValueError) -> [Price] {
        try prices(text, column: PriceColumn(header: header, context: context, defaultTariff: defaultTariff))
    }

    /// What a price column's header and the table's caption say about every price in the column;
    /// read once per column, not once per cell.
    struct PriceColumn {
        let unit: Price.Unit?
        let tariff: String
        let note: String?

        init(header: String, context: String, defaultTariff: String) {
            let header = FieldNames.normalize(header), context = FieldNames.normalize(context)
            unit = Normalize.priceUnit(header) ?? Normalize.priceUnit(context)
            tariff = Normalize.tariffCode(header) ?? Normalize.tariffCode(context) ?? defaultTariff
            note = Normalize.maximumHours(header) ?? Normalize.maximumHours(context)
        }
    }

    static func prices(_ text: String, column: PriceColumn) throws(ValueError) -> [Price] {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty || trimmed == "-" || trimmed == "–" { return [] }
        let parts = trimmed.split(whereSeparator: { $0 == ";" || $0 == "\n" }).flatMap { part in
            // "100 kr/tim, 350 kr halvdag": commas separate prices when each side has its own amount.
            let pieces = part.split(separator: ",", omittingEmptySubsequences: true)
            let eachHasAmount = pieces.count > 1 && pieces.allSatisfy { piece in
                !numbers(in: String(piece)).isEmpty && FieldNames.normalize(String(piece)).containsBytes("kr")
            }
            return eachHasAmount ? pieces.map(String.init) : [String(part)]
        }
        var prices: [Price] = []
        for part in parts {
            let normalized = FieldNames.normalize(part)
            let free = ["gratis", "kostnadsfri", "avgiftsfritt", "ingen avgift"].contains { normalized.containsBytes($0) }
            var candidates = numbers(in: part)
            // "Taxa 1: 100 kr" — the tariff's own number is not the amount; neither is "max 4 tim".
            candidates.removeAll { candidate in
                let before = FieldNames.normalize(String(decoding: part.utf8.prefix(candidate.range.lowerBound), as: UTF8.self))
                return before.hasSuffix("taxa") || before.hasSuffix("max") || before.hasSuffix("grupp")
            }
            guard let amount = free ? 0 : candidates.first?.value else {
                throw ValueError("'\(trimmed)' has no price (expected e.g. \"100 kr/tim\")")
            }
            guard amount < 10_000_000 else { throw ValueError("'\(trimmed)' is not a plausible price") }
            let unit = priceUnit(normalized) ?? column.unit ?? .occasion
            let tariff = tariffCode(normalized) ?? column.tariff
            let note = maximumHours(normalized) ?? column.note
            prices.append(Price(tariff: tariff, amount: amount, unit: unit, note: note))
        }
        return prices
    }

    static func priceUnit(_ normalized: String) -> Price.Unit? {
        // "max 4 tim" is a limit, not the unit the price is per.
        var words: [Substring] = []
        var skip = 0
        for word in normalized.split(separator: " ") {
            if skip > 0 {
                skip -= 1
            } else if word == "max" {
                skip = 2
            } else {
                words.append(word)
            }
        }
        func has(_ prefixes: [String]) -> Bool { words.contains { word in prefixes.contains { word.hasPrefix($0) } } }
        if has(["halvdag"]) || (words.contains("halv") && has(["dag"])) { return .halfDay }
        if has(["heldag", "dagshyra", "dygn"]) || words.contains("dag") { return .day }
        if has(["tim", "timhyra"]) || words.contains("h") { return .hour }
        if has(["tillfalle", "gang"]) { return .occasion }
        if has(["sasong", "termin"]) || words.contains("ar") { return .season }
        return nil
    }

    static func tariffCode(_ normalized: String) -> String? {
        let words = normalized.split(separator: " ")
        for (index, word) in words.enumerated() where word == "taxa" && index + 1 < words.count {
            if let number = Int(words[index + 1]), (1...9).contains(number) { return "taxa\(number)" }
        }
        if let word = words.first(where: { $0.hasPrefix("taxa") && $0.count == 5 }), let digit = word.last, digit.isNumber {
            return "taxa\(digit)"
        }
        return nil
    }

    static func maximumHours(_ normalized: String) -> String? {
        let words = normalized.split(separator: " ")
        for (index, word) in words.enumerated() where word == "max" && index + 2 < words.count {
            if let hours = Int(words[index + 1]), words[index + 2].hasPrefix("tim") {
                return "max \(hours) timmar"
            }
        }
        return nil
    }

    // MARK: Yes and no

    /// "Ja", "x", "✓", "finns" → true; "Nej", "-", "saknas" → false; empty → nil.
    public static func bool(_ text: String) throws(ValueError) -> Bool? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        if ["x", "X", "✓", "✔", "1", "*"].contains(trimmed) { return true }
        if ["-", "–", "0"].contains(trimmed) { return false }
        let normalized = FieldNames.normalize(trimmed)
        if ["ja", "yes", "true", "finns", "sant", "j"].contains(normalized) || normalized.hasPrefix("ja ") { return true }
        if ["nej", "no", "false", "saknas", "finns ej", "finns inte", "n", "falskt", "ej"].contains(normalized) || normalized.hasPrefix("nej ") {
            return false
        }
        if ["okant", "vet ej", "uppgift saknas"].contains(normalized) { return nil }
        throw ValueError("'\(trimmed)' is not yes or no (expected Ja/Nej, x or empty)")
    }

    // MARK: Contact details

    /// Swedish numbers as +46 with the area code and groups: "044-13 56 50" → "+46 44 13 56 50",
    /// "070-123 45 67" → "+46 70 123 45 67". Numbers with another country code keep their digits.
    public static func phone(_ text: String) throws(ValueError) -> String? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        var digits = trimmed.filter { $0.isASCII && $0.isNumber }
        let international = trimmed.hasPrefix("+") || trimmed.hasPrefix("00")
        if trimmed.hasPrefix("00") { digits.removeFirst(2) }
        let letters = trimmed.filter { $0.isLetter }
        guard letters.isEmpty, digits.count >= 7 else {
            throw ValueError("'\(trimmed)' is not a phone number")
        }
        if international && !digits.hasPrefix("46") { return "+" + digits }
        var national = international ? String(digits.dropFirst(2)) : digits
        if national.hasPrefix("0") { national.removeFirst() }
        guard (7...10).contains(national.count), !national.hasPrefix("0") else {
            throw ValueError("'\(trimmed)' is not a Swedish phone number")
        }
        let areaLength = areaCodeLength(national)
        let area = national.prefix(areaLength)
        let subscriber = Array(national.dropFirst(areaLength))
        return "+46 \(area) " + group(subscriber)
    }

    /// How many digits (after the leading 0) a Swedish area code has.
    static func areaCodeLength(_ national: String) -> Int {
        if national.hasPrefix("8") { return 1 }
        let two: Set<String> = ["10", "11", "13", "16", "18", "19", "20", "21", "23", "26", "31", "33", "35", "36", "40", "42",
                                "44", "46", "54", "60", "63", "70", "72", "73", "74", "76", "77", "79", "90"]
        return two.contains(String(national.prefix(2))) ? 2 : 3
    }

    /// Subscriber digits in the usual groups: 6 → "13 56 50", 7 → "123 45 67", 5 → "123 45", 8 → "123 456 78".
    static func group(_ digits: [Character]) -> String {
        var groups: [String] = []
        var rest = digits[...]
        let sizes: [Int] = switch digits.count {
        case 5: [3, 2]
        case 6: [2, 2, 2]
        case 7: [3, 2, 2]
        case 8: [3, 3, 2]
        default: Array(repeating: 2, count: digits.count / 2) + (digits.count % 2 == 1 ? [1] : [])
        }
        for size in sizes where !rest.isEmpty {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return groups.joined(separator: " ")
    }

    /// A plausible e-mail address, domain lower-cased; anything else is an error.
    public static func email(_ text: String) throws(ValueError) -> String? {
        var trimmed = text.trimmingSpaces
        if trimmed.lowercased().hasPrefix("mailto:") { trimmed.removeFirst(7) }
        if trimmed.isEmpty { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" })
        else {
            throw ValueError("'\(trimmed)' is not an e-mail address")
        }
        return "\(parts[0])@\(parts[1].lowercased())"
    }

    /// Phone numbers and e-mail addresses found in free text such as "Barbackas reception, 044-13 56 50, barbacka@kristianstad.se".
    public static func contacts(in text: String) -> (phone: String?, email: String?) {
        var email: String?
        var phone: String?
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" || $0 == "(" || $0 == ")" }) {
            if email == nil, token.contains("@") {
                email = try? Self.email(String(token.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))))
            }
        }
        // A phone number: a run of digits, spaces and dashes with 7 or more digits.
        var run = ""
        for character in text + " " {
            if character.isNumber || character == " " || character == "-" || character == "+" || (character == "–") {
                run.append(character)
            } else {
                if phone == nil, run.filter(\.isNumber).count >= 7, let parsed = try? Self.phone(run.replacingOccurrences(of: "–", with: "-")) {
                    phone = parsed
                }
                run = ""
            }
        }
        if phone == nil, run.filter(\.isNumber).count >= 7 { phone = try? Self.phone(run) }
        return (phone, email)
    }

    // MARK: Text

    /// Trims, collapses spaces, and title-cases text written all in upper or all in lower case
    /// ("ÅHUS" → "Åhus", "norra fäladen" → "Norra Fäladen"); mixed case is kept as written.
    public static func properName(_ text: String) -> String {
        properNameLatin(text) ?? properNameByCharacter(text)
    }

    /// ``properName(_:)`` byte by byte for ASCII and Latin-1 letters; nil for text with other characters.
    static func properNameLatin(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Collapse runs of spaces, tabs and no-break spaces to one space; lines join with "; ".
            var collapsed = [UInt8]()
            collapsed.reserveCapacity(bytes.count)
            var pendingSpace = false, pendingLine = false
            var upper = 0, lower = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    pendingSpace = true
                case UInt8(ascii: "\n"):
                    pendingLine = true
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                    pendingSpace = true
                    length = 2
                default:
                    if byte >= 0x80 {
                        // Only the Latin-1 letters with a one-letter case partner (not ×, ÷, ß, ÿ).
                        guard byte == 0xC3, index + 1 < bytes.count else { return nil }
                        let next = bytes[index + 1]
                        switch next {
                        case 0x80...0x9E where next != 0x97: upper += 1
                        case 0xA0...0xBE where next != 0xB7: lower += 1
                        default: return nil
                        }
                        length = 2
                    } else if (0x41...0x5A).contains(byte) {
                        upper += 1
                    } else if (0x61...0x7A).contains(byte) {
                        lower += 1
                    }
                    if !collapsed.isEmpty {
                        if pendingLine {
                            collapsed.append(UInt8(ascii: ";"))
                            collapsed.append(UInt8(ascii: " "))
                        } else if pendingSpace {
                            collapsed.append(UInt8(ascii: " "))
                        }
                    }
                    pendingSpace = false
                    pendingLine = false
                    collapsed.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
                index += length
            }
            guard upper > 0 || lower > 0, upper == 0 || lower == 0 else { return String(decoding: collapsed, as: UTF8.self) }
            // One case throughout: capitalize each word and each part of a hyphenated word.
            var startOfPart = true
            index = 0
            while index < collapsed.count {
                let byte = collapsed[index]
                if byte == 0xC3 {
                    let next = collapsed[index + 1]
                    if startOfPart, next >= 0xA0 { collapsed[index + 1] = next - 0x20 }
                    if !startOfPart, next < 0xA0 { collapsed[index + 1] = next + 0x20 }
                    startOfPart = false
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                    startOfPart = true
                } else {
                    if startOfPart, (0x61...0x7A).contains(byte) { collapsed[index] = byte - 0x20 }
                    if !startOfPart, (0x41...0x5A).contains(byte) { collapsed[index] = byte + 0x20 }
                    startOfPart = false
                }
                index += 1
            }
            return String(decoding: collapsed, as: UTF8.self)
        }
    }

    /// The general path of ``properName(_:)``.
    static func properNameByCharacter(_ text: String) -> String {
        let collapsed = Markup.collapseWhitespace(text).replacingNewlines
        let letters = collapsed.filter(\.isLetter)
        guard !letters.isEmpty, letters == letters.uppercased() || letters == letters.lowercased() else { return collapsed }
        return collapsed.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1).uppercased() + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A URL-safe id: folded, letters and digits joined by single dashes ("Åhus IP" → "ahus-ip").
    public static func slug(_ parts: [String]) -> String {
        let joined = parts.joined(separator: " ")
        return LatinFold.words(joined, separator: UInt8(ascii: "-"), superscriptTwo: false) ?? slugByCharacter(joined)
    }

    /// The general path of ``slug(_:)``.
    static func slugByCharacter(_ joined: String) -> String {
        var result = ""
        var dash = false
        for character in SwedishText.fold(joined) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if dash, !result.isEmpty { result.append("-") }
                result.append(character)
                dash = false
            } else {
                dash = true
            }
        }
        return result
    }

    /// "2022-09-30" → that day at midnight UTC.
    public static func date(_ text: String) throws(ValueError) -> Date? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        guard let day = LocalDate(iso: String(trimmed.prefix(10))) else {
            throw ValueError("'\(trimmed)' is not a date (expected YYYY-MM-DD)")
        }
        return Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
    }

    /// "max 40 000 kr", "högst 40 000 kronor" → 40000 SEK.
    public static func amount(_ text: String) throws(ValueError) -> Money? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        guard let value = numbers(in: trimmed).first?.value else {
            throw ValueError("'\(trimmed)' is not an amount (expected e.g. \"40 000 kr\")")
        }
        return Money(amount: value)
    }
}
