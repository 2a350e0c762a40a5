import LotsenModel
import Testing
@testable import LotsenImport

/// The byte-level fast paths must give exactly what the `Character`-based general paths give.
@Suite struct LatinFoldTests {
    /// Real labels and values from Kristianstad's listings, and the awkward cases.
    static let samples = [
        "Antal personer (max)", "Yta m²", "Föreningslokal", "ÅHUS", "norra fäladen", "Näsbygatan 4, 291 60 Kristianstad",
        "Café Ängsgården", "KULTURHUSET CÉLÉBRATION", "Östra Björket-Skogsgläntan", "Taxa 1 kr/tim", "350 kr halvdag (max 4 tim)",
        "  mycket   luft \t här ", "rad ett\nrad två\n\nrad tre", "Ærø – Øresund × 2 ÷ 3", "À la carte § 12 « citat » 3°",
        "Straße", "ÿ", "naïve façade", "e\u{301}tage", "Ñandú", "Bokning\u{A0}och\u{A0}frågor", "emoji 🎉 lokal", "",
        "---", "IDROTTSHALL-A", "Kök, projektor och wifi", "RWC/Hiss/Hörslinga",
    ]

    /// Random strings over ASCII and Latin-1, with separators, so the table is checked beyond the samples.
    static func randomSamples(count: Int) -> [String] {
        let alphabet = Array("abcxyzABCXYZ019 -,.;:()/\t\n\u{A0}²åäöÅÄÖéÉèüÜæÆøØçÇñÑíÍôßÿ×÷ðþ§«»°")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(Int(state % 24) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            return text
        }
    }

    @Test func normalizeMatchesTheGeneralPath() {
        for text in Self.samples + Self.randomSamples(count: 2_000) {
            #expect(FieldNames.normalize(text) == FieldNames.normalizeByCharacter(text), "\(text.debugDescription)")
        }
        #expect(FieldNames.normalize("Antal personer (max)") == "antal personer max")
        #expect(FieldNames.normalize("Yta m²") == "yta m2")
        #expect(FieldNames.normalize("Ærø Café") == "aero cafe")
    }

    @Test func slugMatchesTheGeneralPath() {
        for text in Self.samples + Self.randomSamples(count: 2_000) {
            #expect(Normalize.slug([text]) == Normalize.slugByCharacter(text), "\(text.debugDescription)")
        }
        #expect(Normalize.slug(["Åhus IP", "Näsbygatan 4"]) == "ahus-ip-nasbygatan-4")
    }

    @Test func properNameMatchesTheGeneralPath() {
        // "\r\n" is one Character, which the general path never splits; the byte path reads it as a line break.
        for text in Self.samples + Self.randomSamples(count: 2_000) where !text.contains("\r") {
            #expect(Normalize.properName(text) == Normalize.properNameByCharacter(text), "\(text.debugDescription)")
        }
        #expect(Normalize.properName("ÅHUS") == "Åhus")
        #expect(Normalize.properName("norra fäladen") == "Norra Fäladen")
        #expect(Normalize.properName("ÖSTRA BJÖRKET-SKOGSGLÄNTAN") == "Östra Björket-Skogsgläntan")
        #expect(Normalize.properName("Café Ängsgården") == "Café Ängsgården")
        #expect(Normalize.properName(" rad ett \n\n rad två ") == "Rad Ett; Rad Två")
    }
}
