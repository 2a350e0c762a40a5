import Foundation
import LotsenModel

/// Maps the words listings use to the controlled vocabulary: labels, codes and synonyms, folded, with
/// Swedish plural and definite endings allowed ("projektorer", "omklädningsrummen").
public struct VocabularyMatcher: Sendable {
    private var keys: [Vocabulary.Scheme: [(key: String, code: String)]] = [:]

    public init(_ vocabulary: Vocabulary) {
        for scheme in Vocabulary.Scheme.allCases {
            var entries: [(String, String)] = []
            for term in vocabulary.terms(scheme) {
                for label in [term.sv, term.code, term.en] + term.synonyms {
                    let key = FieldNames.normalize(label)
                    if !key.isEmpty { entries.append((key, term.code)) }
                }
            }
            // Longer keys first, so "trådlöst nätverk" wins over "nätverk".
            keys[scheme] = entries.sorted { $0.0.count > $1.0.count }
        }
    }

    /// The code one value names ("Idrottshall", "gympasal", "Scen"), or nil.
    public func code(for text: String, in scheme: Vocabulary.Scheme) -> String? {
        let item = FieldNames.normalize(text)
        guard !item.isEmpty else { return nil }
        for (key, code) in keys[scheme] ?? [] where item == key { return code }
        for (key, code) in keys[scheme] ?? [] where Self.inflects(item, key) { return code }
        return nil
    }

    /// Splits a list ("kök, projektor och wifi"; "Scen / Ljudanläggning") and codes each item;
    /// items it cannot code come back as `unknown`, as written.
    public func codes(inList text: String, scheme: Vocabulary.Scheme) -> (codes: [String], unknown: [String]) {
        var codes: [String] = []
        var unknown: [String] = []
        for item in Self.listItems(text) {
            if let code = code(for: item, in: scheme) {
                if !codes.contains(code) { codes.append(code) }
            } else {
                unknown.append(item)
            }
        }
        return (codes, unknown)
    }

    /// Every code whose label or synonym occurs in free text as whole words (endings allowed).
    public func mentions(in text: String, scheme: Vocabulary.Scheme) -> [String] {
        let words = FieldNames.normalize(text).split(separator: " ").map(String.init)
        var codes: [String] = []
        for (key, code) in keys[scheme] ?? [] where !codes.contains(code) {
            let keyWords = key.split(separator: " ").map(String.init)
            guard keyWords.count <= words.count else { continue }
            for start in 0...(words.count - keyWords.count) {
                let window = words[start..<(start + keyWords.count)]
                let matches = zip(window, keyWords).enumerated().allSatisfy { index, pair in
                    index == keyWords.count - 1 ? Self.inflects(pair.0, pair.1) || pair.0 == pair.1 : pair.0 == pair.1
                }
                if matches {
                    codes.append(code)
                    break
                }
            }
        }
        return codes
    }

    /// "projektorer" inflects "projektor"; "kokmojlighet" does not inflect "kok".
    static func inflects(_ word: String, _ key: String) -> Bool {
        guard word.hasPrefix(key) else { return false }
        let ending = word.dropFirst(key.count)
        return ["", "en", "et", "n", "t", "er", "ar", "or", "erna", "arna", "orna", "na", "r", "s", "rna", "ens", "ets"]
            .contains(String(ending))
    }

    /// "projektor och wifi" → ["projektor", "wifi"].
    static func splitOnAnd(_ text: Substring) -> [String] {
        let bytes = Array(text.utf8), separator = Array(" och ".utf8)
        var parts: [String] = []
        var start = 0, index = 0
        while index + separator.count <= bytes.count {
            if bytes[index..<(index + separator.count)].elementsEqual(separator) {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// "kök, projektor och wifi" → ["kök", "projektor", "wifi"].
    static func listItems(_ text: String) -> [String] {
        var items: [String] = []
        for piece in text.split(whereSeparator: { ",;/\n|•".contains($0) }) {
            for part in Self.splitOnAnd(piece) {
                let item = part.trimmingSpaces.trimmingCharacters(in: CharacterSet(charactersIn: ".-–*"))
                    .trimmingSpaces
                if !item.isEmpty { items.append(item) }
            }
        }
        return items
    }
}
