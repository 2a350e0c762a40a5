/// Byte-level folding for the text Swedish listings are written in: ASCII plus the Latin-1 letters
/// (å, ä, ö, é, ü, æ, …). It gives the same answers as the `Character`-based folding in
/// ``SwedishText`` for such text, at a fraction of the cost, and declines (returns nil) for any
/// other character so callers fall back to the general path.
public enum LatinFold {
    /// What one character folds to.
    enum Folded {
        /// A letter or digit, folded to these ASCII bytes (one, or two for æ).
        case word(UInt8, UInt8?)
        /// Not a letter or digit: a word break.
        case separator
    }

    /// Folds the character starting at `bytes[index]`; returns it and its length, or nil when
    /// the character is not one this table knows.
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, superscriptTwo: Bool) -> (Folded, Int)? {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case 0x41...0x5A: return (.word(byte | 0x20, nil), 1)
            case 0x61...0x7A, 0x30...0x39: return (.word(byte, nil), 1)
            default: return (.separator, 1)
            }
        }
        guard index + 1 < bytes.count else { return nil }
        let next = bytes[index + 1]
        if byte == 0xC2 {
            switch next {
            case 0xB2: return superscriptTwo ? (.word(UInt8(ascii: "2"), nil), 2) : (.separator, 2)
            // no-break space, §, «, °, », ·, ±, ´
            case 0xA0, 0xA7, 0xAB, 0xB0, 0xBB, 0xB7, 0xB1, 0xB4: return (.separator, 2)
            default: return nil
            }
        }
        guard byte == 0xC3, (0x80...0xBF).contains(next) else { return nil }
        // Upper case (0x80–0x9E) maps onto lower case (0xA0–0xBE); × and ÷ are not letters.
        if next == 0x97 || next == 0xB7 { return (.separator, 2) }
        let lower = next < 0xA0 ? next + 0x20 : next
        switch lower {
        case 0xA0...0xA5: return (.word(UInt8(ascii: "a"), nil), 2)
        case 0xA6: return (.word(UInt8(ascii: "a"), UInt8(ascii: "e")), 2)
        case 0xA7: return (.word(UInt8(ascii: "c"), nil), 2)
        case 0xA8...0xAB: return (.word(UInt8(ascii: "e"), nil), 2)
        case 0xAC...0xAF: return (.word(UInt8(ascii: "i"), nil), 2)
        case 0xB1: return (.word(UInt8(ascii: "n"), nil), 2)
        case 0xB2...0xB6, 0xB8: return (.word(UInt8(ascii: "o"), nil), 2)
        case 0xB9...0xBC: return (.word(UInt8(ascii: "u"), nil), 2)
        default: return nil  // ð, þ, ß, ý, ÿ: letters this table leaves to the general path
        }
    }

    /// The words of `text`, folded to lower-case ASCII and joined by `separator`
    /// ("Antal personer (max)" → "antal personer max"); nil when `text` holds a character outside the table.
    /// `superscriptTwo` reads "²" as the digit 2 ("m²" → "m2").
    public static func words(_ text: String, separator: UInt8 = UInt8(ascii: " "), superscriptTwo: Bool = true) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingBreak = false
            var index = 0
            while index < bytes.count {
                guard let (folded, length) = fold(bytes, at: index, superscriptTwo: superscriptTwo) else { return nil }
                index += length
                switch folded {
                case .separator:
                    pendingBreak = true
                case .word(let first, let second):
                    if pendingBreak, !output.isEmpty { output.append(separator) }
                    pendingBreak = false
                    output.append(first)
                    if let second { output.append(second) }
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte by byte (no Unicode equivalence):
    /// for folded text and ASCII words, and much cheaper than the general `contains`.
    public func containsBytes(_ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard !needle.isEmpty else { return true }
        return utf8.withContiguousStorageIfAvailable { haystack in
            Self.search(haystack, needle)
        } ?? Self.search(Array(utf8), needle)
    }

    private static func search(_ haystack: some RandomAccessCollection<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var start = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -needle.count)
        while start <= last {
            if haystack[start] == first {
                var matched = true
                var offset = 1
                while offset < needle.count {
                    if haystack[haystack.index(start, offsetBy: offset)] != needle[offset] {
                        matched = false
                        break
                    }
                    offset += 1
                }
                if matched { return true }
            }
            start = haystack.index(after: start)
        }
        return false
    }
}
