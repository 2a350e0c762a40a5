/// Text folding the way Swedish users expect search to behave.
public enum SwedishText {
    /// Lower-cased, with diacritics removed (å→a, ä→a, ö→o, é→e), for matching — never for display.
    public static func fold(_ text: some StringProtocol) -> String {
        String(text).lowercased().applyingFoldingDiacritics()
    }

    /// The words of `text` (letters and digits), folded. Used to build safe full-text queries.
    public static func words(_ text: some StringProtocol, limit: Int = 16) -> [String] {
        var words: [String] = []
        var current = ""
        for character in fold(text) {
            if character.isLetterOrDigit {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
            if words.count == limit { return words }
        }
        if !current.isEmpty { words.append(current) }
        return Array(words.prefix(limit))
    }
}

extension Character {
    /// A letter or a digit. ASCII, most of any Swedish text, is answered without Unicode's property tables.
    public var isLetterOrDigit: Bool {
        if let ascii = asciiValue {
            return (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x30...0x39).contains(ascii)
        }
        return isLetter || isNumber
    }
}

extension String {
    fileprivate func applyingFoldingDiacritics() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "å", "ä", "à", "á", "â", "ã": result.append("a")
            case "ö", "ø", "ò", "ó", "ô", "õ": result.append("o")
            case "é", "è", "ê", "ë": result.append("e")
            case "ü", "ú", "ù", "û": result.append("u")
            case "í", "ì", "î", "ï": result.append("i")
            case "ç": result.append("c")
            case "ñ": result.append("n")
            case "æ": result.append("ae")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension SwedishText {
    /// A key that sorts names the Swedish way: case-insensitive, with å, ä, ö after z (in that order,
    /// mapped to the ASCII characters just after "z")
    /// and é sorted as e, ü as y.
    public static func sortKey(_ text: some StringProtocol) -> String {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        for scalar in String(text).lowercased().unicodeScalars {
            switch scalar {
            case "å": key.append("{")
            case "ä", "æ": key.append("|")
            case "ö", "ø": key.append("}")
            case "é", "è", "ê", "ë": key.append("e")
            case "ü": key.append("y")
            default: key.unicodeScalars.append(scalar)
            }
        }
        return key
    }
}

extension String {
    /// Without leading and trailing white space and line breaks: the Unicode White_Space property and the zero-width
    /// space, the same set as Foundation's `.whitespacesAndNewlines`, in Swift (the Foundation call goes through
    /// NSString on Linux and cost a twentieth of every routed enquiry).
    public var trimmed: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        guard let first = unicodeScalars.firstIndex(where: { !isSpace($0) }),
              let last = unicodeScalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(unicodeScalars[first...last])
    }
}

extension StringProtocol {
    /// True when the text holds a control character other than tab, line feed and carriage return: NUL, escape,
    /// DEL, the C1 range. Such characters have no place in anything a person types, and break logs, CSV and e-mail.
    public var hasControlCharacters: Bool {
        unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
        }
    }
}
